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

/**
 * Tools a target has no name for, reported in one pass: those only one host has,
 * one note per host; the others, one note each.
 */
export function noteToolsLeftOut(tools: readonly { id: string; raw: string }[], notes: TargetMessage[]): void {
  const hosts = new Map<string, string[]>()
  const others: string[] = []
  for (const tool of tools) {
    if (!isHostOnly(tool.id)) others.push(tool.raw)
    else {
      const host = tool.id.slice(0, tool.id.indexOf(':'))
      hosts.set(host, [...(hosts.get(host) ?? []), tool.raw])
    }
  }
  for (const [host, raws] of hosts) {
    notes.push({ rule: 'target-dropped', data: { kind: 'host-only', host, tools: raws }, field: 'tools', value: raws[0]! })
  }
  for (const raw of others) notes.push({ rule: 'target-dropped', data: { kind: 'no-tool', tool: raw }, field: 'tools', value: raw })
}

