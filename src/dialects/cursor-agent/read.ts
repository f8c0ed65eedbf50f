/**
 * Cursor subagents: Markdown under `.cursor/agents/` (a project's, or the user's
 * `~/.cursor/agents/`), recognised by the path. Fields per
 * cursor.com/docs/agent/subagents (2026): `name` (the file name when absent),
 * `description`, `model` (`inherit`, `fast` or a model id, read as written),
 * `readonly` and `is_background`; the body is the prompt.
 *
 * A subagent has no tool list: it works with its caller's tools (every tool), or,
 * with `readonly: true`, with the read-only ones, read as Claude Code's names for
 * them (Read, Grep, Glob, LS, WebFetch, WebSearch). A `tools` key (a file copied
 * from Claude Code) is read as everywhere else, and `readonly` narrows it.
 * `is_background` is kept in `extensions`.
 */
import type { MarkdownDocument } from '../../parse/document.js'
import type { VFile } from 'vfile'
import { baseName } from '../../normalise/names.js'
import type { Draft } from '../../model/draft.js'
import { claudeIds } from '../../vocabulary/tools.js'
import { frontmatterDraft } from '../shared/frontmatter-draft.js'

/** `.cursor/agents/<name>.md`, directly in the folder (Cursor does not read sub-folders). */
export const CURSOR_AGENT_PATH = /(^|[\\/])\.cursor[\\/]agents[\\/][^\\/]+\.md$/i

/**
 * What a read-only Cursor subagent has, as Claude Code names it: Ask mode reads,
 * lists and searches files, and searches and fetches the web (the cursor
 * target's READ_ONLY_TOOLS, checked equal by its test).
 */
export const READ_ONLY_NAMES: readonly string[] = ['Read', 'Grep', 'Glob', 'LS', 'WebFetch', 'WebSearch']

const MAPPED = new Set(['name', 'description', 'tools', 'model', 'color'])

export function readCursorAgent(document: MarkdownDocument, file: VFile): Draft | undefined {
  if (!CURSOR_AGENT_PATH.test(file.path)) return undefined
  const { data, draft } = frontmatterDraft('cursor-agent', document, file, MAPPED)
  // Cursor names a subagent after its file when `name` is absent: not a guess, no warning.
  draft.name = data.name ?? baseName(file.path)
  if (typeof data.readonly === 'boolean') {
    delete draft.extensions.readonly
    if (data.readonly) {
      draft.tools = readOnly(data.tools)
      if (draft.fields.readonly) draft.fields.tools ??= draft.fields.readonly
    }
  }
  return draft
}

/** The read-only tools, or those of a `tools` list that are read-only. */
function readOnly(tools: unknown): string[] {
  const given = typeof tools === 'string' ? tools.split(',') : Array.isArray(tools) ? tools.filter((t): t is string => typeof t === 'string') : undefined
  if (given === undefined || given.some((t) => t.trim() === '*')) return [...READ_ONLY_NAMES]
  const readOnlyIds = new Set(READ_ONLY_NAMES.flatMap((name) => claudeIds(name) ?? []))
  return given.map((t) => t.trim()).filter((t) => (claudeIds(t) ?? []).every((id) => readOnlyIds.has(id)) && claudeIds(t) !== undefined)
}
