/**
 * A tool list as Qwen Code's `tools`: its snake_case tool names, and MCP tools as
 * `mcp__server__tool` (QwenLM/qwen-code docs/users/features/sub-agents.md, 2026).
 * Qwen Code gives an agent exactly the names its `tools` lists (the runtime
 * matches names, not patterns: agents/runtime/agent-core.ts prepareTools, 2026),
 * and reads an empty `tools` as every tool (subagent-manager.ts
 * convertToRuntimeConfig), so "no tool" is written as `disallowedTools`.
 */
import type { Agent } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { claudeIds } from '../../vocabulary/tools.js'
import { noteToolsLeftOut } from '../shared/host-tools.js'
import type { TargetMessage } from '../types.js'
import { NO_TOOLS, PART_OF, TOOL_NAMES } from './tables.js'

export interface QwenTools {
  tools?: string[]
  disallowedTools?: string[]
}

export function toolsOf(agent: Agent, notes: TargetMessage[]): QwenTools {
  if (agent.tools.mode === 'all') return {}
  if (agent.tools.mode === 'none') return noTools(notes)
  const ids = new Set(agent.tools.items.map((tool) => tool.id))
  const written: string[] = []
  const add = (name: string) => {
    if (!written.includes(name)) written.push(name)
  }
  const folded: string[] = []
  const parts = new Map<string, string[]>()
  const left: { id: string; raw: string }[] = []
  for (const tool of agent.tools.items) {
    const name = getOwnValue(TOOL_NAMES, tool.id)
    if (name !== undefined) {
      add(name)
      if (tool.id === 'multi-edit') folded.push(tool.raw)
      continue
    }
    const mcp = mcpName(tool.id)
    if (mcp !== undefined) {
      add(mcp)
      continue
    }
    if (tool.id.startsWith('mcp:')) {
      notes.push({ rule: 'target-dropped', data: { kind: 'every-mcp-tool', tool: tool.raw }, field: 'tools', value: tool.raw })
      continue
    }
    const whole = getOwnValue(PART_OF, tool.id)
    if (whole !== undefined && ids.has(whole)) {
      // `BashOutput` beside `Bash`: Qwen's shell tool covers it, and reads back as the shell alone: said.
      const into = getOwnValue(TOOL_NAMES, whole)!
      parts.set(into, [...(parts.get(into) ?? []), tool.raw])
      continue
    }
    // A tool of Qwen Code's own (`save_memory`, `lsp`), read from a Qwen file: written as Qwen names it.
    if (tool.id.startsWith('qwen:')) {
      add(tool.id.slice(5))
      continue
    }
    left.push(tool)
  }
  noteToolsLeftOut(left, notes)
  if (folded.length > 0) notes.push({ rule: 'target-translated', data: { kind: 'edit', tools: folded }, field: 'tools', value: folded[0]! })
  for (const [into, raws] of parts) notes.push({ rule: 'target-translated', data: { kind: 'folded', tools: raws, into }, field: 'tools', value: raws[0]! })
  // Nothing left to name: an empty `tools` would grant every tool.
  if (written.length === 0) return noTools(notes)
  return { tools: written }
}

function noTools(notes: TargetMessage[]): QwenTools {
  notes.push({ rule: 'target-translated', data: { kind: 'no-tools', tools: [...NO_TOOLS] }, field: 'tools' })
  return { disallowedTools: [...NO_TOOLS] }
}

/** `mcp:server/tool` → `mcp__server__tool`; undefined for a whole server (`mcp:server`, `mcp:*`). */
function mcpName(id: string): string | undefined {
  if (!id.startsWith('mcp:')) return undefined
  const [server, name] = id.slice(4).split('/')
  if (!server || server === '*' || !name || name === '*') return undefined
  return `mcp__${server}__${name}`
}

/**
 * A source's `disallowedTools` (Claude Code names, a list or a comma string) in
 * Qwen Code's names; MCP names and patterns (`mcp__slack`) as written, which
 * Qwen Code reads in this field. Undefined when it is no list of names.
 */
export function disallowedOf(value: unknown): string[] | undefined {
  const names = typeof value === 'string' ? value.split(',') : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined
  if (names === undefined) return undefined
  const out: string[] = []
  for (const raw of names.map((n) => n.trim()).filter(Boolean)) {
    const id = raw.startsWith('mcp__') ? undefined : claudeIds(raw)?.[0]
    const name = (id !== undefined ? getOwnValue(TOOL_NAMES, id) : undefined) ?? raw
    if (!out.includes(name)) out.push(name)
  }
  return out.length > 0 ? out : undefined
}
