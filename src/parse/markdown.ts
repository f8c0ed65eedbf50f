/**
 * Markdown text → mdast, with the frontmatter taken off before micromark sees it.
 * remark-frontmatter tokenizes a frontmatter line by line, as any flow content, and
 * mdast-util-from-markdown then compiles those events: a block scalar of a million
 * blank lines costs seconds and gigabytes, though no reader looks at more than the
 * YAML text. Here the fences are found by the rule remark-frontmatter applies
 * (micromark-extension-frontmatter: `---` opening the document, optional trailing
 * spaces or tabs, closed by the first such line after it), the body alone is parsed,
 * its positions moved to the file's, and the `yaml` node remark-frontmatter would
 * make is put first. The tree is the same one (test/markdown-split.test.ts compares
 * them on the corpus); a file with no closed fence goes to remark-frontmatter as before.
 */
import type { Root, Yaml } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Node, Point } from 'unist'

const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const body = unified().use(remarkParse)

const FENCE = /^---[ \t]*$/

export interface Split {
  value: string
  /** Where the closing fence's line ends. */
  end: Point
  /** Where the body starts: the line after the closing fence. */
  bodyOffset: number
  bodyLine: number
}

/** The frontmatter as remark-frontmatter finds it, without tokenizing it. */
export function splitFrontmatter(text: string): Split | undefined {
  if (!text.startsWith('---')) return undefined
  let lineEnd = text.indexOf('\n')
  if (lineEnd === -1 || !FENCE.test(text.slice(0, lineEnd))) return undefined
  let line = 1
  const valueStart = lineEnd + 1
  for (let start = valueStart; start <= text.length; start = lineEnd + 1) {
    line++
    lineEnd = text.indexOf('\n', start)
    const stop = lineEnd === -1 ? text.length : lineEnd
    // Only a line that starts with `---` can close it: test the rest only then.
    if (text.startsWith('---', start) && FENCE.test(text.slice(start, stop))) {
      return {
        value: start > valueStart ? text.slice(valueStart, start - 1) : '',
        end: { line, column: stop - start + 1, offset: stop },
        bodyOffset: lineEnd === -1 ? text.length : lineEnd + 1,
        bodyLine: lineEnd === -1 ? line : line + 1,
      }
    }
    if (lineEnd === -1) return undefined
  }
  return undefined
}

/** The mdast of `text`; `split` when its frontmatter was already found (`splitFrontmatter(text)`, undefined for none). */
export function parseMarkdown(text: string, split: Split | undefined = splitFrontmatter(text)): Root {
  if (!split) return whole.parse(text)
  const tree = body.parse(text.slice(split.bodyOffset))
  const lines = split.bodyLine - 1
  const move = (point: Point) => {
    point.line += lines
    if (point.offset !== undefined) point.offset += split.bodyOffset
  }
  const visit = (node: Node) => {
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    const children = (node as { children?: Node[] }).children
    if (children) for (const child of children) visit(child)
  }
  for (const child of tree.children) visit(child)
  const yaml: Yaml = { type: 'yaml', value: split.value, position: { start: { line: 1, column: 1, offset: 0 }, end: split.end } }
  tree.children.unshift(yaml)
  const end = tree.position?.end
  // No line after the closing fence: the document ends where the fence does.
  const closedAtEnd = split.end.offset === text.length
  tree.position = { start: { line: 1, column: 1, offset: 0 }, end: end && !closedAtEnd ? { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + split.bodyOffset } : { ...split.end } }
  return tree
}
