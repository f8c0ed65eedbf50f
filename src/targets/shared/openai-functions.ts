/**
 * Canonical tools → OpenAI function definitions, for the `openai-assistant` target
 * (nested in `{ type, function }`) and `openai-responses` (flat). Every Claude Code
 * tool becomes a function with a JSON Schema for its arguments (modelled on the
 * Claude Code tool's own inputs), so the caller's runtime can implement it. No hosted
 * tool is equivalent: `file_search` searches uploaded vector stores, not the
 * workspace, and `code_interpreter` runs Python in OpenAI's sandbox, not the user's shell.
 * The names are in ../../vocabulary/openai-functions.ts, which the dialects read back.
 */
import type { Agent } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { functionName, OPENAI_FUNCTION_NAMES, STANDARD_TOOLS } from '../../vocabulary/openai-functions.js'
import type { TargetMessage } from '../types.js'
import { isHostOnly, noteHostOnly } from './host-tools.js'

export interface FunctionDefinition {
  name: string
  description: string
  parameters: Record<string, unknown>
}

const str = (description: string) => ({ type: 'string', description })
const int = (description: string) => ({ type: 'integer', description })
const bool = (description: string) => ({ type: 'boolean', description })

function fn(id: string, description: string, properties: Record<string, unknown>, required: string[]): FunctionDefinition {
  return { name: OPENAI_FUNCTION_NAMES[id]!, description, parameters: { type: 'object', properties, required, additionalProperties: false } }
}

export const OPENAI_FUNCTIONS: Record<string, FunctionDefinition> = {
  read: fn('read', 'Read a file from the workspace.', { path: str('Path of the file'), offset: int('First line to read'), limit: int('Number of lines to read') }, ['path']),
  write: fn('write', 'Write a file in the workspace, replacing its content.', { path: str('Path of the file'), content: str('The new content') }, ['path', 'content']),
  edit: fn('edit', 'Replace an exact string in a file.', { path: str('Path of the file'), old_string: str('Text to replace'), new_string: str('Replacement text'), replace_all: bool('Replace every occurrence') }, ['path', 'old_string', 'new_string']),
  'multi-edit': fn('multi-edit', 'Apply several exact-string replacements to one file.', {
    path: str('Path of the file'),
    edits: { type: 'array', items: { type: 'object', properties: { old_string: str('Text to replace'), new_string: str('Replacement text') }, required: ['old_string', 'new_string'], additionalProperties: false } },
  }, ['path', 'edits']),
  shell: fn('shell', 'Run a shell command in the workspace.', { command: str('The command line'), timeout_ms: int('Time limit in milliseconds') }, ['command']),
  search: fn('search', 'Search file contents with a regular expression.', { pattern: str('Regular expression'), path: str('File or folder to search'), glob: str('Only files matching this glob') }, ['pattern']),
  glob: fn('glob', 'Find files by glob pattern.', { pattern: str('Glob pattern such as **/*.ts'), path: str('Folder to search') }, ['pattern']),
  list: fn('list', 'List the entries of a folder.', { path: str('Path of the folder') }, ['path']),
  'web-fetch': fn('web-fetch', 'Fetch a web page and answer a question about it.', { url: str('The URL'), prompt: str('What to extract') }, ['url']),
  'web-search': fn('web-search', 'Search the web.', { query: str('The search query') }, ['query']),
  agent: fn('agent', 'Hand a task to another agent.', { agent: str('Name of the agent'), prompt: str('The task') }, ['agent', 'prompt']),
  todo: fn('todo', 'Replace the task list.', {
    todos: { type: 'array', items: { type: 'object', properties: { content: str('The task'), status: { type: 'string', enum: ['pending', 'in_progress', 'completed'] } }, required: ['content', 'status'], additionalProperties: false } },
  }, ['todos']),
  notebook: fn('notebook', 'Replace, insert or delete a cell of a Jupyter notebook.', { notebook_path: str('Path of the notebook'), cell_id: str('Cell to edit'), new_source: str('New cell source'), edit_mode: { type: 'string', enum: ['replace', 'insert', 'delete'] } }, ['notebook_path', 'new_source']),
  'notebook-read': fn('notebook-read', 'Read the cells of a Jupyter notebook.', { notebook_path: str('Path of the notebook') }, ['notebook_path']),
}

