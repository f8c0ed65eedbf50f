/**
 * MCP servers an agent brings with it, as Codex's `mcp_servers` table. Codex
 * declares a server by how to reach it (`RawMcpServerConfig`, openai/codex
 * codex-rs/config/src/mcp_types.rs, 2026): `command`, `args`, `env`, `cwd` for a
 * local (stdio) server; `url`, `http_headers`, `bearer_token_env_var` for a
 * streamable HTTP one; no other key. So:
 * - a Codex source's `mcp_servers` is written back when each server has `command` or `url`;
 * - Claude Code's `mcpServers` list (code.claude.com docs, "subagents": each item a
 *   server name, or `{ name: <.mcp.json config> }`) → a stdio config as
 *   `command`/`args`/`env`, an `http` one as `url`/`http_headers`. A name alone
 *   (a server configured elsewhere), an `sse` or `ws` server, or any other shape
 *   is reported: Codex has no equivalent.
 */
type Table = Record<string, unknown>
const isTable = (v: unknown): v is Table => v !== null && typeof v === 'object' && !Array.isArray(v)
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string')
const isStringMap = (v: unknown): v is Record<string, string> => isTable(v) && Object.values(v).every((s) => typeof s === 'string')

/** A key left out: `invalid`, not a shape Codex reads; `noEquivalent`, what Codex has no equivalent for. */
export type Left = { key: string; invalid: boolean; noEquivalent?: string }

/** The servers Codex can declare, and those (`mcp_servers`, `mcpServers[n]`, `mcpServers.<name>`) it cannot. */
export function mcpServersOf(extensions: Table): { servers: Record<string, Table> | undefined; left: Left[] } {
  const servers: Record<string, Table> = {}
  const left: Left[] = []
  const own = extensions.mcp_servers
  if (own !== undefined) {
    if (isTable(own) && Object.keys(own).length > 0 && Object.values(own).every((s) => isTable(s) && (typeof s.command === 'string' || typeof s.url === 'string'))) Object.assign(servers, own)
    else left.push({ key: 'mcp_servers', invalid: true })
  }
  const claude = extensions.mcpServers
  if (claude !== undefined) {
    const items = Array.isArray(claude) ? claude : [claude]
    items.forEach((item, index) => {
      // A name alone: a server configured in Claude Code's own settings, which Codex does not read.
      if (typeof item === 'string') return left.push({ key: `mcpServers[${index}]`, invalid: false, noEquivalent: item })
      const entries = isTable(item) ? Object.entries(item) : []
      if (entries.length === 0) left.push({ key: `mcpServers[${index}]`, invalid: true })
      for (const [name, config] of entries) {
        const server = fromClaude(config)
        if (server && !Object.hasOwn(servers, name)) Object.defineProperty(servers, name, { value: server, enumerable: true, writable: true, configurable: true })
        else left.push({ key: `mcpServers.${name}`, invalid: true, ...(isTable(config) && typeof config.type === 'string' && config.type !== 'stdio' && config.type !== 'http' ? { noEquivalent: config.type } : {}) })
      }
    })
  }
  return { servers: Object.keys(servers).length > 0 ? servers : undefined, left }
}

/** One `.mcp.json` server as Codex declares it, or undefined when Codex has no equivalent. */
function fromClaude(config: unknown): Table | undefined {
  if (!isTable(config)) return undefined
  const type = config.type ?? (config.command !== undefined ? 'stdio' : undefined)
  if (type === 'stdio' && typeof config.command === 'string' && config.command.trim() !== '') {
    if ((config.args !== undefined && !isStrings(config.args)) || (config.env !== undefined && !isStringMap(config.env))) return undefined
    return { command: config.command, ...(config.args ? { args: config.args } : {}), ...(config.env ? { env: config.env } : {}) }
  }
  if (type === 'http' && typeof config.url === 'string' && config.url.trim() !== '') {
    if (config.headers !== undefined && !isStringMap(config.headers)) return undefined
    return { url: config.url, ...(config.headers ? { http_headers: config.headers } : {}) }
  }
  return undefined
}
