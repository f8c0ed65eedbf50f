/**
 * Tool names of each dialect, mapped into one canonical vocabulary.
 * Claude Code names: code.claude.com/docs/en/settings#tools-available-to-claude (2026).
 */
import type { ToolRef, ToolSet } from '../model/agent.js'

/** Canonical ids and the Claude Code name each comes from. */
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

const CANONICAL = new Set(Object.values(CLAUDE_TOOLS))

export interface ToolIssue {
  kind: 'unknown' | 'invalid'
  raw: string
}

/** One tool name as written → its canonical reference. */
export function toolRef(raw: string): ToolRef {
  const name = raw.trim()
  const mcp = /^mcp__([^_]+(?:_[^_]+)*?)__(.+)$/.exec(name)
  if (mcp) return { id: `mcp:${mcp[1]}/${mcp[2]}`, raw: name, known: true }
  if (name.startsWith('mcp__')) return { id: `mcp:${name.slice(5)}`, raw: name, known: true }
  const claude = CLAUDE_TOOLS[name]
  if (claude) return { id: claude, raw: name, known: true }
  const lower = name.toLowerCase()
  const alias = ALIASES[lower] ?? (CANONICAL.has(lower) ? lower : undefined)
  if (alias) return { id: alias, raw: name, known: true }
  const caseless = Object.keys(CLAUDE_TOOLS).find((k) => k.toLowerCase() === lower)
  if (caseless) return { id: CLAUDE_TOOLS[caseless]!, raw: name, known: true }
  return { id: name, raw: name, known: false }
}

/**
 * `tools` as Claude-style files write it: a comma string, a list, `*`, or absent
 * (absent means every tool in Claude Code).
 */
export function normalizeTools(raw: unknown, issues: ToolIssue[], absent: ToolSet['mode'] = 'all'): ToolSet {
  if (raw === undefined || raw === null) return { mode: absent, items: [] }
  let names: string[]
  if (typeof raw === 'string') {
    if (raw.trim() === '*') return { mode: 'all', items: [] }
    names = raw.split(/[,\n]/)
  } else if (Array.isArray(raw)) {
    names = raw.flatMap((v) => (typeof v === 'string' ? v.split(',') : [String(v)]))
  } else {
    issues.push({ kind: 'invalid', raw: JSON.stringify(raw) ?? String(raw) })
    return { mode: absent, items: [] }
  }
  const items: ToolRef[] = []
  const seen = new Set<string>()
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    if (name === '*') return { mode: 'all', items: [] }
    const ref = toolRef(name)
    if (!ref.known) issues.push({ kind: 'unknown', raw: name })
    if (seen.has(ref.id)) continue
    seen.add(ref.id)
    items.push(ref)
  }
  return items.length === 0 ? { mode: 'none', items } : { mode: 'list', items }
}
