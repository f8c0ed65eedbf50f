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
