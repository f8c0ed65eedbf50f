/**
 * MCP servers a source defines for its agent, as Gemini CLI's `mcp_servers` (servers
 * isolated to the subagent; agentLoader.ts mcpServerSchema, google-gemini/gemini-cli
 * 5411f113, 2026-08-21). Read from a Gemini source's `mcp_servers`, a Copilot
 * source's `mcp-servers` (github/docs custom-agents-configuration.md, 2026: the MCP
 * JSON config, `type: local|stdio|http|sse`, `tools`) and Claude Code's `mcpServers`
 * (a list of server names or `{ name: config }`, or a map). A server named only (a
 * server configured elsewhere) and a key Gemini has no field for are reported: the
 * loader's server object drops unknown keys without a word.
 */
import { getOwnValue, setDataProperty } from '../../text/own-keys.js'
import { MCP_KEY_SPELLINGS, MCP_SERVER_KEYS } from './tables.js'

/** The source keys that hold MCP servers. */
export const MCP_SOURCE_KEYS: readonly string[] = ['mcp_servers', 'mcp-servers', 'mcpServers']

type Record_ = Record<string, unknown>
const isRecord = (v: unknown): v is Record_ => v !== null && typeof v === 'object' && !Array.isArray(v)
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string')
const isStringRecord = (v: unknown) => isRecord(v) && Object.values(v).every((s) => typeof s === 'string')

/** The servers written and the source paths (`mcp-servers.github.tools`) left out. */
export function mcpServersOf(key: string, value: unknown): { servers: Record_; left: string[] } {
  const servers: Record_ = {}
  const left: string[] = []
  const entries: [string, unknown][] = []
  if (Array.isArray(value)) {
    value.forEach((entry, i) => {
      if (isRecord(entry)) entries.push(...Object.entries(entry))
      else left.push(typeof entry === 'string' ? `${key}.${entry}` : `${key}[${i}]`)
    })
  } else if (isRecord(value)) entries.push(...Object.entries(value))
  else return { servers, left: [key] }
  for (const [name, config] of entries) {
    const server = isRecord(config) ? serverOf(config, `${key}.${name}`, left) : undefined
    if (server === undefined) left.push(`${key}.${name}`)
    else setDataProperty(servers, name, server)
  }
  return { servers, left }
}

/** One server's config under Gemini's keys, or undefined when nothing of it can be written. */
function serverOf(config: Record_, path: string, left: string[]): Record_ | undefined {
  const server: Record_ = {}
  for (const [raw, v] of Object.entries(config)) {
    const key = getOwnValue(MCP_KEY_SPELLINGS, raw) ?? raw
    const value = key === 'type' ? transportOf(v) : key === 'include_tools' && isStrings(v) && v.includes('*') ? null : v
    // Copilot's `type: local|stdio` is what a `command` says; `tools: ["*"]` is every tool, Gemini's default.
    if (value === null) continue
    if (!accepts(key, value) || Object.hasOwn(server, key)) {
      left.push(`${path}.${raw}`)
      continue
    }
    setDataProperty(server, key, value)
  }
  return server.command !== undefined || server.url !== undefined || server.http_url !== undefined || server.tcp !== undefined ? server : undefined
}

/** Gemini's `type` is the HTTP transport (`sse` or `http`); a local server has none. */
function transportOf(v: unknown): unknown {
  if (v === 'local' || v === 'stdio') return null
  if (v === 'streamable-http' || v === 'streamableHttp') return 'http'
  return v
}

function accepts(key: string, value: unknown): boolean {
  switch (getOwnValue(MCP_SERVER_KEYS, key)) {
    case 'string':
      return typeof value === 'string'
    case 'strings':
      return isStrings(value)
    case 'record':
      return isStringRecord(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'type':
      return value === 'sse' || value === 'http'
    case 'auth':
      return isRecord(value) && (value.type === 'google-credentials' || value.type === 'oauth')
    default:
      return false
  }
}