export interface DeclaredFunction {
  definition: FunctionDefinition
  /**
   * `table`: one of OPENAI_FUNCTIONS; `source`: the definition an OpenAI source gave (its
   * `functions` extension), with its `strict` flag; `open`: neither (an MCP tool, an
   * unknown name), so its arguments are not known and its parameters are open.
   */
  from: 'table' | 'source' | 'open'
  strict?: boolean
}

/**
 * The definitions an OpenAI source gave for functions agentdef has no table entry for,
 * by name (what the openai-assistant and openai-responses dialects keep as `functions`).
 */
export function sourceFunctions(agent: Agent): Record<string, Record<string, unknown>> | undefined {
  const functions = agent.extensions.functions
  if (functions === null || typeof functions !== 'object' || Array.isArray(functions)) return undefined
  const all = Object.values(functions).every((f) => f !== null && typeof f === 'object' && !Array.isArray(f))
  return all ? (functions as Record<string, Record<string, unknown>>) : undefined
}

/**
 * The source's tools as functions, each name once, with a note for each one translated
 * or left out; at most `limit` (the rest reported).
 */
export function functionsOf(agent: Agent, notes: TargetMessage[], limit = Infinity): DeclaredFunction[] {
  if (agent.tools.mode === 'none') return []
  const ids = agent.tools.mode === 'all' ? STANDARD_TOOLS : agent.tools.items.map((t) => t.id)
  if (agent.tools.mode === 'all') {
    notes.push({ rule: 'target-translated', data: { kind: 'every-tool', count: STANDARD_TOOLS.length } })
  }
  const declared: DeclaredFunction[] = []
  if (agent.tools.mode === 'list') noteHostOnly(agent, notes)
  const names = new Set<string>()
  const rawOf = (id: string) => agent.tools.items.find((tool) => tool.id === id)?.raw
  const given = sourceFunctions(agent) ?? {}
  for (const id of ids) {
    const known = getOwnValue(OPENAI_FUNCTIONS, id)
    let fn: DeclaredFunction
    if (/^mcp:(\*|[^/]*\/\*|[^/]*)$/.test(id)) {
      // A whole MCP server (or all of them): its tools and their arguments are not known here.
      notes.push({ rule: 'target-dropped', data: { kind: 'mcp-server', id }, field: 'tools', ...withValue(rawOf(id)) })
      continue
    }
    if (isHostOnly(id)) continue
    const name = functionName(id)
    const own = getOwnValue(given, name)
    if (known) fn = { definition: known, from: 'table' }
    else if (own) {
      const description = typeof own.description === 'string' ? own.description : `The \`${id}\` tool of the source agent.`
      const parameters = own.parameters !== null && typeof own.parameters === 'object' && !Array.isArray(own.parameters) ? (own.parameters as Record<string, unknown>) : { type: 'object', properties: {} }
      fn = { definition: { name, description, parameters }, from: 'source', strict: own.strict === true }
    } else {
      fn = { definition: { name, description: `The \`${id}\` tool of the source agent; its arguments are not known.`, parameters: { type: 'object', properties: {}, additionalProperties: true } }, from: 'open' }
      notes.push({ rule: 'target-translated', data: { kind: 'function', id, name }, field: 'tools', ...withValue(rawOf(id)) })
    }
    if (names.has(fn.definition.name)) continue
    names.add(fn.definition.name)
    declared.push(fn)
  }
  if (declared.length > limit) {
    notes.push({ rule: 'target-dropped', data: { kind: 'tool-limit', count: declared.length, limit }, field: 'tools' })
    declared.length = limit
  }
  return declared
}

/**
 * Whether every function of the source's `functions` is among those declared (then the
 * extension is held by `tools`; otherwise it stays in metadata, so that none is lost).
 */
export function functionsHeld(agent: Agent, declared: readonly DeclaredFunction[]): boolean {
  const given = sourceFunctions(agent)
  return given !== undefined && Object.keys(given).every((name) => declared.some((fn) => fn.from === 'source' && fn.definition.name === name))
}

/** `{ value }` for a note, when there is one. */
export function withValue(value: string | undefined): { value?: string } {
  return value === undefined ? {} : { value }
}
