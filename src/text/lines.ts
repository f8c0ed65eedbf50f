/**
 * Lines of the text being read: slicing the author's text out of it, so their
 * bytes survive (no remark-stringify), and the unist point of an offset in it.
 */
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type {} from '../model/draft.js'

/** The text being read (after `repairFences`), which drafts slice from and their positions refer to. */
export function textOf(file: VFile): string {
  return file.data.text ?? String(file.value)
}

let cache: { source: string; starts: number[] } | undefined

/** Offsets where each line starts; cached for the last source, since readers slice one file many times. */
function lineStarts(source: string): number[] {
  if (cache?.source === source) return cache.starts
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  cache = { source, starts }
  return starts
}

/** 0-based index of the line holding `offset`. */
function lineOf(starts: number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** A text sliced out of the source: the text, its 1-based first line, and where it is. */
export interface Slice {
  text: string
  line: number
  position: Position
}

/**
 * The text from the line after `offset` (or from the start when `offset` is 0) up to
 * `end`, without the blank lines that open it or the whitespace that ends it, its
 * 1-based first line, and its position.
 */
export function sliceLines(source: string, offset: number, end = source.length): Slice {
  const starts = lineStarts(source)
  const start = offset === 0 ? 0 : lineOf(starts, offset) + 1
  let index = start
  while (index < starts.length && starts[index]! <= end) {
    const lineEnd = Math.min(starts[index + 1] ?? source.length, end)
    if (source.slice(starts[index], lineEnd).trim() !== '') break
    index++
  }
  const from = index < starts.length ? Math.min(starts[index]!, end) : end
  const text = source.slice(from, end).trimEnd()
  // Nothing but blank lines: the prompt would have started on the first of them (or on
  // the last line, when the text ends right there), never past the end of the file.
  if (text === '') {
    const line = Math.min(start, starts.length - 1)
    const at = pointAt(source, starts[line]!)
    return { text, line: line + 1, position: { start: at, end: at } }
  }
  return { text, line: index + 1, position: { start: pointAt(source, from), end: pointAt(source, from + text.length) } }
}

/** The offset where the 1-based `line` of `source` starts (the end of the text past its last line). */
export function lineStart(source: string, line: number): number {
  return lineStarts(source)[line - 1] ?? source.length
}

/** The unist point (1-based line and column, in UTF-16 code units, and the offset) of `offset` in `source`. */
export function pointAt(source: string, offset: number): Point {
  const starts = lineStarts(source)
  const line = lineOf(starts, offset)
  return { line: line + 1, column: offset - starts[line]! + 1, offset }
}

/**
 * The names a value lists, as written between `from` and `to`: the parts between
 * commas and line breaks, without the spaces, quotes, brackets or list dash around
 * them (`Read, Bash(git:*)`, `"Read"`, `- Read`), each with its offsets.
 */
export function nameSpans(source: string, from: number, to: number): { name: string; start: number; end: number }[] {
  const spans: { name: string; start: number; end: number }[] = []
  const part = /[^,\n]+/g
  part.lastIndex = from
  for (let match = part.exec(source); match && match.index < to; match = part.exec(source)) {
    const text = source.slice(match.index, Math.min(match.index + match[0].length, to))
    const lead = /^(?:\s|-(?=\s)|[["'])*/.exec(text)![0].length
    const trail = /(?:\s|[\]"'])*$/.exec(text.slice(lead))![0].length
    const name = text.slice(lead, text.length - trail)
    if (name !== '') spans.push({ name, start: match.index + lead, end: match.index + text.length - trail })
  }
  return spans
}

/** Lines a value is looked for in, from its key's line on: a frontmatter list or a section's opening. */
const SPAN = 60

/**
 * The 1-based place of the first match of `pattern` (not global) that starts on
 * line `fromLine` or within `span` lines after it; undefined when there is none.
 * Lets a diagnostic point at a value itself (the sentence a description was taken
 * from, a literal `\n`) rather than at the line of its key.
 */
export function placeOfMatch(source: string, pattern: RegExp, fromLine: number, span = SPAN): { line: number; column: number } | undefined {
  const { starts, from, to } = windowOf(source, fromLine, span)
  // Only the window is searched: a value that is not there must not cost a scan of the whole file.
  const match = pattern.exec(source.slice(from, to))
  return match ? placeAt(starts, from + match.index) : undefined
}

/**
 * Like `placeOfMatch`, for a name as written (a tool name), not inside a longer name:
 * `web` is not found in `websearch` or `web_fetch`. A plain string search, since
 * this runs for every tool a diagnostic is about.
 */
export function placeOfName(source: string, name: string, fromLine: number, span = SPAN): { line: number; column: number } | undefined {
  const needle = name.trim()
  if (needle === '') return undefined
  const { starts, from, to } = windowOf(source, fromLine, span)
  const inName = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_-]/u.test(char)
  for (let at = source.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = source.indexOf(needle, at + 1)) {
    if (!inName(source[at - 1]) && source[at - 1] !== '.' && !inName(source[at + needle.length])) return placeAt(starts, at)
  }
  return undefined
}

function windowOf(source: string, fromLine: number, span: number): { starts: number[]; from: number; to: number } {
  const starts = lineStarts(source)
  const first = Math.max(0, Math.min(fromLine - 1, starts.length - 1))
  return { starts, from: starts[first]!, to: starts[first + span] ?? source.length }
}

function placeAt(starts: number[], offset: number): { line: number; column: number } {
  const line = lineOf(starts, offset)
  return { line: line + 1, column: offset - starts[line]! + 1 }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where a sentence lifted out of the text from `fromLine` on starts; that line, column 1, when it cannot be found. */
export function sentencePlace(source: string, sentence: string, fromLine: number): { line: number; column: number } {
  const pattern = wordsPattern(sentence)
  return (pattern && placeOfMatch(source, pattern, fromLine)) || { line: fromLine, column: 1 }
}

/**
 * The first words of a text that was lifted out of the source and tidied (Markdown
 * marks, line breaks and spacing may differ): its first four runs of letters or
 * digits, with anything but letters and digits between them.
 */
export function wordsPattern(text: string): RegExp | undefined {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 4)
  return words ? new RegExp(words.map(escape).join('[^\\p{L}\\p{N}]+'), 'u') : undefined
}
