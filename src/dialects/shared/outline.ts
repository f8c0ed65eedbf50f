/**
 * A prompt's outline: the headings of the tree it was read from, within the
 * prompt's range, with their lines in the file and their text as written.
 */
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Point, Position } from 'unist'
import type { Section } from '../../model/agent.js'

const markdown = unified().use(remarkParse)

/** Markdown text (a code block's, a data file's value) parsed on its own: positions are in `text`. */
export function parseMarkdown(text: string): Root {
  return markdown.parse(text)
}

/**
 * The top-level headings of `tree` that start within `range` (the prompt's position),
 * each with its text as written between its marks (a setext heading's lines joined by a
 * space) and its line, through `toFile` when the tree was parsed from part of the file.
 * A heading with no text is no section.
 */
export function outlineOf(tree: Root, source: string, range: Position, toFile = (position: Position) => position): Section[] {
  const from = range.start.offset ?? 0
  const to = range.end.offset ?? source.length
  const out: Section[] = []
  for (const node of tree.children) {
    const at = node.position
    if (node.type !== 'heading' || !at || at.start.offset! < from || at.start.offset! >= to) continue
    const first = node.children[0]?.position
    const last = node.children.at(-1)?.position
    if (!first || !last) continue
    const title = source.slice(first.start.offset, last.end.offset).replace(/[ \t]*\n[ \t]*/g, ' ')
    if (title.trim() !== '') out.push({ depth: node.depth, title, line: toFile(at).start.line })
  }
  return out
}

/**
 * The outline of a prompt that has no tree of its own (a data file's string value, or
 * its whole text for LangGPT's YAML roles): the prompt parsed as the Markdown it is,
 * its lines counted from `firstLine`, the prompt's own line in the file.
 */
export function outlineOfText(text: string, firstLine: number): Section[] {
  const tree = parseMarkdown(text)
  const whole = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: text.length } }
  const move = (point: Point): Point => ({ line: firstLine + point.line - 1, column: point.column })
  return outlineOf(tree, text, whole, (position) => ({ start: move(position.start), end: move(position.end) }))
}
