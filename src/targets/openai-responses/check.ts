/**
 * The request as the Responses API would take it: JSON, keys of `CreateResponse`, a
 * model, flat function tools with a valid name, `parameters` and `strict` (and, when
 * strict, parameters strict mode accepts), metadata within the spec's limits, sampling
 * in range, a known effort. The JSON Schema check is scripts/validate.mjs.
 */
import { FUNCTION_NAME, METADATA_LIMITS } from '../shared/openai-tables.js'
import { EFFORTS } from './tables.js'

/** The keys agentdef may write; the API takes more (`input`, `text`, `tool_choice`…) that a template has no use for. */
const KEYS = new Set(['model', 'instructions', 'tools', 'reasoning', 'temperature', 'top_p', 'metadata'])

export function checkResponses(text: string): string[] {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`]
  }
  if (!isRecord(body)) return ['not a JSON object']
  const problems: string[] = []
  for (const key of Object.keys(body)) if (!KEYS.has(key)) problems.push(`unexpected key ${key}`)
  if (typeof body.model !== 'string' || body.model === '') problems.push('model is not a non-empty string')
  if (body.instructions !== undefined && typeof body.instructions !== 'string') problems.push('instructions is not a string')
  const range = (key: string, max: number) => {
    const v = body[key]
    if (v !== undefined && !(typeof v === 'number' && v >= 0 && v <= max)) problems.push(`${key} is not a number from 0 to ${max}`)
  }
  range('temperature', 2)
  range('top_p', 1)
  if (body.reasoning !== undefined && !(isRecord(body.reasoning) && (EFFORTS as readonly unknown[]).includes(body.reasoning.effort))) problems.push('reasoning.effort is not a known effort')
  if (body.tools !== undefined && !Array.isArray(body.tools)) problems.push('tools is not a list')
  const names = new Set<string>()
  for (const tool of Array.isArray(body.tools) ? (body.tools as unknown[]) : []) {
    if (!isRecord(tool) || tool.type !== 'function') {
      problems.push('a tool is not a function tool')
      continue
    }
    const name = typeof tool.name === 'string' ? tool.name : ''
    if (!FUNCTION_NAME.test(name)) problems.push(`bad function name ${JSON.stringify(tool.name)}`)
    if (names.has(name)) problems.push(`function ${name} declared twice`)
    names.add(name)
    if ('function' in tool) problems.push(`function ${name} is nested (the Assistants shape), not flat`)
    if (!isRecord(tool.parameters)) problems.push(`function ${name} has no parameters object`)
    if (typeof tool.strict !== 'boolean') problems.push(`function ${name} has no strict flag`)
    else if (tool.strict && isRecord(tool.parameters)) problems.push(...strictProblems(tool.parameters, `function ${name} parameters`))
  }
  if (body.metadata !== undefined) {
    if (!isRecord(body.metadata)) problems.push('metadata is not an object')
    else {
      if (Object.keys(body.metadata).length > METADATA_LIMITS.keys) problems.push(`metadata has more than ${METADATA_LIMITS.keys} keys`)
      for (const [k, v] of Object.entries(body.metadata)) {
        if (k.length > METADATA_LIMITS.key || typeof v !== 'string' || v.length > METADATA_LIMITS.value) problems.push(`bad metadata entry ${k}`)
      }
    }
  }
  return problems
}

/** Strict mode's rules for a schema: each object has `additionalProperties: false` and requires every property. */
export function strictProblems(schema: Record<string, unknown>, where: string): string[] {
  const problems: string[] = []
  if (schema.type === 'array' && isRecord(schema.items)) problems.push(...strictProblems(schema.items, `${where}.items`))
  if (schema.type !== 'object') return problems
  const properties = isRecord(schema.properties) ? schema.properties : {}
  const required = Array.isArray(schema.required) ? schema.required : []
  if (schema.additionalProperties !== false) problems.push(`${where}: strict mode needs additionalProperties false`)
  for (const [key, value] of Object.entries(properties)) {
    if (!required.includes(key)) problems.push(`${where}: strict mode needs ${key} required`)
    if (isRecord(value)) problems.push(...strictProblems(value, `${where}.${key}`))
  }
  return problems
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
