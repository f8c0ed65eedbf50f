/**
 * Cursor project rules (`.cursor/rules/**\/*.mdc`), recognised by the extension.
 * Three fields per cursor.com/docs/context/rules (2026): `description` (when the
 * agent should apply the rule), `globs` (a comma-separated string or a list: the
 * files that attach it; each becomes a `file` trigger) and `alwaysApply` (kept in
 * `extensions`). The body is the prompt; a rule is named after its file (`@name`).
 */
import type { MarkdownDocument } from '../../parse/document.js'
import type { VFile } from 'vfile'
import type { Trigger } from '../../model/agent.js'
import { baseName } from '../../normalise/names.js'
import type { Draft } from '../../model/draft.js'
import { frontmatterDraft } from '../shared/frontmatter-draft.js'

export const CURSOR_FILE = /\.mdc$/i

/** `tools`, `model` and `color` mean nothing to Cursor but are read as everywhere else when present. */
const MAPPED = new Set(['description', 'globs', 'tools', 'model', 'color'])

export function readCursor(document: MarkdownDocument, file: VFile): Draft | undefined {
  if (!CURSOR_FILE.test(file.path)) return undefined
  // `alwaysApply` keeps Cursor's spelling: the frontmatter parser folds other casings to it.
  const { data, draft } = frontmatterDraft('cursor', document, file, MAPPED)
  // Cursor has no `name`: a rule is its file. A `name` key, if any, stays in `extensions`.
  draft.name = baseName(file.path)
  // A `name` key is kept, yet it is not where the name comes from: no diagnostic points at its value.
  if (draft.fields.name) draft.fields.name = { position: draft.fields.name.position }
  draft.triggers = globsOf(data.globs).map((value): Trigger => ({ kind: 'file', value }))
  return draft
}

/** `globs` as a list or a comma-separated string; commas inside `{a,b}` belong to the glob. */
export function globsOf(globs: unknown): string[] {
  const items = Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string') : typeof globs === 'string' ? [globs] : []
  const out: string[] = []
  for (const item of items) {
    let depth = 0
    let current = ''
    for (const char of item) {
      if (char === '{') depth++
      else if (char === '}') depth = Math.max(0, depth - 1)
      if (char === ',' && depth === 0) {
        out.push(current)
        current = ''
      } else current += char
    }
    out.push(current)
  }
  return [...new Set(out.map((g) => g.trim()).filter(Boolean))]
}
