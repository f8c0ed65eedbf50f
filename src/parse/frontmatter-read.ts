/**
 * A Markdown file's frontmatter into `file.data.frontmatter`, tolerantly (see
 * ./frontmatter.ts), with where each key is written: positions in the YAML text,
 * moved to the file. The fences are those remark-frontmatter finds
 * (`splitFrontmatter`), taken from the text without building the tree, which most
 * frontmatter readers never look at.
 */
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { moveFields } from '../text/positions.js'
import type { MarkdownDocument } from './document.js'
import { parseFrontmatter } from './frontmatter.js'

export function readFrontmatter(document: MarkdownDocument, file: VFile): void {
  const split = document.frontmatter
  if (!split) return
  // The YAML text starts on the line after the opening fence (line 1), at its first column.
  const startLine = 2
  const parsed = parseFrontmatter(split.value, startLine, file)
  if (!parsed) return
  const open = document.text.indexOf('\n') + 1
  const move = (point: Point): Point => ({ line: point.line + startLine - 1, column: point.column, offset: (point.offset ?? 0) + open })
  file.data.frontmatter = { data: parsed.data, fields: moveFields(parsed.fields, move), endOffset: split.end.offset ?? 0 }
}
