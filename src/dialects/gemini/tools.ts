import type { ToolVocabulary } from '../../vocabulary/tools.js'

/**
 * Gemini CLI's tool names (google-gemini/gemini-cli 5411f113, 2026-08-21:
 * packages/core/src/tools/definitions/coreTools.ts, tools/tool-names.ts). The legacy
 * `search_file_content` is `grep_search` (TOOL_LEGACY_ALIASES); `read_many_files`
 * reads files as `read_file` does; `invoke_agent` calls an agent (never given to a
 * subagent). Tools no other host has (asking the user, plan mode, the task tracker,
 * the CLI's own docs, MCP resources) are kept as `gemini:<name>`.
 */
const GEMINI_TOOLS: Record<string, readonly string[]> = {
  read_file: ['read'],
  read_many_files: ['read'],
  write_file: ['write'],
  replace: ['edit'],
  run_shell_command: ['shell'],
  grep_search: ['search'],
  search_file_content: ['search'],
  glob: ['glob'],
  list_directory: ['list'],
  web_fetch: ['web-fetch'],
  google_web_search: ['web-search'],
  write_todos: ['todo'],
  activate_skill: ['skill'],
  exit_plan_mode: ['exit-plan-mode'],
  invoke_agent: ['agent'],
}

const GEMINI_ONLY = [
  'ask_user', 'enter_plan_mode', 'get_internal_docs', 'update_topic', 'complete_task', 'read_mcp_resource', 'list_mcp_resources',
  'tracker_create_task', 'tracker_update_task', 'tracker_get_task', 'tracker_list_tasks', 'tracker_add_dependency', 'tracker_visualize',
  'save_memory',
]

function geminiIds(name: string): string[] | undefined {
  const own = Object.hasOwn(GEMINI_TOOLS, name) ? GEMINI_TOOLS[name] : undefined
  if (own) return [...own]
  if (GEMINI_ONLY.includes(name) || name.startsWith('discovered_tool_')) return [`gemini:${name}`]
  // `mcp_<server>_<tool>`, `mcp_<server>_*`, `mcp_*`: the server is everything up to the first `_` (mcp-tool.ts parseMcpToolName).
  if (name === 'mcp_*') return ['mcp:*']
  const mcp = /^mcp_([^_]+)_(.+)$/.exec(name)
  if (mcp) return [mcp[2] === '*' ? `mcp:${mcp[1]}` : `mcp:${mcp[1]}/${mcp[2]}`]
  return undefined
}

/** Gemini CLI's tool names; "every tool" is its built-in file, shell, web and todo tools. */
export const geminiTools: ToolVocabulary = {
  idsOf: geminiIds,
  builtIns: ['read_file', 'write_file', 'replace', 'run_shell_command', 'grep_search', 'glob', 'list_directory', 'web_fetch', 'google_web_search', 'write_todos', 'activate_skill'],
}
