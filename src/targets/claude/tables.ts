/** Claude Code's tables: tool names, how triggers are described, and the fields it accepts beyond the core ones. */
import { CLAUDE_TOOLS } from '../../vocabulary/tools.js'

/** Canonical tool id → the Claude Code name written out (Task was renamed Agent). */
export const TOOL_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(CLAUDE_TOOLS)
    .filter(([name]) => name !== 'Task')
    .map(([name, id]) => [id, name]),
)

const oneOf = (...values: string[]) => (v: unknown) => (typeof v === 'string' && values.includes(v) ? v : undefined)
const names = (v: unknown) =>
  typeof v === 'string' ? v : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.join(', ') : undefined

/**
 * The other fields Claude Code reads (code.claude.com/docs/en/sub-agents, 2026), each with
 * a check of its value: a valid value is written, an invalid one is reported.
 */
export const CLAUDE_FIELDS: Record<string, (value: unknown) => unknown> = {
  permissionMode: oneOf('default', 'acceptEdits', 'auto', 'dontAsk', 'bypassPermissions', 'plan', 'manual'),
  maxTurns: (v) => {
    const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v
    return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined
  },
  skills: names,
  disallowedTools: names,
  memory: oneOf('user', 'project', 'local'),
  background: (v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined),
  effort: oneOf('low', 'medium', 'high', 'xhigh', 'max'),
  isolation: oneOf('worktree'),
  initialPrompt: (v) => (typeof v === 'string' ? v : undefined),
}

/**
 * The description Claude Code reads: composed, put in one language, then read back
 * the way agentdef reads a Claude file until it no longer changes, so that compiling
 * the output again gives the same output (idempotence) whatever the input held.
 */
