/**
 * A tool list as Kiro's `tools`: its tool names (tables.ts), `@server/tool` and
 * `@server` for MCP tools, `*` for every tool, `[]` for none (configuration
 * reference, "Tools field", 2026-02). Claude Code's `Bash(git log:*)` becomes
 * `execute_bash` with that command allowed in `toolsSettings` and, when the plain
 * shell is not granted, every other command denied (`denyByDefault`, Q CLI
 * docs/built-in-tools.md, 2025-10-22).
 */
import type { Agent } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { CLAUDE_TOOLS } from '../../vocabulary/tools.js'
import { noteToolsLeftOut } from '../shared/host-tools.js'
import type { TargetMessage } from '../types.js'
import { GRANTS, PART_OF, TOOL_NAMES } from './tables.js'

/** The Claude Code name of a canonical id, for a note read by people who wrote Claude names. */
const claudeName = (id: string): string => Object.keys(CLAUDE_TOOLS).find((name) => CLAUDE_TOOLS[name] === id) ?? id

/** An MCP server or tool name Kiro can hold after `@`. */
const MCP_NAME = /^[\w.-]+$/

export interface KiroTools {
  tools: string[]
  /** `execute_bash` settings for command patterns, when the source has any. */
  shell?: { allowedCommands: string[]; denyByDefault?: true }
  /** MCP servers the tools name. */
  servers: string[]
}

export function toolsOf(agent: Agent, notes: TargetMessage[]): KiroTools {
  const { mode, items } = agent.tools
  if (mode === 'all') return { tools: ['*'], servers: [] }
  const tools: string[] = []
  const servers: string[] = []
  const folded = new Map<string, { raws: string[]; ids: string[] }>()
  const left: { id: string; raw: string }[] = []
  const commands: { raw: string; pattern: string }[] = []
  const ids = new Set(items.map((t) => t.id))
  const parts: { raw: string; id: string; whole: string }[] = []
  const add = (name: string) => {
    if (!tools.includes(name)) tools.push(name)
  }
  // A Kiro source's names are written as its author wrote them (`read` or `fs_read`), as its `allowedTools` and `toolsSettings` name them.
  const fromKiro = agent.source.dialect === 'kiro'
  for (const tool of items) {
    if (fromKiro && tool.known) {
      add(tool.raw)
      const mcp = mcpName(tool.id)
      if (mcp !== undefined && !servers.includes(mcp.server)) servers.push(mcp.server)
      continue
    }
    const name = getOwnValue(TOOL_NAMES, tool.id)
    if (name !== undefined) {
      add(name)
      const group = folded.get(name) ?? { raws: [], ids: [] }
      group.raws.push(tool.raw)
      group.ids.push(tool.id)
      folded.set(name, group)
      continue
    }
    if (tool.id.startsWith('kiro:')) {
      add(tool.id.slice(5))
      continue
    }
    const mcp = mcpName(tool.id)
    if (mcp !== undefined) {
      add(mcp.name)
      if (!servers.includes(mcp.server)) servers.push(mcp.server)
      continue
    }
    if (tool.id === 'mcp:*') {
      notes.push({ rule: 'target-dropped', data: { kind: 'every-mcp-tool', tool: tool.raw }, field: 'tools', value: tool.raw })
      continue
    }
    // Claude's background shell tools are part of the shell: folded into its Kiro tool, and said (Kiro has no background shells).
    const whole = getOwnValue(PART_OF, tool.id)
    if (whole !== undefined && ids.has(whole)) {
      parts.push({ ...tool, whole })
      continue
    }
    const command = /^Bash\((.+)\)$/.exec(tool.raw)
    if (command) {
      commands.push({ raw: tool.raw, pattern: commandPattern(command[1]!) })
      continue
    }
    left.push(tool)
  }
  noteToolsLeftOut(left, notes)
  for (const part of parts) {
    const group = folded.get(TOOL_NAMES[part.whole]!)!
    group.raws.push(part.raw)
    group.ids.push(part.id)
  }
  for (const [name, group] of folded) {
    // A Kiro tool that grants more than the source's tools, or that stands for another kind of tool (`LS` as `fs_read`).
    const grants = GRANTS[name] ?? []
    const also = grants.filter((id) => !group.ids.includes(id)).map(claudeName)
    const other = group.ids.some((id) => !grants.includes(id))
    if (also.length > 0 || other) notes.push({ rule: 'target-translated', data: { kind: 'alias', alias: name, tools: group.raws, also }, field: 'tools', value: group.raws[0]! })
  }
  let shell: KiroTools['shell']
  if (commands.length > 0) {
    const granted = tools.includes('execute_bash')
    add('execute_bash')
    shell = { allowedCommands: commands.map((c) => c.pattern), ...(granted ? {} : { denyByDefault: true as const }) }
    for (const { raw, pattern } of commands) {
      notes.push({ rule: 'target-translated', data: { kind: 'bash-pattern', tool: raw, pattern, granted }, field: 'tools', value: raw })
    }
  }
  return { tools, servers, ...(shell ? { shell } : {}) }
}

/** `mcp:server/tool` → `@server/tool`, `mcp:server` → `@server`. */
function mcpName(id: string): { name: string; server: string } | undefined {
  if (!id.startsWith('mcp:')) return undefined
  const [server, tool, ...rest] = id.slice(4).split('/')
  if (!server || server === '*' || !MCP_NAME.test(server) || rest.length > 0) return undefined
  if (tool === undefined || tool === '*') return { name: `@${server}`, server }
  return MCP_NAME.test(tool) ? { name: `@${server}/${tool}`, server } : undefined
}

/**
 * Claude Code's command pattern as Kiro's `allowedCommands` regex (anchored by
 * Kiro with \A and \z): `git log:*` and `git log *` are the command and any
 * arguments; other `*` match anything; the rest is literal.
 */
function commandPattern(rule: string): string {
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
  const prefix = /^(.*?)(?::\*| \*)$/.exec(rule)
  return prefix ? `${escape(prefix[1]!)}( .*)?` : escape(rule)
}
