/** Positions of values read from Markdown, from the mdast nodes they were read from. */
import type { Nodes, Parent, Root } from 'mdast'
import type { Position } from 'unist'
import type { NamePosition } from '../../model/draft.js'
import { nameSpans, pointAt } from '../../text/lines.js'

/** The text of a heading or paragraph, without its `#` marks: from its first child to its last. */
export function contentOf(node: Parent): { value?: Position } {
  const first = node.children[0]?.position
  const last = node.children.at(-1)?.position
  return first && last ? { value: { start: first.start, end: last.end } } : {}
}

/**
 * The names a Markdown value lists (the items of a tools list), as `toString` reads
 * them: the parts between commas and line breaks of its text and code spans, each
 * where it is written (a code span's text starts after its backticks).
 */
export function namesIn(nodes: readonly Nodes[], source: string): NamePosition[] {
  const out: NamePosition[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      // Offsets inside a node hold only where its value is written as it is (no escapes, no indented line breaks).
      const written = source.slice(start, end)
      const inner = node.type === 'inlineCode' ? written.indexOf(node.value) : written === node.value ? 0 : -1
      if (inner === -1) return
      for (const span of nameSpans(source, start + inner, start + inner + node.value.length)) {
        out.push({ name: span.name, position: { start: pointAt(source, span.start), end: pointAt(source, span.end) } })
      }
    } else if ('children' in node) {
      for (const child of node.children) visit(child as Nodes)
    }
  }
  nodes.forEach(visit)
  return out
}

/**
 * Where a sentence that starts at `offset` of `source` is written: from the first
 * text (or code span, or other literal) of `tree` that ends after `offset`, to its end.
 * A sentence lifted out of `**Bold** words` starts at `Bold`, as its text does.
 */
export function sentencePosition(tree: Root, source: string, offset: number): Position {
  let found: Position | undefined
  const visit = (node: Nodes): boolean => {
    const at = node.position
    if ('value' in node && at && at.end.offset! > offset && node.type !== 'yaml') {
      found = { start: at.start.offset! >= offset ? at.start : pointAt(source, offset), end: at.end }
      return true
    }
    return 'children' in node && node.children.some((child) => visit(child as Nodes))
  }
  visit(tree)
  return found ?? { start: pointAt(source, offset), end: pointAt(source, offset) }
}
