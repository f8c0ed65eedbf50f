/**
 * opencode agents: Markdown under `.opencode/agent(s)/`, or frontmatter with
 * `mode: primary|subagent|all`, a `permission` map or `tools` as a map of
 * booleans. Fields per opencode's config schema (packages/core/src/v1/config/
 * agent.ts, 2026): `description`, `mode`, `model` (`provider/model`),
 * `temperature`, `top_p`, `tools` (deprecated map of booleans), `permission`
 * (`allow|ask|deny` per tool, or per pattern), `color`, `steps`, … Everything but
 * name, description, tools, model and colour is kept in `extensions`, `permission`
 * included; a tool that `permission` denies outright is also left out of `tools`.
 * The body is the prompt; without `name` the agent is named after its path.
 */
import type { MarkdownDocument } from '../../parse/document.js'
import type { VFile } from 'vfile'
import { baseName } from '../../normalise/names.js'
import { setDataProperty } from '../../text/own-keys.js'
import { toolRef } from '../../normalise/tools.js'
import { opencodeTools } from './tools.js'
import type { Draft } from '../../model/draft.js'
import { frontmatterDraft } from '../shared/frontmatter-draft.js'

/** opencode's agent folders (`agent/`, `agents/`, and `mode/`, `modes/` for primary agents) in a project or the user's config. */
export const OPENCODE_PATH = /(^|[\\/])\.?opencode[\\/](agents?|modes?)[\\/]/
const MODES = new Set(['primary', 'subagent', 'all'])
const MAPPED = new Set(['name', 'description', 'tools', 'model', 'color'])
/** Permission keys that are no tool (packages/core/src/v1/config/permission.ts, 2026). */
const NOT_TOOLS = new Set(['external_directory', 'doom_loop'])

export function readOpencode(document: MarkdownDocument, file: VFile): Draft | undefined {
  const fm = file.data.frontmatter
  const data = fm?.data ?? {}
  const byPath = OPENCODE_PATH.test(file.path)
  const byKeys = (typeof data.mode === 'string' && MODES.has(data.mode)) || isSwitchMap(data.tools) || data.permission !== undefined
  if (!byPath && !(fm && byKeys)) return undefined
  const { draft } = frontmatterDraft('opencode', document, file, MAPPED)
  draft.tools = withPermission(data.tools, data.permission)
  if (data.tools === undefined && draft.tools !== undefined && draft.fields.permission) draft.fields.tools = draft.fields.permission
  // opencode names an agent after its path when `name` is absent: not a guess, no warning.
  draft.name = data.name ?? nameFromPath(file.path)
  return draft
}

/**
 * opencode's own name for an agent file: its path below `agent/` without the
 * extension (`agent/review/security.md` → `review/security`; configEntryNameFromPath
 * in packages/opencode/src/config/entry-name.ts), written as an id
 * (`review-security`). Outside those folders, the file name.
 */
function nameFromPath(path: string): string {
  const match = OPENCODE_PATH.exec(path)
  if (!match) return baseName(path)
  const below = path.slice(match.index + match[0].length).split(/[\\/]/)
  below[below.length - 1] = baseName(below[below.length - 1]!)
  return below.join('-')
}

function isSwitchMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).some((v) => typeof v === 'boolean')
}

/**
 * `tools` with what `permission` says about whole tools folded in, as one map of
 * booleans: `deny` turns a tool off; when `"*"` is denied, `allow` and `ask` turn
 * one on. Per-pattern rules (`bash: { "git *": allow }`) leave a tool on. MCP tools
 * (`github_get_pr`, `jira_*`) count as tools; keys that are not tools
 * (`external_directory`, `doom_loop`) are left to `extensions`.
 */
export function withPermission(tools: unknown, permission: unknown): unknown {
  if (permission === 'deny') return { '*': false }
  if (permission === null || typeof permission !== 'object' || Array.isArray(permission)) return tools
  const rules = permission as Record<string, unknown>
  const starDenied = rules['*'] === 'deny'
  const switches: Record<string, boolean> = {}
  if (starDenied) switches['*'] = false
  for (const [key, rule] of Object.entries(rules)) {
    const ref = toolRef(key, opencodeTools)
    // `<server>_<tool>` keys are MCP tools, but for opencode's own permissions written with an underscore.
    if (key === '*' || !ref.known || (ref.id.startsWith('mcp:') && NOT_TOOLS.has(key))) continue
    if (rule === 'deny') switches[key] = false
    else if (starDenied) switches[key] = true
  }
  if (Object.keys(switches).length === 0) return tools
  if (tools === undefined || tools === null) return switches
  if (!isSwitchMap(tools)) return tools
  const merged: Record<string, unknown> = {}
  for (const [key, value] of [...Object.entries(tools), ...Object.entries(switches)]) {
    setDataProperty(merged, key, value)
  }
  return merged
}
