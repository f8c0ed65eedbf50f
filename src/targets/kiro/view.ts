/**
 * Kiro CLI agent: `<out>/kiro/<name>.json`, to be placed in `.kiro/agents/` (or
 * Q CLI's `.amazonq/cli-agents/`). Fields per Q CLI's agent struct
 * (crates/chat-cli/src/cli/agent/mod.rs, 2025-10-31) and Kiro's configuration
 * reference (2026-02): `$schema`, `name`, `description`, `prompt`, `mcpServers`,
 * `tools`, `toolAliases`, `allowedTools`, `toolsSettings`, `resources`, `hooks`,
 * `useLegacyMcpJson`, `includeMcpJson`, `model`, `keyboardShortcut`,
 * `welcomeMessage`. Serialised with JSON.stringify by the template.
 */
import type { Agent } from '../../model/agent.js'
import { toTitle } from '../../normalise/names.js'
import { getOwnValue, setDataProperty } from '../../text/own-keys.js'
import { delegationDescription } from '../shared/description.js'
import { localise } from '../shared/localise.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { FIELD_SHAPES, isMcpServer } from './fields.js'
import { modelOf } from './model.js'
import { READ_ONLY, SCHEMA_URL } from './tables.js'
import { toolsOf } from './tools.js'

export interface KiroView {
  body: Record<string, unknown>
}

/** The tools that change files, run commands or change AWS resources, by Q's and Kiro's names. */
const WRITERS = new Set(['fs_write', 'write', 'execute_bash', 'execute_cmd', 'shell', 'use_aws', 'aws'])

/** Fields of a Kiro source written again as they are, when their value has Kiro's shape. */
const KEPT = ['toolAliases', 'allowedTools', 'toolsSettings', 'resources', 'hooks', 'useLegacyMcpJson', 'includeMcpJson', 'keyboardShortcut', 'welcomeMessage']
/** Keys this view writes itself, or that say what it writes. */
const HANDLED = new Set([...KEPT, 'mcpServers', 'permissionMode', '$schema'])

type Left = { key: string; invalid: boolean; noEquivalent?: string }

export function kiroView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): KiroView {
  const text = localise(agent, options.lang, notes)
  const ext = agent.extensions
  const body: Record<string, unknown> = { $schema: SCHEMA_URL, name: agent.name, description: delegationDescription(agent, text.prompt, options.lang, notes) }
  if (text.prompt !== '') body.prompt = text.prompt
  if (agent.title !== toTitle(agent.name)) notes.push({ rule: 'target-dropped', data: { kind: 'title', title: agent.title, name: agent.name }, field: 'title' })
  if (agent.color !== undefined) notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: agent.color }, field: 'color' })
  const left: Left[] = []
  const servers = serversOf(ext.mcpServers, left, notes)
  if (servers !== undefined) body.mcpServers = servers
  const written = toolsOf(agent, notes)
  body.tools = withPlan(written.tools, ext.permissionMode, notes)
  for (const key of KEPT) {
    const value = getOwnValue(ext, key)
    if (value === undefined) continue
    if (getOwnValue(FIELD_SHAPES, key)!(value)) setDataProperty(body, key, value)
    else left.push({ key, invalid: true })
  }
  if (written.shell) {
    const settings = (body.toolsSettings ?? {}) as Record<string, unknown>
    if (settings.execute_bash === undefined) body.toolsSettings = { ...settings, execute_bash: written.shell }
  }
  acceptEdits(body, ext.permissionMode, left, notes)
  // MCP tools of servers the agent does not define come from the user's mcp.json, as Claude Code's come from its settings.
  const undefinedServers = written.servers.filter((s) => servers === undefined || !Object.hasOwn(servers, s))
  if (undefinedServers.length > 0 && body.useLegacyMcpJson === undefined && body.includeMcpJson === undefined) {
    body.useLegacyMcpJson = true
    notes.push({ rule: 'target-translated', data: { kind: 'mcp-json', servers: undefinedServers }, field: 'tools' })
  }
  const model = modelOf(agent, options, notes)
  if (model !== undefined) body.model = model
  for (const key of Object.keys(ext)) if (!HANDLED.has(key)) left.push({ key, invalid: false })
  if (left.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, field: left[0]!.key })
  // Q's schema (agent-v1.json) rejects Kiro's newer fields: an agent that has them does not point editors at it.
  if (beyondV1(body)) delete body.$schema
  return { body: ordered(body) }
}

