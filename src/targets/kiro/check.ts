/**
 * Kiro CLI's reading of an agent file: JSON (serde_json), an object with only the
 * keys its struct knows (`deny_unknown_fields`, the newer Kiro fields included), a
 * `name` (required; Q CLI's agent names are `^[a-zA-Z0-9][a-zA-Z0-9_-]*$`), and
 * each field of its type (fields.ts). The JSON Schema check is scripts/validate.mjs.
 */
import { getOwnValue } from '../../text/own-keys.js'
import { FIELD_SHAPES } from './fields.js'
import { AGENT_KEYS } from './tables.js'

export function checkKiro(text: string): string[] {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return ['output holds CR or a byte-order mark']
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`]
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return ['not a JSON object']
  const agent = data as Record<string, unknown>
  const problems: string[] = []
  for (const key of Object.keys(agent)) if (!AGENT_KEYS.has(key)) problems.push(`unknown key ${key}`)
  if (typeof agent.name !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9_-]*$/.test(agent.name)) problems.push('name is not an agent name')
  for (const [key, value] of Object.entries(agent)) {
    const shape = getOwnValue(FIELD_SHAPES, key)
    if (shape && !shape(value)) problems.push(`${key} does not have the type Kiro reads`)
  }
  return problems
}
