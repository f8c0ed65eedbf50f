/**
 * A tool list as Gemini CLI's `tools` (packages/core/src/agents/agentLoader.ts and
 * tools/tool-names.ts, google-gemini/gemini-cli 5411f113, 2026-08-21): built-in
 * names, `mcp_<server>_<tool>`, `mcp_<server>_*`, `mcp_*`. Mode `all` leaves the key
 * out (the subagent inherits every tool); `none` is `[]` (the loader's empty tool
 * registry). Only the tools the source lists are written, so a read-only list stays
 * read-only: nothing is widened to a kind of tool.
 */
import type { Agent } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { noteToolsLeftOut } from '../shared/host-tools.js'
import type { TargetMessage } from '../types.js'
import { FOLDED, isValidToolName, PART_OF, READ_ONLY_TOOLS, TOOL_NAMES, WRITING_TOOLS } from './tables.js'

export function toolsOf(agent: Agent, notes: TargetMessage[]): string[] | undefined {
  if (agent.tools.mode === 'all') return undefined
  if (agent.tools.mode === 'none') return []
  const ids = new Set(agent.tools.items.map((tool) => tool.id))
  const written: string[] = []
  const add = (name: string) => {
    if (!written.includes(name)) written.push(name)
  }
  const left: { id: string; raw: string }[] = []
  const folded = new Map<string, string[]>()
  const fold = (raw: string, into: string) => folded.set(into, [...(folded.get(into) ?? []), raw])
  for (const tool of agent.tools.items) {
    const name = getOwnValue(TOOL_NAMES, tool.id) ?? mcpName(tool.id) ?? geminiName(tool)
    if (name !== undefined) {
      if (FOLDED.has(tool.id)) fold(tool.raw, name)
      add(name)
      continue
    }
    const whole = getOwnValue(PART_OF, tool.id)
    if (whole !== undefined && ids.has(whole)) {
      fold(tool.raw, TOOL_NAMES[whole]!)
      continue
    }
    if (tool.id === 'agent') {
      notes.push({ rule: 'target-dropped', data: { kind: 'agent-tool', tool: tool.raw }, field: 'tools', value: tool.raw })
      continue
    }
    // Claude Code's `Bash(git log:*)`: Gemini's agent file cannot limit a command, and the whole shell would widen it.
    const command = /^Bash\((.+)\)$/.exec(tool.raw)
    if (command) {
      notes.push({ rule: 'target-dropped', data: { kind: 'command-pattern', tool: tool.raw }, field: 'tools', value: tool.raw })
      continue
    }
    left.push(tool)
  }
  noteToolsLeftOut(left, notes)
  for (const [into, raws] of folded) notes.push({ rule: 'target-translated', data: { kind: 'folded', tools: raws, into }, field: 'tools', value: raws[0]! })
  return written
}

/**
 * Claude Code's `permissionMode: plan` (read-only) as Gemini CLI can say it: the
 * tool list without the tools that write files or run commands; over every tool,
 * Gemini CLI's own plan-mode tools. `default` is Gemini's own behaviour.
 */
export function withPlan(tools: string[] | undefined, agent: Agent, notes: TargetMessage[]): string[] | undefined {
  if (agent.extensions.permissionMode !== 'plan') return tools
  notes.push({ rule: 'target-translated', data: { kind: 'plan', every: tools === undefined }, field: 'permissionMode' })
  return (tools ?? READ_ONLY_TOOLS).filter((name) => !WRITING_TOOLS.has(name))
}

/** `mcp:server/tool` → `mcp_server_tool`, `mcp:server` → `mcp_server_*`, `mcp:*` → `mcp_*`; undefined for a name Gemini cannot parse (a server with `_`). */
function mcpName(id: string): string | undefined {
  if (!id.startsWith('mcp:')) return undefined
  const [server, name] = id.slice(4).split('/')
  if (server === '*') return name === undefined || name === '*' ? 'mcp_*' : undefined
  // Gemini reads the server as what precedes the first `_`: a server named with one cannot be named here.
  if (!server || server.includes('_')) return undefined
  const written = `mcp_${server}_${!name ? '*' : name}`
  return isValidToolName(written) ? written : undefined
}

/** A tool of Gemini CLI's own (`gemini:ask_user`), as the source wrote it. */
function geminiName(tool: { id: string; raw: string }): string | undefined {
  return tool.id.startsWith('gemini:') && isValidToolName(tool.raw) ? tool.raw : undefined
}
