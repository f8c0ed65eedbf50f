/** Tools only one host has (`copilot:problems`, `opencode:lsp`): no target can run them. */
import type { Agent } from '../../model/agent.js'
import type { Note } from '../types.js'

export function isHostOnly(id: string): boolean {
  return /^[a-z]+:/.test(id) && !id.startsWith('mcp:')
}

/** One note per host listing its tools the target leaves out (not one per tool). */
export function noteHostOnly(agent: Agent, notes: Note[]): void {
  const byHost = new Map<string, string[]>()
  for (const tool of agent.tools.items) {
    if (!isHostOnly(tool.id)) continue
    const host = tool.id.slice(0, tool.id.indexOf(':'))
    byHost.set(host, [...(byHost.get(host) ?? []), tool.raw])
  }
  for (const [host, raws] of byHost) {
    const names = raws.map((raw) => `\`${raw}\``)
    const what = names.length === 1 ? `Tool ${names[0]} exists` : `Tools ${names.join(', ')} exist`
    notes.push({ severity: 'warning', rule: 'target-dropped', message: `${what} only in ${host}; left out`, field: 'tools', value: raws[0]! })
  }
}
