/**
 * The function names agentdef declares for the canonical tools in OpenAI requests
 * (the `openai-assistant` and `openai-responses` targets), and their reading back
 * (the dialects of the same names). A function name is what the API requires,
 * `^[a-zA-Z0-9_-]{1,64}$` (openai/openai-openapi `FunctionObject.name`, 2026-08-21).
 */
import { getOwnValue } from '../text/own-keys.js'
import type { ToolVocabulary } from './tools.js'

/** Canonical tool id → the function agentdef declares for it. */
export const OPENAI_FUNCTION_NAMES: Record<string, string> = {
  read: 'read_file',
  write: 'write_file',
  edit: 'edit_file',
  'multi-edit': 'multi_edit_file',
  shell: 'run_shell_command',
  search: 'grep',
  glob: 'glob',
  list: 'list_directory',
  'web-fetch': 'web_fetch',
  'web-search': 'web_search',
  agent: 'delegate_to_agent',
  todo: 'todo_write',
  notebook: 'notebook_edit',
  'notebook-read': 'notebook_read',
}

/** The tools declared when the source grants every tool, in this order. */
export const STANDARD_TOOLS = ['read', 'write', 'edit', 'shell', 'search', 'glob', 'list', 'web-fetch', 'web-search', 'agent', 'todo', 'notebook']

/** A function name the API accepts for any tool id: `mcp:server/tool` → `mcp__server__tool`. */
export function functionName(id: string): string {
  return (id.replace(/^mcp:/, 'mcp__').replace(/\//g, '__').replace(/[^a-zA-Z0-9_-]+/g, '_') || 'tool').slice(0, 64)
}

const BY_NAME = new Map(Object.entries(OPENAI_FUNCTION_NAMES).map(([id, name]) => [name, id]))

/**
 * The Responses API's own tool types (openai-create-response.schema.json `Tool`, from
 * openai/openai-openapi 2026-08-21) that are a canonical tool: its web search; `shell` and
 * `local_shell`, whose commands the caller runs in its own environment; `apply_patch`, whose
 * file edits the caller applies. `file_search`, `code_interpreter`, `image_generation` and
 * the computer tools work on OpenAI's side only (vector stores, its sandbox, its image model).
 */
const HOSTED: Record<string, string> = {
  web_search: 'web-search',
  web_search_preview: 'web-search',
  shell: 'shell',
  local_shell: 'shell',
  apply_patch: 'edit',
}

/** A function name agentdef wrote (or a hosted tool's type) → canonical ids. */
function openaiIds(name: string): string[] | undefined {
  const own = BY_NAME.get(name) ?? getOwnValue(HOSTED, name)
  if (own) return [own]
  // `mcp__server__tool`, as `functionName` writes an MCP tool.
  const mcp = /^mcp__(.+?)__(.+)$/.exec(name)
  if (mcp) return [`mcp:${mcp[1]}/${mcp[2]}`]
  if (name.startsWith('mcp__')) return [`mcp:${name.slice(5)}`]
  if (/^(file_search|code_interpreter|image_generation|computer_use_preview|computer)$/.test(name)) return [`openai:${name}`]
  return undefined
}

/** The names of OpenAI requests as a vocabulary; "every tool" is the standard declaration. */
export const openaiFunctionTools: ToolVocabulary = {
  idsOf: openaiIds,
  builtIns: STANDARD_TOOLS.map((id) => OPENAI_FUNCTION_NAMES[id]!),
}
