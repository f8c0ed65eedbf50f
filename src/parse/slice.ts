/** Slicing the author's text out of the source, so their bytes survive (no remark-stringify). */

/**
 * The text from the line after `offset` (or from the start when `offset` is 0),
 * without the blank lines that open it or the whitespace that ends it, and its
 * 1-based first line.
 */
export function sliceLines(source: string, offset: number, end = source.length): { text: string; line: number } {
  const lines = source.slice(0, end).split('\n')
  let index = offset === 0 ? 0 : source.slice(0, offset).split('\n').length
  while (index < lines.length && lines[index]!.trim() === '') index++
  return { text: lines.slice(index).join('\n').trimEnd(), line: index + 1 }
}
