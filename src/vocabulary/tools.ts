/**
 * The canonical tool vocabulary every dialect maps into and every target maps
 * out of: `read`, `write`, `edit`, `multi-edit`, `shell`, `search`, `glob`,
 * `list`, `web-fetch`, `web-search`, `agent`, `todo`, `notebook` (and a few more
 * below), `mcp:<server>/<tool>`, `mcp:<server>` for every tool of a server, and
 * `<host>:<name>` for a tool only one host knows (VS Code's `openSimpleBrowser`):
 * known, so no warning, but only that host can run it.
 *
 * Claude Code's names are the reference spelling of each id: Copilot accepts
 * them, the Claude target writes them, and a user's `--tool-map` may name them.
 */
import { getOwnValue } from '../text/own-keys.js'

/** How a dialect writes tool names: its table into the canonical ids. */
export interface ToolVocabulary {
  /** A tool name as the dialect writes it → its canonical ids (one name may grant several); undefined when unknown. */
  idsOf(name: string): string[] | undefined
  /** What "every tool but these" grants, as names of the dialect: a map of only `false` entries is read as this list minus them. */
  builtIns: readonly string[]
  /** Canonical ids one switch turns off together (opencode's `edit` permission). */
  linked?: readonly (readonly string[])[]
}

/**
 * Claude Code: canonical ids and the Claude Code name each comes from.
 * code.claude.com/docs/en/settings#tools-available-to-claude (2026).
 */
export const CLAUDE_TOOLS: Record<string, string> = {
  Read: 'read',
  Write: 'write',
  Edit: 'edit',
  MultiEdit: 'multi-edit',
  Bash: 'shell',
  BashOutput: 'shell-output',
  KillShell: 'shell-kill',
  Grep: 'search',
  Glob: 'glob',
  LS: 'list',
  WebFetch: 'web-fetch',
  WebSearch: 'web-search',
  NotebookEdit: 'notebook',
  NotebookRead: 'notebook-read',
  TodoWrite: 'todo',
  Task: 'agent',
  Agent: 'agent',
  Skill: 'skill',
  SlashCommand: 'slash-command',
  ExitPlanMode: 'exit-plan-mode',
}

/** Lower-case spellings used by heading-structured files and others. */
const ALIASES: Record<string, string> = {
  bash: 'shell',
  shell: 'shell',
  terminal: 'shell',
  grep: 'search',
  search: 'search',
  ls: 'list',
  list: 'list',
  webfetch: 'web-fetch',
  'web-fetch': 'web-fetch',
  fetch: 'web-fetch',
  websearch: 'web-search',
  'web-search': 'web-search',
  todowrite: 'todo',
  todo: 'todo',
  task: 'agent',
  agent: 'agent',
  multiedit: 'multi-edit',
  notebookedit: 'notebook',
}

/** Every canonical id of a built-in tool (MCP and host-only ids are made, not listed). */
export const CANONICAL_TOOLS: ReadonlySet<string> = new Set(Object.values(CLAUDE_TOOLS))

/** A Claude Code name, an `mcp__server__tool` name or a lower-case spelling → canonical ids. */
export function claudeIds(name: string): string[] | undefined {
  const mcp = /^mcp__([^_]+(?:_[^_]+)*?)__(.+)$/.exec(name)
  if (mcp) return [`mcp:${mcp[1]}/${mcp[2]}`]
  if (name.startsWith('mcp__')) return [`mcp:${name.slice(5)}`]
  const claude = getOwnValue(CLAUDE_TOOLS, name)
  if (claude) return [claude]
  const lower = name.toLowerCase()
  const alias = getOwnValue(ALIASES, lower) ?? (CANONICAL_TOOLS.has(lower) ? lower : undefined)
  if (alias) return [alias]
  const caseless = Object.keys(CLAUDE_TOOLS).find((k) => k.toLowerCase() === lower)
  return caseless ? [CLAUDE_TOOLS[caseless]!] : undefined
}


/**
 * Claude Code's names as a vocabulary; "every tool" is its built-in set. Claude,
 * heading-structured, plain, Cursor, fabric, LangGPT and Roo files write tools so.
 */
export const claudeCodeTools: ToolVocabulary = {
  idsOf: claudeIds,
  builtIns: ['Read', 'Write', 'Edit', 'Bash', 'Grep', 'Glob', 'WebFetch', 'WebSearch', 'Agent', 'TodoWrite', 'NotebookEdit'],
}
