/**
 * Gemini CLI's tables. Facts from google-gemini/gemini-cli at commit 5411f113
 * (2026-08-21):
 * - packages/core/src/agents/agentLoader.ts: the frontmatter of a local agent is a
 *   zod object with `.strict()` (an unknown key fails the load): `kind`, `name`
 *   (`^[a-z0-9-_]+$`), `description` (min 1), `display_name`, `tools` (each
 *   `isValidToolName(…, { allowWildcards: true })`), `mcp_servers`, `model`,
 *   `temperature` (number), `max_turns` and `timeout_mins` (positive integers).
 * - packages/core/src/tools/definitions/coreTools.ts and tools/tool-names.ts: the
 *   built-in tool names, the legacy alias `search_file_content`, `discovered_tool_*`,
 *   MCP tools as `mcp_<server>_<tool>` (mcp-tool.ts parseMcpToolName: the server is
 *   everything up to the first `_` after `mcp_`).
 * - packages/core/src/agents/local-executor.ts: a subagent never gets another
 *   agent as a tool (recursion protection), whatever its `tools` say.
 * - packages/core/src/config/models.ts: the aliases `pro`, `flash`, `flash-lite`,
 *   `auto`, resolved to the current model of that tier (agents/cli-help-agent.ts
 *   uses `flash` for a built-in subagent).
 */

/** The keys the loader's local-agent schema accepts; nothing else may be written. */
export const FRONTMATTER_KEYS: ReadonlySet<string> = new Set(['kind', 'name', 'description', 'display_name', 'tools', 'mcp_servers', 'model', 'temperature', 'max_turns', 'timeout_mins'])

/** The loader's `nameSchema`. */
export const NAME_PATTERN = /^[a-z0-9-_]+$/

/** Canonical tool id → Gemini CLI's tool name (coreTools.ts). `agent` has none: subagents cannot call agents. */
export const TOOL_NAMES: Record<string, string> = {
  read: 'read_file',
  write: 'write_file',
  edit: 'replace',
  'multi-edit': 'replace',
  'notebook-read': 'read_file',
  shell: 'run_shell_command',
  search: 'grep_search',
  glob: 'glob',
  list: 'list_directory',
  'web-fetch': 'web_fetch',
  'web-search': 'google_web_search',
  todo: 'write_todos',
  skill: 'activate_skill',
  'exit-plan-mode': 'exit_plan_mode',
}

/**
 * Canonical ids that only say more of a tool another id grants: Claude's background
 * shell. Gemini's own background tools (`read_background_output`,
 * tools/shellBackgroundTools.ts) are not among the names an agent's `tools` may list.
 */
export const PART_OF: Record<string, string> = { 'shell-output': 'shell', 'shell-kill': 'shell' }

/**
 * Canonical ids written as a Gemini tool that is broader or another of its kind, with
 * a note: `MultiEdit` as `replace` (one edit per call), `NotebookRead` as `read_file`
 * (a notebook is read as its JSON text).
 */
export const FOLDED: ReadonlySet<string> = new Set(['multi-edit', 'notebook-read'])

/** The tools that change files or run commands (tool-names.ts EDIT_TOOL_NAMES, and the shell). */
export const WRITING_TOOLS: ReadonlySet<string> = new Set(['write_file', 'replace', 'run_shell_command'])

/**
 * `permissionMode: plan` over every tool: Gemini CLI's own read-only set
 * (tool-names.ts PLAN_MODE_TOOLS, less the built-in agents, which subagents cannot call).
 */
export const READ_ONLY_TOOLS: readonly string[] = ['glob', 'grep_search', 'read_file', 'list_directory', 'google_web_search', 'ask_user', 'activate_skill', 'get_internal_docs']

/** Every built-in tool name (tool-names.ts ALL_BUILTIN_TOOL_NAMES). */
export const BUILTIN_TOOLS: ReadonlySet<string> = new Set([
  'glob', 'write_todos', 'write_file', 'google_web_search', 'web_fetch', 'replace', 'run_shell_command', 'grep_search',
  'read_many_files', 'read_file', 'list_directory', 'activate_skill', 'ask_user', 'tracker_create_task',
  'tracker_update_task', 'tracker_get_task', 'tracker_list_tasks', 'tracker_add_dependency', 'tracker_visualize',
  'get_internal_docs', 'enter_plan_mode', 'exit_plan_mode', 'update_topic', 'complete_task', 'invoke_agent',
  'read_mcp_resource', 'list_mcp_resources',
])

