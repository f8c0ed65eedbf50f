/**
 * Gemini CLI subagent: `<out>/gemini/<name>.md`, to be placed in `.gemini/agents/`.
 * YAML frontmatter and the prompt as the body (the loader trims it into the system
 * prompt). Fields per packages/core/src/agents/agentLoader.ts (google-gemini/gemini-cli
 * 5411f113, 2026-08-21): `name`, `description`, `display_name`, `tools`,
 * `mcp_servers`, `model`, `temperature`, `max_turns`, `timeout_mins`; the schema is
 * strict, so a key outside these is never written but reported. Every string is a
 * double-quoted scalar.
 */
import type { Agent } from '../../model/agent.js'
import { getOwnValue, setDataProperty } from '../../text/own-keys.js'
import { delegationDescription } from '../shared/description.js'
import { localise } from '../shared/localise.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { mcpServersOf, MCP_SOURCE_KEYS } from './mcp.js'
import { modelOf } from './model.js'
import { FIELDS } from './tables.js'
import { toolsOf, withPlan } from './tools.js'

export interface GeminiView {
  frontmatter: Record<string, unknown>
  body: string
}

/** Keys of a Gemini source that this view writes itself. */
const HANDLED = new Set(['kind', 'display_name', 'permissionMode', ...MCP_SOURCE_KEYS])

export function geminiView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): GeminiView {
  const text = localise(agent, options.lang, notes)
  const frontmatter: Record<string, unknown> = {
    name: agent.name,
    display_name: text.title,
    description: delegationDescription(agent, text.prompt, options.lang, notes),
  }
  const tools = withPlan(toolsOf(agent, notes), agent, notes)
  if (tools !== undefined) frontmatter.tools = tools
  const left: { key: string; invalid: boolean; noEquivalent?: string }[] = []
  const servers: Record<string, unknown> = {}
  for (const key of MCP_SOURCE_KEYS) {
    if (agent.extensions[key] === undefined) continue
    const read = mcpServersOf(key, agent.extensions[key])
    for (const [name, server] of Object.entries(read.servers)) if (!Object.hasOwn(servers, name)) setDataProperty(servers, name, server)
    left.push(...read.left.map((path) => ({ key: path, invalid: true })))
  }
  if (Object.keys(servers).length > 0) frontmatter.mcp_servers = servers
  const model = modelOf(agent, options, notes)
  if (model !== undefined) frontmatter.model = model
  if (agent.color !== undefined) notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: agent.color }, field: 'color' })
  const kind = agent.extensions.kind
  if (kind !== undefined && kind !== 'local') left.push({ key: 'kind', invalid: true })
  const mode = agent.extensions.permissionMode
  if (mode !== undefined && mode !== 'plan' && mode !== 'default') left.push({ key: 'permissionMode', invalid: true, noEquivalent: String(mode) })
  for (const [key, value] of Object.entries(agent.extensions)) {
    if (HANDLED.has(key)) continue
    const field = getOwnValue(FIELDS, key)
    const accepted = field ? field.accept(value) : undefined
    if (field === undefined || accepted === undefined || Object.hasOwn(frontmatter, field.key)) {
      left.push({ key, invalid: field !== undefined })
      continue
    }
    if (field.key !== key) notes.push({ rule: 'target-translated', data: { kind: 'field', key, to: field.key }, field: key })
    setDataProperty(frontmatter, field.key, accepted)
  }
  if (left.length > 0) {
    // Gemini CLI's loader rejects the whole file on an unknown key: reported, not written.
    notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, field: left[0]!.key.split(/[.[]/)[0]! })
  }
  return { frontmatter, body: text.prompt }
}
