/**
 * Gemini CLI subagents: Markdown under `.gemini/agents/` (project) or
 * `~/.gemini/agents/` (user), recognised by the path. Fields per
 * packages/core/src/agents/agentLoader.ts (google-gemini/gemini-cli 5411f113,
 * 2026-08-21): `name` (the id, a slug), `description`, `display_name` (the title),
 * `tools` (Gemini tool names; omitted = every tool), `model` (`inherit` by default).
 * `kind`, `mcp_servers`, `temperature`, `max_turns`, `timeout_mins` are kept in
 * `extensions`. The body is the prompt. Without `name` (which Gemini CLI requires)
 * the agent is named after the file, with the usual warning.
 */
import type { MarkdownDocument } from '../../parse/document.js'
import type { VFile } from 'vfile'
import type { Draft } from '../../model/draft.js'
import { frontmatterDraft } from '../shared/frontmatter-draft.js'

export const GEMINI_PATH = /(^|[\\/])\.gemini[\\/]agents[\\/][^\\/]+\.md$/i

const MAPPED = new Set(['name', 'description', 'display_name', 'tools', 'model', 'color'])

export function readGemini(document: MarkdownDocument, file: VFile): Draft | undefined {
  if (!GEMINI_PATH.test(file.path)) return undefined
  const { data, draft } = frontmatterDraft('gemini', document, file, MAPPED)
  if (typeof data.display_name === 'string' && data.display_name.trim() !== '') draft.title = data.display_name.trim()
  return draft
}