const MCP_SLUG = /^[a-z0-9_.:-]+$/i

/** tool-names.ts isValidToolName with wildcards allowed, as the loader calls it. */
export function isValidToolName(name: string): boolean {
  if (BUILTIN_TOOLS.has(name) || name === 'search_file_content' || name.startsWith('discovered_tool_') || name === '*') return true
  if (!name.startsWith('mcp_')) return false
  if (name === 'mcp_*') return true
  const parsed = /^([^_]+)_(.+)$/.exec(name.slice(4))
  if (!parsed || !MCP_SLUG.test(parsed[1]!)) return false
  const tool = parsed[2]!
  return tool === '*' || (!/^_*$/.test(tool) && MCP_SLUG.test(tool))
}

/**
 * Claude tiers → Gemini CLI's model aliases, which the CLI resolves to the current
 * model of the tier the account can use (never stale, like Claude's own aliases).
 * By capability: Opus and Sonnet, the coding models, → `pro`; Haiku, the fast
 * one, → `flash`. Overridable with `--model-map` (e.g. `sonnet=flash`) and `--model`.
 */
export const MODEL_TABLE: Record<string, string> = { opus: 'pro', sonnet: 'pro', haiku: 'flash' }

/** The aliases of models.ts. */
export const MODEL_ALIASES: ReadonlySet<string> = new Set(['pro', 'flash', 'flash-lite', 'auto'])

/**
 * A model Gemini CLI runs: an alias, or a Gemini or Gemma id of a generation the
 * API still serves (2.5 and later; models.ts VALID_GEMINI_MODELS). Gemini 1.x and
 * 2.0 are retired: written, they would fail at the first call.
 */
export function isGeminiModel(id: string): boolean {
  if (MODEL_ALIASES.has(id)) return true
  const version = /^(?:gemini|gemma)-(\d+)(?:\.(\d+))?-[a-z0-9.-]+$/.exec(id)
  if (!version) return false
  const [major, minor] = [Number(version[1]), Number(version[2] ?? 0)]
  return id.startsWith('gemma-') ? major >= 3 : major > 2 || (major === 2 && minor >= 5)
}

const positiveInt = (v: unknown) => {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined
}
/** The docs' range (docs/core/subagents.md: 0.0 - 2.0). */
const temperature = (v: unknown) => {
  const n = typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 2 ? n : undefined
}

/**
 * Source extensions Gemini CLI has a field for: source key → Gemini key and a check
 * of the value. Claude's `maxTurns` and opencode's `steps` are Gemini's `max_turns`
 * ("maximum number of conversation turns").
 */
export const FIELDS: Record<string, { key: string; accept: (value: unknown) => unknown }> = {
  temperature: { key: 'temperature', accept: temperature },
  max_turns: { key: 'max_turns', accept: positiveInt },
  maxTurns: { key: 'max_turns', accept: positiveInt },
  steps: { key: 'max_turns', accept: positiveInt },
  maxSteps: { key: 'max_turns', accept: positiveInt },
  timeout_mins: { key: 'timeout_mins', accept: positiveInt },
}

/** agentLoader.ts mcpServerSchema: each key of a server and the type of its value. */
export const MCP_SERVER_KEYS: Record<string, 'string' | 'strings' | 'record' | 'number' | 'boolean' | 'type' | 'auth'> = {
  command: 'string', args: 'strings', env: 'record', cwd: 'string', url: 'string', http_url: 'string', headers: 'record',
  tcp: 'string', type: 'type', timeout: 'number', trust: 'boolean', description: 'string', include_tools: 'strings',
  exclude_tools: 'strings', auth: 'auth',
}

/** Other tools' spellings of a server key (Copilot's and Claude's `.mcp.json`, Gemini's settings.json) → Gemini's. */
export const MCP_KEY_SPELLINGS: Record<string, string> = { httpUrl: 'http_url', includeTools: 'include_tools', excludeTools: 'exclude_tools', tools: 'include_tools' }
