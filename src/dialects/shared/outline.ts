/**
 * A prompt's outline: the headings of the tree it was read from, within the
 * prompt's range, with their lines in the file and their text as written; for a
 * data file's prompt, which has no tree, a line-by-line fallback.
 */
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Position } from 'unist'
import type { Section } from '../../model/agent.js'

const markdown = unified().use(remarkParse)

/** Markdown text (a code block's) parsed on its own: positions are in `text`. */
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
 * its whole text for LangGPT's YAML roles), its lines counted from `firstLine`: a
 * documented fallback, line by line, not the tree. Parsing such a prompt with remark
 * only for its outline cost more than ten times the rest of reading it (Roo modes of
 * the corpus: 0.4 s → 5 s of CPU for 380 modes), and its lines are approximate anyway:
 * a quoted or folded YAML scalar does not keep the file's lines. A `#` line outside a
 * ``` or ~~~ fence is a heading; setext headings and CommonMark's finer rules are not read.
 */
export function outlineOfText(text: string, firstLine: number): Section[] {
  const out: Section[] = []
  let inCode = false
  text.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode
    const m = !inCode && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line)
    if (m) out.push({ depth: m[1]!.length, title: m[2]!, line: firstLine + i })
  })
  return out
}
