/** Which files found in a folder are agent definitions: by name, and for data files by a look at their first bytes. */
import { DIALECTS } from '../dialects/registry.js'
import { instructionFileOf } from './instruction-files.js'
import { readHead } from './read-bounded.js'

/** The names of Markdown files the dialects read (`.md`, `.mdc`, `.txt`…). */
const MARKDOWN_NAMES = DIALECTS.flatMap((d) => (d.markdown?.names ? [d.markdown.names] : []))
/** Data files found in a folder are compiled only when their first bytes look like an agent (not `package.json`, CI configs…). */
const DATA = DIALECTS.flatMap((d) => (d.data ? [d.data] : []))
const SKIPS = DIALECTS.flatMap((d) => (d.markdown?.skip ? [d.markdown.skip] : []))
const SNIFF_BYTES = 64 * 1024
/** Files that sit beside agents but are not agents; skipped when found in a folder, compiled when named. */
const NOT_AGENTS = /^(readme|license|licence|changelog|contributing|code_of_conduct|security|sources|notice|authors)(\.[a-z]+)?$/i

/** A name some dialect reads, as Markdown or as data. */
export function isInputName(name: string): boolean {
  return MARKDOWN_NAMES.some((names) => names.test(name)) || isDataName(name)
}

function isDataName(name: string): boolean {
  return DATA.some((d) => d.names.test(name))
}

export type Found = 'agent' | 'instructions' | 'skipped' | 'other'

/**
 * What a file found in a folder (not named) is: an agent to compile, a project
 * instruction file, a file beside agents that is none (`README.md`, `package.json`),
 * or a file no dialect reads (`other`, passed over without a word).
 * @param siblings the names of the other files of its folder (a fabric pattern's `user.md`).
 */
export function classify(name: string, path: string, siblings: readonly string[]): Found {
  if (!isInputName(name)) return 'other'
  if (instructionFileOf(name) !== undefined) return 'instructions'
  if (NOT_AGENTS.test(name) || SKIPS.some((skip) => skip(name, siblings))) return 'skipped'
  if (isDataName(name) && !isAgentData(name, path)) return 'skipped'
  return 'agent'
}

/** A look at the first bytes; a file that cannot be read is kept, so that compiling it reports why. */
function isAgentData(name: string, path: string): boolean {
  const bytes = readHead(path, SNIFF_BYTES)
  if (bytes === undefined) return true
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '')
  return DATA.some((d) => d.names.test(name) && d.sniff(name, text, path))
}
