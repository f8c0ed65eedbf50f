/** The fallback: the whole text is the prompt; name and description are derived later. */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Draft } from '../../model/draft.js'
import { outlineOf } from '../shared/outline.js'
import { sliceLines, textOf } from '../../text/lines.js'

export function readPlain(tree: Root, file: VFile): Draft {
  const fm = file.data.frontmatter
  const source = textOf(file)
  const body = sliceLines(source, fm ? fm.endOffset : 0)
  return {
    dialect: 'plain',
    prompt: body.text,
    promptLine: body.line,
    outline: outlineOf(tree, source, body.position),
    triggers: [],
    extensions: {},
    fields: {},
  }
}
