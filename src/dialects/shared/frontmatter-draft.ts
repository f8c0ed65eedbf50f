/**
 * What every frontmatter dialect reader starts from: a draft with `name`,
 * `description`, `tools`, `model` and `color` as the frontmatter gives them, the
 * body as the prompt, the line of each key (by its lower-case spelling), and the
 * keys the reader does not map (`mapped`) kept as extensions. Each reader then
 * changes what its dialect reads otherwise.
 */
import type { VFile } from 'vfile'
import type { Dialect } from '../../model/agent.js'
import { defineOwn } from '../../text/own-keys.js'
import type { Draft } from '../../model/draft.js'
import { sliceLines, textOf } from '../../text/find-place.js'

export function frontmatterDraft(dialect: Dialect, file: VFile, mapped: ReadonlySet<string>): { data: Record<string, unknown>; draft: Draft } {
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
    triggers: [],
    extensions: extensionsOf(data, mapped),
    lines: fm ? keyLines(source, fm.startLine) : {},
  }
  return { data, draft }
}

/** The 1-based line of each top-level key of the frontmatter starting at `startLine`. */
function keyLines(source: string, startLine: number): Record<string, number> {
  const out: Record<string, number> = {}
  const lines = source.split('\n')
  for (let i = startLine - 1; i < lines.length && !/^-{3,}\s*$/.test(lines[i]!); i++) {
    const key = /^([A-Za-z_][\w.-]*)\s*:/.exec(lines[i]!)?.[1]?.toLowerCase()
    if (key !== undefined && !Object.hasOwn(out, key)) defineOwn(out, key, i + 1)
  }
  return out
}

/** The keys of `data` a reader does not map, kept as written (safe against `__proto__` keys). */
function extensionsOf(data: Record<string, unknown>, mapped: ReadonlySet<string>): Record<string, unknown> {
  const extensions: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) if (!mapped.has(key)) defineOwn(extensions, key, value)
  return extensions
}
