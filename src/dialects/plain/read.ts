/** The fallback: the whole text is the prompt; name and description are derived later. */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Draft } from '../../model/draft.js'
import { sliceLines, textOf } from '../../text/lines.js'

export function readPlain(_tree: Root, file: VFile): Draft {
  const fm = file.data.frontmatter
  const body = sliceLines(textOf(file), fm ? fm.endOffset : 0)
  return {
    dialect: 'plain',
    prompt: body.text,
    promptLine: body.line,
    triggers: [],
    extensions: {},
    fields: {},
  }
}
