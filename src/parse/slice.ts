/** Slicing the author's text out of the source, so their bytes survive (no remark-stringify). */

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

/**
 * The text from the line after `offset` (or from the start when `offset` is 0) up to
 * `end`, without the blank lines that open it or the whitespace that ends it, and its
 * 1-based first line.
 */
export function sliceLines(source: string, offset: number, end = source.length): { text: string; line: number } {
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
  if (text === '') return { text, line: Math.min(start, starts.length - 1) + 1 }
  return { text, line: index + 1 }
}

/**
 * The 1-based place of the first match of `pattern` (global flag not needed) that
 * starts on line `fromLine` or within `span` lines after it; undefined when there
 * is none. Lets a diagnostic point at a value itself (a tool name, the sentence a
 * description was taken from) rather than at the line of its key.
 */
export function placeOfMatch(source: string, pattern: RegExp, fromLine: number, span = 400): { line: number; column: number } | undefined {
  const starts = lineStarts(source)
  const first = Math.max(0, Math.min(fromLine - 1, starts.length - 1))
  const end = starts[first + span] ?? source.length
  const found = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g')
  found.lastIndex = starts[first]!
  const match = found.exec(source)
  if (!match || match.index >= end) return undefined
  const line = lineOf(starts, match.index)
  return { line: line + 1, column: match.index - starts[line]! + 1 }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A name as written, not inside a longer name (`web` is not found in `websearch` or `web_fetch`). */
export function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_.-])${escape(name.trim())}(?![\\p{L}\\p{N}_-])`, 'u')
}

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
