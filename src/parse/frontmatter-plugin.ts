/**
 * unified plugin: parses the `yaml` node remark-frontmatter found into
 * `file.data.frontmatter`, tolerantly (see ../frontmatter.ts).
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { parseFrontmatter } from './frontmatter.js'

export function remarkAgentFrontmatter() {
  return (tree: Root, file: VFile) => {
    const node = tree.children[0]
    if (!node || node.type !== 'yaml' || !node.position) return
    const data = parseFrontmatter(node.value, node.position.start.line + 1, file)
    if (!data) return
    file.data.frontmatter = {
      data,
      startLine: node.position.start.line + 1,
      endOffset: node.position.end.offset ?? 0,
    }
  }
}
