/**
 * What every frontmatter dialect reader starts from: a draft with `name`,
 * `description`, `tools`, `model` and `color` as the frontmatter gives them, the
 * body as the prompt, where each key is written (by its lower-case spelling), and the
 * keys the reader does not map (`mapped`) kept as extensions. The outline is
 * read from the tree when first asked for: nothing else here needs the tree. Each reader then
 * changes what its dialect reads otherwise.
 */
import type { VFile } from 'vfile'
import { outlineOf } from './outline.js'
import type { Dialect } from '../../model/agent.js'
import { lazyProperty } from '../../model/lazy.js'
import type { MarkdownDocument } from '../../parse/document.js'
import { setDataProperty } from '../../text/own-keys.js'
import type { Draft } from '../../model/draft.js'
import { sliceLines, textOf } from '../../text/lines.js'

export function frontmatterDraft(dialect: Dialect, document: MarkdownDocument, file: VFile, mapped: ReadonlySet<string>): { data: Record<string, unknown>; draft: Draft } {
  const fm = file.data.frontmatter
  const data = fm?.data ?? {}
  const source = textOf(file)
  const body = sliceLines(source, fm ? fm.endOffset : 0)
  const draft: Draft = {
    dialect,
    name: data.name,
    description: data.description,
    tools: data.tools,
    model: data.model,
    color: data.color,
    prompt: body.text,
    promptLine: body.line,
    outline: [],
    triggers: [],
    extensions: extensionsOf(data, mapped),
    fields: { ...fm?.fields },
  }
  lazyProperty(draft, 'outline', () => outlineOf(document.tree, source, body.position))
  return { data, draft }
}

/** The keys of `data` a reader does not map, kept as written (safe against `__proto__` keys). */
function extensionsOf(data: Record<string, unknown>, mapped: ReadonlySet<string>): Record<string, unknown> {
  const extensions: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) if (!mapped.has(key)) setDataProperty(extensions, key, value)
  return extensions
}
