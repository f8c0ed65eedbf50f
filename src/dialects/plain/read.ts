/**
 * The fallback: the whole text is the prompt; name and description are derived
 * later. A `# Title` opening the text (and no name in a frontmatter) is the name a
 * person gave the agent: it is the title, and the id is made from it, not from the
 * file name.
 */
import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import type { Draft } from '../../model/draft.js'
import type { MarkdownDocument } from '../../parse/document.js'
import { outlineOf } from '../shared/outline.js'
import { sliceLines, textOf } from '../../text/lines.js'

export function readPlain(document: MarkdownDocument, file: VFile): Draft {
  const tree = document.tree
  const fm = file.data.frontmatter
  const source = textOf(file)
  const body = sliceLines(source, fm ? fm.endOffset : 0)
  const first = tree.children.find((node) => node.type !== 'yaml')
  const named = fm?.data.name !== undefined
  const title = !named && first?.type === 'heading' && (first as Heading).depth === 1 ? toString(first).trim() : ''
  return {
    dialect: 'plain',
    ...(title === '' ? {} : { title, nameIsTitle: true }),
    prompt: body.text,
    promptLine: body.line,
    outline: outlineOf(tree, source, body.position),
    triggers: [],
    extensions: {},
    fields: title === '' ? {} : { name: { position: first!.position! } },
  }
}
