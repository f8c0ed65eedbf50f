/**
 * A tool list as a Cursor subagent can say it. Cursor subagents have no tool list
 * (cursor.com/docs/agent/subagents, 2026): a subagent works with its parent's
 * tools, or, with `readonly: true`, with the read-only ones. So a list that
 * neither writes nor runs commands becomes `readonly: true` (with a note naming
 * the tools it stands for, and a warning for those a read-only subagent may not
 * have, MCP tools among them); any other list is left out with a warning naming
 * its tools, since the subagent then gets every tool.
 */
import type { Agent, ToolRef } from '../../model/agent.js'
import { CANONICAL_TOOLS } from '../../vocabulary/tools.js'
import type { TargetMessage } from '../types.js'
import { READ_ONLY_TOOLS, WRITES } from './tables.js'

/** Whether the tool writes files or runs commands, or may (an unknown name, `Bash(git log:*)`). */
function writes(tool: ToolRef): boolean {
  if (WRITES.has(tool.id)) return true
  return !(CANONICAL_TOOLS.has(tool.id) || tool.id.startsWith('mcp:') || /^[a-z]+:/.test(tool.id))
}

/** `readonly: true` when the agent's tools cannot write, with `plan` (Claude Code's read-only mode) as well. */
export function readonlyOf(agent: Agent, notes: TargetMessage[]): boolean {
  const mode = agent.extensions.permissionMode
  const plan = mode === 'plan'
  const { tools } = agent
  if (tools.mode === 'all') {
    if (plan) notes.push({ rule: 'target-translated', data: { kind: 'readonly', tools: [], plan }, field: 'permissionMode' })
    return plan
  }
  if (tools.mode === 'none') {
    notes.push({ rule: 'target-dropped', data: { kind: 'no-tools' }, field: 'tools' })
    return true
  }
  const raws = (items: ToolRef[]) => [...new Set(items.map((t) => t.raw))]
  if (!plan && tools.items.some(writes)) {
    notes.push({ rule: 'target-dropped', data: { kind: 'tool-list', tools: raws(tools.items), rule: false }, field: 'tools', value: tools.items[0]!.raw })
    return false
  }
  const kept = tools.items.filter((t) => READ_ONLY_TOOLS.includes(t.id))
  const lacking = tools.items.filter((t) => !READ_ONLY_TOOLS.includes(t.id))
  const on = plan ? { field: 'permissionMode' } : { field: 'tools', ...(kept[0] ? { value: kept[0].raw } : {}) }
  notes.push({ rule: 'target-translated', data: { kind: 'readonly', tools: raws(kept), plan }, ...on })
  if (lacking.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'readonly-tools', tools: raws(lacking) }, field: 'tools', value: lacking[0]!.raw })
  return true
}
