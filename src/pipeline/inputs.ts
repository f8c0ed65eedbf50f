/** Input paths (files or folders, searched recursively) → the files to compile, in a stable order. */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { DIALECTS } from '../dialects/registry.js'
import { instructionFileOf } from './instruction-files.js'

/** The names of Markdown files the dialects read (`.md`, `.mdc`, `.txt`…). */
const MARKDOWN_NAMES = DIALECTS.flatMap((d) => (d.markdown?.names ? [d.markdown.names] : []))
/** Data files found in a folder are compiled only when their first bytes look like an agent (not `package.json`, CI configs…). */
const DATA = DIALECTS.flatMap((d) => (d.data ? [d.data] : []))
const SKIPS = DIALECTS.flatMap((d) => (d.markdown?.skip ? [d.markdown.skip] : []))
const SNIFF_BYTES = 64 * 1024
/** Files that sit beside agents but are not agents; skipped when found in a folder, compiled when named. */
const NOT_AGENTS = /^(readme|license|licence|changelog|contributing|code_of_conduct|security|sources|notice|authors)(\.[a-z]+)?$/i
const SKIP_DIRS = new Set(['.git', 'node_modules'])

export interface Inputs {
  files: string[]
  missing: string[]
  skipped: string[]
  /** Project instruction files found in a folder (`AGENTS.md`), skipped with a note of their own. */
  instructions: string[]
  /** Folders that could not be listed, with the reason. */
  unreadable: { path: string; reason: string }[]
}

/** @param exclude a folder never searched (the output folder, when it lies inside an input). */
export function findInputs(paths: string[], exclude?: string): Inputs {
  const found = new Set<string>()
  const missing: string[] = []
  const skipped: string[] = []
  const instructions: string[] = []
  const unreadable: { path: string; reason: string }[] = []
  const excluded = exclude ? resolve(exclude) : undefined
  const walk = (dir: string) => {
    if (excluded && resolve(dir) === excluded) return
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    } catch (error) {
      // A folder that cannot be listed (too long a path, no permission): said for that folder; the others go on.
      unreadable.push({ path: dir, reason: (error as Error).message })
      return
    }
    const siblings = entries.filter((e) => e.isFile()).map((e) => e.name)
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path)
      } else if (entry.isFile() && isInputName(entry.name)) {
        if (instructionFileOf(entry.name) !== undefined) instructions.push(path)
        else if (NOT_AGENTS.test(entry.name) || SKIPS.some((skip) => skip(entry.name, siblings))) skipped.push(path)
        else if (isDataName(entry.name) && !isAgentData(entry.name, path)) skipped.push(path)
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
  return { files: [...found], missing, skipped, instructions, unreadable }
}

/** A name some dialect reads, as Markdown or as data. */
export function isInputName(name: string): boolean {
  return MARKDOWN_NAMES.some((names) => names.test(name)) || isDataName(name)
}

function isDataName(name: string): boolean {
  return DATA.some((d) => d.names.test(name))
}

/** A look at the first bytes; a file that cannot be read is kept, so that compiling it reports why. */
function isAgentData(name: string, path: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const buffer = Buffer.alloc(SNIFF_BYTES)
    const n = readSync(fd, buffer, 0, SNIFF_BYTES, 0)
    const head = buffer.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '')
    return DATA.some((d) => d.names.test(name) && d.sniff(name, head, path))
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
