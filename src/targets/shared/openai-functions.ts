/**
 * Canonical tools → OpenAI function tools, shared by the OpenAI targets. Every
 * Claude Code tool becomes a function with a JSON Schema for its arguments
 * (modelled on the Claude Code tool's own inputs), so the caller's runtime can
 * implement it. No hosted tool is equivalent: `file_search` searches uploaded
 * vector stores, not the workspace, and `code_interpreter` runs Python in OpenAI's
 * sandbox, not the user's shell.
 */
export interface FunctionTool {
  type: 'function'
  function: { name: string; description: string; parameters: Record<string, unknown> }
}

const str = (description: string) => ({ type: 'string', description })
const int = (description: string) => ({ type: 'integer', description })
const bool = (description: string) => ({ type: 'boolean', description })

function fn(name: string, description: string, properties: Record<string, unknown>, required: string[]): FunctionTool {
  return { type: 'function', function: { name, description, parameters: { type: 'object', properties, required, additionalProperties: false } } }
}

export const OPENAI_TOOLS: Record<string, FunctionTool> = {
  read: fn('read_file', 'Read a file from the workspace.', { path: str('Path of the file'), offset: int('First line to read'), limit: int('Number of lines to read') }, ['path']),
  write: fn('write_file', 'Write a file in the workspace, replacing its content.', { path: str('Path of the file'), content: str('The new content') }, ['path', 'content']),
  edit: fn('edit_file', 'Replace an exact string in a file.', { path: str('Path of the file'), old_string: str('Text to replace'), new_string: str('Replacement text'), replace_all: bool('Replace every occurrence') }, ['path', 'old_string', 'new_string']),
  'multi-edit': fn('multi_edit_file', 'Apply several exact-string replacements to one file.', {
    path: str('Path of the file'),
    edits: { type: 'array', items: { type: 'object', properties: { old_string: str('Text to replace'), new_string: str('Replacement text') }, required: ['old_string', 'new_string'], additionalProperties: false } },
  }, ['path', 'edits']),
  shell: fn('run_shell_command', 'Run a shell command in the workspace.', { command: str('The command line'), timeout_ms: int('Time limit in milliseconds') }, ['command']),
  search: fn('grep', 'Search file contents with a regular expression.', { pattern: str('Regular expression'), path: str('File or folder to search'), glob: str('Only files matching this glob') }, ['pattern']),
  glob: fn('glob', 'Find files by glob pattern.', { pattern: str('Glob pattern such as **/*.ts'), path: str('Folder to search') }, ['pattern']),
  list: fn('list_directory', 'List the entries of a folder.', { path: str('Path of the folder') }, ['path']),
  'web-fetch': fn('web_fetch', 'Fetch a web page and answer a question about it.', { url: str('The URL'), prompt: str('What to extract') }, ['url']),
  'web-search': fn('web_search', 'Search the web.', { query: str('The search query') }, ['query']),
  agent: fn('delegate_to_agent', 'Hand a task to another agent.', { agent: str('Name of the agent'), prompt: str('The task') }, ['agent', 'prompt']),
  todo: fn('todo_write', 'Replace the task list.', {
    todos: { type: 'array', items: { type: 'object', properties: { content: str('The task'), status: { type: 'string', enum: ['pending', 'in_progress', 'completed'] } }, required: ['content', 'status'], additionalProperties: false } },
  }, ['todos']),
  notebook: fn('notebook_edit', 'Replace, insert or delete a cell of a Jupyter notebook.', { notebook_path: str('Path of the notebook'), cell_id: str('Cell to edit'), new_source: str('New cell source'), edit_mode: { type: 'string', enum: ['replace', 'insert', 'delete'] } }, ['notebook_path', 'new_source']),
  'notebook-read': fn('notebook_read', 'Read the cells of a Jupyter notebook.', { notebook_path: str('Path of the notebook') }, ['notebook_path']),
}

/** The tools declared when the source grants every tool. */
export const STANDARD_TOOLS = ['read', 'write', 'edit', 'shell', 'search', 'glob', 'list', 'web-fetch', 'web-search', 'agent', 'todo', 'notebook']

/** A function name the API accepts (`^[a-zA-Z0-9_-]{1,64}$`) for any tool id. */
export function functionName(id: string): string {
  return (id.replace(/^mcp:/, 'mcp__').replace(/\//g, '__').replace(/[^a-zA-Z0-9_-]+/g, '_') || 'tool').slice(0, 64)
}
