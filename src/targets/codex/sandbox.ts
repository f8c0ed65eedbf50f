/**
 * Tools as Codex can say them. Codex has no per-agent tool list: an agent has
 * Codex's own tools, and what they may touch is the sandbox (`sandbox_mode`:
 * read-only, workspace-write, danger-full-access; developers.openai.com/codex/
 * subagents, 2026: "explicitly marking one to work in read-only mode").
 * - A list that neither writes files nor runs commands, or no tool at all, or
 *   Claude Code's `permissionMode: plan` → `read-only`, with a note naming the tools.
 * - A list that writes or runs commands → no `sandbox_mode`: the agent keeps the
 *   session's sandbox, which the user chose. agentdef never writes
 *   `workspace-write` or `danger-full-access` for a tool list: that could grant
 *   more than the session does. The list is reported as left out: a warning when
 *   Codex's tools reach further than the list (edits without `Bash`), a note when
 *   the list grants an unrestricted shell, which already reaches as far.
 * - Every tool → no `sandbox_mode`, silently (Codex's own default).
 * A Codex source's own `sandbox_mode` (kept as an extension) is written back as it was.
 */
import type { Agent } from '../../model/agent.js'
import type { TargetMessage } from '../types.js'
import { SANDBOX_MODES, WRITING_TOOLS } from './tables.js'

export function sandboxOf(agent: Agent, notes: TargetMessage[]): { sandbox: string | undefined; modeKept: boolean } {
  const mode = agent.extensions.permissionMode
  const plan = mode === 'plan'
  const modeKept = mode === undefined || mode === 'default' || plan
  const own = agent.extensions.sandbox_mode
  const source = typeof own === 'string' && SANDBOX_MODES.has(own) ? own : undefined
  const { tools } = agent
  const raws = [...new Set(tools.items.map((tool) => tool.raw))]
  const writes = tools.items.some((tool) => WRITING_TOOLS.has(tool.id) || /^Bash\(/.test(tool.raw))
  if (tools.mode === 'none' || (tools.mode === 'list' && !writes)) {
    notes.push({ rule: 'target-translated', data: { kind: 'sandbox', tools: raws }, field: 'tools', ...(raws[0] !== undefined ? { value: raws[0] } : {}) })
    return { sandbox: 'read-only', modeKept }
  }
  if (plan) {
    notes.push({ rule: 'target-translated', data: { kind: 'permission-mode', mode: 'plan' }, field: 'permissionMode' })
  }
  // An unrestricted shell reaches what Codex's other tools do (files, network): only a note then.
  const shell = tools.items.some((tool) => tool.id === 'shell')
  if (tools.mode === 'list') notes.push({ rule: 'target-dropped', data: { kind: 'tool-list', tools: raws, readOnly: plan, shell }, field: 'tools', value: raws[0]! })
  return { sandbox: plan ? 'read-only' : source, modeKept }
}
