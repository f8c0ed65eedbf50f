/**
 * Gemini CLI's reading of an agent file (packages/core/src/agents/agentLoader.ts,
 * google-gemini/gemini-cli 5411f113, 2026-08-21): frontmatter between `---` lines as
 * strict YAML, then the local-agent zod schema, which is `.strict()`: no key outside
 * its own, `name` a slug, `description` non-empty, every tool name valid
 * (isValidToolName with wildcards), `mcp_servers` a map of server objects (their
 * unknown keys would be dropped, so none may be written), `temperature` a number,
 * `max_turns` and `timeout_mins` positive integers. The JSON Schema check is
 * scripts/validate.mjs.
 */
import { readAgentOutput } from '../shared/frontmatter-output.js'
import { FRONTMATTER_KEYS, isValidToolName, MCP_SERVER_KEYS, NAME_PATTERN } from './tables.js'

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const positiveInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 1

export function checkGemini(text: string): string[] {
  const read = readAgentOutput(text)
  if (!('data' in read)) return read.problems
  const { data: fm, problems } = read
  for (const key of Object.keys(fm)) if (!FRONTMATTER_KEYS.has(key)) problems.push(`unknown key \`${key}\` (the loader is strict)`)
  if (typeof fm.name !== 'string' || !NAME_PATTERN.test(fm.name)) problems.push('name is not a slug of a-z, 0-9, - and _')
  if (fm.kind !== undefined && fm.kind !== 'local') problems.push('kind is not local')
  for (const key of ['display_name', 'model']) if (fm[key] !== undefined && typeof fm[key] !== 'string') problems.push(`${key} is not a string`)
  if (fm.tools !== undefined) {
    if (!Array.isArray(fm.tools)) problems.push('tools is not a list')
    else for (const name of fm.tools) if (typeof name !== 'string' || !isValidToolName(name)) problems.push(`tools: \`${String(name)}\` is not a valid tool name`)
  }
  if (fm.temperature !== undefined && !(typeof fm.temperature === 'number' && Number.isFinite(fm.temperature))) problems.push('temperature is not a number')
  for (const key of ['max_turns', 'timeout_mins']) if (fm[key] !== undefined && !positiveInt(fm[key])) problems.push(`${key} is not a positive integer`)
  if (fm.mcp_servers !== undefined) {
    if (!isRecord(fm.mcp_servers)) problems.push('mcp_servers is not a map')
    else {
      for (const [name, server] of Object.entries(fm.mcp_servers)) {
        if (!isRecord(server)) problems.push(`mcp_servers.${name} is not a map`)
        else for (const key of Object.keys(server)) if (!Object.hasOwn(MCP_SERVER_KEYS, key)) problems.push(`mcp_servers.${name}: unknown key \`${key}\``)
      }
    }
  }
  return problems
}
