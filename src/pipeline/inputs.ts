/** Input paths (files or folders, searched recursively) → the files to compile, in a stable order. */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { looksLikeAgentData } from '../parse/data.js'

/** Markdown, and data files that may hold Roo Code modes or LangGPT roles (`.roomodes`, YAML, JSON). */
export const INPUT_EXTENSIONS = /(\.(md|markdown|mdc|txt|ya?ml|json)|^\.roomodes)$/i
/** Data files found in a folder are compiled only when their first bytes look like an agent (not `package.json`, CI configs…). */
const DATA = /(\.(ya?ml|json)|^\.roomodes)$/i
const SNIFF_BYTES = 64 * 1024
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
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    // A fabric pattern folder: `system.md` is the prompt, `user.md` a template for the user's turn.
    const fabric = entries.some((e) => e.isFile() && e.name === 'system.md')
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path)
      } else if (entry.isFile() && INPUT_EXTENSIONS.test(entry.name)) {
        if (NOT_AGENTS.test(entry.name) || (fabric && entry.name === 'user.md')) skipped.push(path)
        else if (DATA.test(entry.name) && !isAgentData(entry.name, path)) skipped.push(path)
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

/** A look at the first bytes; a file that cannot be read is kept, so that compiling it reports why. */
function isAgentData(name: string, path: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const buffer = Buffer.alloc(SNIFF_BYTES)
    const n = readSync(fd, buffer, 0, SNIFF_BYTES, 0)
    return looksLikeAgentData(name, buffer.subarray(0, n).toString('utf8').replace(/^\uFEFF/, ''))
  } catch {
    return true
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return rel.startsWith('..') ? path : rel
}
