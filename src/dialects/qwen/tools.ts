import type { ToolVocabulary } from '../../vocabulary/tools.js'

/**
 * Qwen Code's tool names (QwenLM/qwen-code packages/core/src/tools/tool-names.ts,
 * 2026): the snake_case names it forked from gemini-cli, their legacy names
 * (`replace`, `search_file_content`, `task`, gemini-cli's `read_many_files`), and
 * the display names a `tools` list may also give (subagent-manager.ts
 * resolveToolNames matches a tool's name, then its display name). Tools only Qwen
 * Code has are `qwen:<name>`: known, but only Qwen Code runs them.
 */
const QWEN_TOOLS: Record<string, readonly string[]> = {
  read_file: ['read'],
  read_many_files: ['read'],
  write_file: ['write'],
  edit: ['edit'],
  replace: ['edit'],
  run_shell_command: ['shell'],
  grep_search: ['search'],
  search_file_content: ['search'],
  glob: ['glob'],
  list_directory: ['list'],
  web_fetch: ['web-fetch'],
  web_search: ['web-search'],
  agent: ['agent'],
  task: ['agent'],
  todo_write: ['todo'],
  notebook_edit: ['notebook'],
  skill: ['skill'],
  exit_plan_mode: ['exit-plan-mode'],
  save_memory: ['qwen:save_memory'],
  lsp: ['qwen:lsp'],
  ask_user_question: ['qwen:ask_user_question'],
  enter_plan_mode: ['qwen:enter_plan_mode'],
  // Display names.
  ReadFile: ['read'],
  ReadManyFiles: ['read'],
  WriteFile: ['write'],
  Shell: ['shell'],
  SearchFiles: ['search'],
  FindFiles: ['glob'],
  ListFiles: ['list'],
  ReadFolder: ['list'],
  TodoList: ['todo'],
  SaveMemory: ['qwen:save_memory'],
}

const BY_NAME = new Map(Object.entries(QWEN_TOOLS))

function qwenIds(name: string): string[] | undefined {
  const own = BY_NAME.get(name)
  if (own) return [...own]
  // `mcp__server__tool`: how Qwen Code names an MCP tool in `tools`.
  const mcp = /^mcp__(.+?)__(.+)$/.exec(name)
  if (mcp) return [`mcp:${mcp[1]}/${mcp[2]}`]
  if (/^mcp__[^_].*$/.test(name)) return [`mcp:${name.slice(5)}`]
  return undefined
}

/** Qwen Code's tool names; Claude Code's (its display names) are borrowed from the claude dialect. */
export const qwenTools: ToolVocabulary = {
  idsOf: qwenIds,
  builtIns: ['read_file', 'write_file', 'edit', 'run_shell_command', 'grep_search', 'glob', 'list_directory', 'web_fetch', 'web_search', 'agent', 'todo_write', 'notebook_edit', 'skill', 'save_memory'],
}
