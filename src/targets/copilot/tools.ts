/**
 * A tool list as Copilot's `tools`: aliases for built-in tools, `server/tool` and
 * `server/*` for MCP tools (github/docs custom-agents-configuration.md, 2026).
 * Mode `all` leaves the key out (every tool); `none` is `[]`.
 */
import type { Agent } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { CLAUDE_TOOLS } from '../../vocabulary/tools.js'
import { noteToolsLeftOut } from '../shared/host-tools.js'
import type { TargetMessage } from '../types.js'
import { ALIAS, GRANTS, PART_OF } from './tables.js'

/** The Claude Code name of a canonical id, for a note read by people who wrote Claude names. */
const claudeName = (id: string): string => Object.keys(CLAUDE_TOOLS).find((name) => CLAUDE_TOOLS[name] === id) ?? id

export function toolsOf(agent: Agent, notes: TargetMessage[]): string[] | undefined {
  if (agent.tools.mode === 'all') return undefined
  if (agent.tools.mode === 'none') return []
  const ids = new Set(agent.tools.items.map((tool) => tool.id))
  const written: string[] = []
  const add = (name: string) => {
    if (!written.includes(name)) written.push(name)
  }
  const byAlias = new Map<string, { raws: string[]; ids: string[] }>()
  const left: { id: string; raw: string }[] = []
  const parts: { tool: { id: string; raw: string }; whole: string }[] = []
  for (const tool of agent.tools.items) {
    const alias = getOwnValue(ALIAS, tool.id)
    if (alias !== undefined) {
      add(alias)
      const entry = byAlias.get(alias) ?? { raws: [], ids: [] }
      entry.raws.push(tool.raw)
      entry.ids.push(tool.id)
      byAlias.set(alias, entry)
      continue
    }
    const mcp = mcpName(tool.id)
    if (mcp !== undefined) {
      add(mcp)
      continue
    }
    const whole = getOwnValue(PART_OF, tool.id)
    if (whole !== undefined && ids.has(whole)) {
      parts.push({ tool, whole })
      continue
    }
    // A tool of Copilot's own (`problems`, `read/terminalLastCommand`): written as the source wrote it.
    if (tool.id.startsWith('copilot:')) {
      add(tool.raw)
      continue
    }
    left.push(tool)
  }
  noteToolsLeftOut(left, notes)
  // `BashOutput` beside `Bash`: folded into the whole's alias, which reads back as the whole alone; said in the alias's note.
  for (const { tool, whole } of parts) {
    const entry = byAlias.get(getOwnValue(ALIAS, whole) ?? '')
    entry?.raws.push(tool.raw)
    entry?.ids.push(tool.id)
  }
  // An alias stands for a kind of tool: say so when it grants more than the source's tools, or folds one in (`LS` into `search`).
  for (const [alias, { raws, ids: given }] of byAlias) {
    const grants = GRANTS[alias]!
    const also = grants.filter((id) => !ids.has(id)).map(claudeName)
    const folded = given.some((id) => !grants.includes(id))
    if (also.length > 0 || folded) notes.push({ rule: 'target-translated', data: { kind: 'alias', alias, tools: raws, also }, field: 'tools', value: raws[0]! })
  }
  return written
}

/** `mcp:server/tool` → `server/tool`, `mcp:server` → `server/*`; undefined for every server at once (`mcp:*`). */
function mcpName(id: string): string | undefined {
  if (!id.startsWith('mcp:')) return undefined
  const [server, name] = id.slice(4).split('/')
  if (!server || server === '*' || !/^[A-Za-z0-9._-]+$/.test(server)) return undefined
  return `${server}/${!name ? '*' : name}`
}
