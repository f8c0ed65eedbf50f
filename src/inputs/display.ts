import { relative } from 'node:path'

/** A path as diagnostics show it: relative to the working folder when it lies below it, else as given. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return rel.startsWith('..') ? path : rel
}
