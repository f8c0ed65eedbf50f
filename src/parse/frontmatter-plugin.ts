/**
 * unified plugin: parses the `yaml` node remark-frontmatter found into
 * `file.data.frontmatter`, tolerantly (see ../frontmatter.ts), with where each key
 * is written: positions in the YAML text, moved by the node's position to the file.
 */
import type { Root } from 'mdast'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { textOf } from '../text/lines.js'
import { moveFields } from '../text/positions.js'
import { parseFrontmatter } from './frontmatter.js'

export function remarkAgentFrontmatter() {
  return (tree: Root, file: VFile) => {
    const node = tree.children[0]
    if (!node || node.type !== 'yaml' || !node.position) return
    const startLine = node.position.start.line + 1
    const parsed = parseFrontmatter(node.value, startLine, file)
    if (!parsed) return
    // The YAML text starts on the line after the opening fence, at its first column.
    const open = textOf(file).indexOf('\n', node.position.start.offset ?? 0) + 1
    const move = (point: Point): Point => ({ line: point.line + startLine - 1, column: point.column, offset: (point.offset ?? 0) + open })
    file.data.frontmatter = { data: parsed.data, fields: moveFields(parsed.fields, move), endOffset: node.position.end.offset ?? 0 }
  }
}
