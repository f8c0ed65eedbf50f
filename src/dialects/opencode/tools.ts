import type { ToolVocabulary } from '../../vocabulary/tools.js'

/**
 * opencode built-in tools (opencode.ai/docs/tools, 2026). Its config converts
 * them to permissions, where `write`, `patch` and `multiedit` collapse into
 * `edit` (packages/core/src/v1/config/agent.ts). `codesearch` searches public
 * code on the web (Exa); `lsp` and `question` have no portable equivalent.
 * MCP tools are named `<server>_<tool>`, `<server>_*` for all of a server's.
 */
const OPENCODE_TOOLS: Record<string, readonly string[]> = {
  read: ['read'],
  write: ['write'],
  edit: ['edit'],
  patch: ['edit'],
  apply_patch: ['edit'],
  multiedit: ['multi-edit'],
  bash: ['shell'],
  grep: ['search'],
  glob: ['glob'],
  list: ['list'],
  webfetch: ['web-fetch'],
  websearch: ['web-search'],
  codesearch: ['web-search'],
  task: ['agent'],
  todowrite: ['todo'],
  todoread: ['todo'],
  skill: ['skill'],
  lsp: ['opencode:lsp'],
  question: ['opencode:question'],
}

/** opencode: one switch turns these off together (the `edit` permission). */
const OPENCODE_LINKED: readonly string[][] = [['edit', 'write', 'multi-edit']]

const OPENCODE = new Map(Object.entries(OPENCODE_TOOLS).map(([k, v]) => [k.toLowerCase(), v]))

function opencodeIds(name: string): string[] | undefined {
  const own = OPENCODE.get(name.toLowerCase())
  if (own) return [...own]
  // `<server>_<tool>`, `<server>_*`: how opencode names MCP tools in `tools` and `permission`.
  const mcp = /^([A-Za-z0-9-]+)_(.+)$/.exec(name)
  if (mcp) return [mcp[2] === '*' ? `mcp:${mcp[1]}` : `mcp:${mcp[1]}/${mcp[2]}`]
  return undefined
}

/** opencode's tool names. */
export const opencodeTools: ToolVocabulary = {
  idsOf: opencodeIds,
  builtIns: ['read', 'write', 'edit', 'bash', 'grep', 'glob', 'list', 'webfetch', 'websearch', 'task', 'todowrite', 'skill'],
  linked: OPENCODE_LINKED,
}
