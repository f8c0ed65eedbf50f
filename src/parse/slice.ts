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
  let index = offset === 0 ? 0 : lineOf(starts, offset) + 1
  while (index < starts.length && starts[index]! <= end) {
    const lineEnd = Math.min(starts[index + 1] ?? source.length, end)
    if (source.slice(starts[index], lineEnd).trim() !== '') break
    index++
  }
  const from = index < starts.length ? Math.min(starts[index]!, end) : end
  return { text: source.slice(from, end).trimEnd(), line: index + 1 }
}
