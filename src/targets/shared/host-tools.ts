/** Tools only one host has (`copilot:problems`, `opencode:lsp`): no target can run them. */
import type { Agent } from '../../model/agent.js'
import type { TargetMessage } from '../types.js'

export function isHostOnly(id: string): boolean {
  return /^[a-z]+:/.test(id) && !id.startsWith('mcp:')
}

/** One note per host listing its tools the target leaves out (not one per tool). */
export function noteHostOnly(agent: Agent, notes: TargetMessage[]): void {
  const byHost = new Map<string, string[]>()
  for (const tool of agent.tools.items) {
    if (!isHostOnly(tool.id)) continue
    const host = tool.id.slice(0, tool.id.indexOf(':'))
    byHost.set(host, [...(byHost.get(host) ?? []), tool.raw])
  }
  for (const [host, raws] of byHost) {
    notes.push({ rule: 'target-dropped', data: { kind: 'host-only', host, tools: raws }, field: 'tools', value: raws[0]! })
  }
}
