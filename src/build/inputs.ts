/** Input paths (files or folders, searched recursively) → the files to compile, in a stable order. */
import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const INPUT_EXTENSIONS = /\.(md|markdown|mdc|txt)$/i
/** Files that sit beside agents but are not agents; skipped when found in a folder, compiled when named. */
const NOT_AGENTS = /^(readme|license|licence|changelog|contributing|code_of_conduct|security|sources|notice|authors)(\.[a-z]+)?$/i
const SKIP_DIRS = new Set(['.git', 'node_modules'])

export interface Inputs {
  files: string[]
  missing: string[]
  skipped: string[]
}

/** @param exclude a folder never searched (the output folder, when it lies inside an input). */
export function findInputs(paths: string[], exclude?: string): Inputs {
  const found = new Set<string>()
  const missing: string[] = []
  const skipped: string[] = []
  const excluded = exclude ? resolve(exclude) : undefined
  const walk = (dir: string) => {
    if (excluded && resolve(dir) === excluded) return
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path)
      } else if (entry.isFile() && INPUT_EXTENSIONS.test(entry.name)) {
        if (NOT_AGENTS.test(entry.name)) skipped.push(path)
        else found.add(path)
      }
    }
  }
  for (const path of paths) {
    let stat
    try {
      stat = statSync(path)
    } catch {
      missing.push(path)
      continue
    }
    if (stat.isDirectory()) walk(path)
    else found.add(path)
  }
  return { files: [...found], missing, skipped }
}

export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return rel.startsWith('..') ? path : rel
}