/** Whether the agent uses a field Kiro added after Q CLI's agent-v1.json (configuration reference, 2026-02). */
function beyondV1(body: Record<string, unknown>): boolean {
  if (['includeMcpJson', 'keyboardShortcut', 'welcomeMessage'].some((key) => Object.hasOwn(body, key))) return true
  const resources = (body.resources ?? []) as unknown[]
  return resources.some((r) => typeof r !== 'string' || !r.startsWith('file://'))
}

/** The key order of Q CLI's struct, then Kiro's newer fields. */
const ORDER = ['$schema', 'name', 'description', 'prompt', 'mcpServers', 'tools', 'toolAliases', 'allowedTools', 'toolsSettings', 'resources', 'hooks', 'useLegacyMcpJson', 'includeMcpJson', 'model', 'keyboardShortcut', 'welcomeMessage']

function ordered(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of ORDER) if (Object.hasOwn(body, key)) setDataProperty(out, key, body[key])
  return out
}

/**
 * The source's MCP servers: a map of server → config (Kiro's and Claude Code's
 * inline form), or Claude Code's list of names and one-server maps. A server
 * named without its command or URL is reported, never invented.
 */
function serversOf(raw: unknown, left: Left[], notes: TargetMessage[]): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined
  const entries: [string, unknown][] = []
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (typeof item === 'string') notes.push({ rule: 'target-dropped', data: { kind: 'mcp-reference', server: item }, field: 'mcpServers', value: item })
      else if (item !== null && typeof item === 'object' && !Array.isArray(item)) entries.push(...Object.entries(item as Record<string, unknown>))
      else left.push({ key: 'mcpServers', invalid: true })
    }
  } else if (raw !== null && typeof raw === 'object') {
    entries.push(...Object.entries(raw as Record<string, unknown>))
  } else {
    left.push({ key: 'mcpServers', invalid: true })
    return undefined
  }
  const servers: Record<string, unknown> = {}
  for (const [name, config] of entries) {
    if (isMcpServer(config)) setDataProperty(servers, name, config)
    else notes.push({ rule: 'target-dropped', data: { kind: 'mcp-reference', server: name }, field: 'mcpServers', value: name })
  }
  return Object.keys(servers).length > 0 ? servers : undefined
}

/**
 * Claude Code's `permissionMode: plan` (read-only) as Kiro can say it: no
 * `fs_write`, `execute_bash` or `use_aws` in the tools (Kiro has no permission
 * modes); over every tool, Kiro's read-only built-in tools.
 */
function withPlan(tools: string[], mode: unknown, notes: TargetMessage[]): string[] {
  if (mode !== 'plan') return tools
  const every = tools.includes('*')
  notes.push({ rule: 'target-translated', data: { kind: 'plan', every }, field: 'permissionMode' })
  return (every ? [...READ_ONLY] : tools).filter((name) => !WRITERS.has(name))
}

/** `acceptEdits`: `fs_write` used without asking (`allowedTools`); `default` is Kiro's own behaviour; other modes have no equivalent. */
function acceptEdits(body: Record<string, unknown>, mode: unknown, left: Left[], notes: TargetMessage[]): void {
  if (mode === undefined || mode === 'default' || mode === 'plan') return
  const tools = body.tools as string[]
  if (mode === 'acceptEdits') {
    const name = tools.includes('write') ? 'write' : 'fs_write'
    if (!tools.includes(name) && !tools.includes('*')) return
    const allowed = (body.allowedTools as string[] | undefined) ?? []
    if (!allowed.includes(name)) body.allowedTools = [...allowed, name]
    notes.push({ rule: 'target-translated', data: { kind: 'permission-mode', mode }, field: 'permissionMode' })
    return
  }
  left.push({ key: 'permissionMode', invalid: true, noEquivalent: String(mode) })
}
