/**
 * GitHub Copilot custom agents: `*.agent.md` (and the older `*.chatmode.md`),
 * recognised by the file name. Fields per docs.github.com/en/copilot/reference/
 * custom-agents-configuration and VS Code's agents reference (2026):
 * - `name` is a display name: Copilot identifies (and deduplicates) an agent by
 *   its file name, `foo.agent.md` → `foo`; so does agentdef, with `name` as title.
 * - `description`; `tools`, a list of Copilot tool names (omitted = every tool);
 *   `model`, a string or, in VS Code, a prioritised list.
 * - `target`, `handoffs`, `mcp-servers`, `argument-hint`, … are kept in `extensions`.
 * The body is the prompt.
 */
import type { MarkdownDocument } from '../../parse/document.js'
import type { VFile } from 'vfile'
import { baseName } from '../../normalise/names.js'
import type { Draft } from '../../model/draft.js'
import { frontmatterDraft } from '../shared/frontmatter-draft.js'

export const COPILOT_FILE = /\.(agent|chatmode)\.md$/i

const MAPPED = new Set(['name', 'description', 'tools', 'model', 'color'])

export function readCopilot(document: MarkdownDocument, file: VFile): Draft | undefined {
  if (!COPILOT_FILE.test(file.path)) return undefined
  const { data, draft } = frontmatterDraft('copilot', document, file, MAPPED)
  draft.name = baseName(file.path)
  const title = titleOf(data.name)
  if (title !== undefined) draft.title = title
  draft.model = modelNames(data.model)
  // `name:` holds the title; the id, and so what a diagnostic about it points at, is the file name.
  if (draft.fields.name) {
    draft.fields.title = draft.fields.name
    delete draft.fields.name
  }
  return draft
}

function titleOf(name: unknown): string | undefined {
  const text = typeof name === 'string' || typeof name === 'number' ? String(name).trim() : ''
  return text === '' ? undefined : text
}

/** VS Code's model list may hold `{ name, reasoning-effort }` entries: their names, in order. */
function modelNames(model: unknown): unknown {
  if (!Array.isArray(model)) return model
  return model.map((entry) =>
    entry !== null && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string' ? (entry as { name: string }).name : entry,
  )
}

