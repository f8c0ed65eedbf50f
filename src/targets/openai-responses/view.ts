/**
 * OpenAI Responses API request template (`POST /v1/responses` body without `input`):
 * `<out>/openai-responses/<name>.json`. Fields per `CreateResponse` in
 * openai/openai-openapi openapi.yaml (2026-08-21): `model`, `instructions`, `tools` (flat
 * function tools: `{ type, name, description, parameters, strict }`, where `parameters`
 * and `strict` are required), `reasoning.effort`, `temperature`, `top_p`, `metadata`.
 * The Responses API has no name or description: agentdef writes them into `metadata`
 * (`name`, `title`, `description`), beside what the Assistants target keeps there.
 */
import type { Agent } from '../../model/agent.js'
import { toTitle } from '../../normalise/names.js'
import { examplesSection, noteExamplesSection } from '../shared/examples.js'
import { localise } from '../shared/localise.js'
import { functionsHeld, functionsOf } from '../shared/openai-functions.js'
import { metadataOf, openaiModel, samplingOf } from '../shared/openai-request.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { strictProblems } from './check.js'
import { EFFORT_KEYS, EFFORTS, isReasoningModel } from './tables.js'

export interface ResponsesFunctionTool {
  type: 'function'
  name: string
  description: string
  parameters: Record<string, unknown>
  strict: boolean
}

export interface ResponsesRequest {
  model: string
  instructions: string
  tools: ResponsesFunctionTool[]
  reasoning?: { effort: (typeof EFFORTS)[number] }
  temperature?: number
  top_p?: number
  metadata?: Record<string, string>
}

export interface ResponsesView {
  body: ResponsesRequest
}

export function responsesView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): ResponsesView {
  const text = localise(agent, options.lang, notes)
  let instructions = text.prompt
  if (text.examples.length > 0) {
    instructions += (instructions ? '\n\n' : '') + examplesSection(text.examples)
    noteExamplesSection(text.examples, notes)
  }
  const model = openaiModel(agent, options, notes)
  const declared = functionsOf(agent, notes)
  const body: ResponsesRequest = {
    model,
    instructions,
    tools: declared.map(({ definition, from, strict }) => ({
      type: 'function',
      ...definition,
      // Strict mode needs every property of every object required (an optional one nullable) and
      // no other ("Strict mode", platform.openai.com/docs/guides/function-calling?api-mode=responses,
      // as OpenAI's Python SDK quotes it, 2026): the table's functions are written so; a function
      // whose arguments are not known cannot be strict; a source's own keeps its flag.
      ...(from === 'table' ? { parameters: strictParameters(definition.parameters), strict: true } : { strict: from === 'source' && strict === true && strictProblems(definition.parameters, '').length === 0 }),
    })),
  }
  const { sampling, used } = samplingOf(agent)
  // The definitions of an OpenAI source's own functions are in the tools above.
  if (functionsHeld(agent, declared)) used.add('functions')
  const reasoning = isReasoningModel(model)
  const effortKey = EFFORT_KEYS.find((key) => Object.hasOwn(agent.extensions, key))
  const effort = effortKey === undefined ? undefined : agent.extensions[effortKey]
  if (effortKey !== undefined && typeof effort === 'string' && (EFFORTS as readonly string[]).includes(effort)) {
    if (reasoning) {
      body.reasoning = { effort: effort as (typeof EFFORTS)[number] }
      used.add(effortKey)
    } else notes.push({ rule: 'target-translated', data: { kind: 'sampling', key: effortKey, model, reasoning: false }, field: effortKey })
  }
  for (const [field, value] of Object.entries(sampling) as [keyof typeof sampling, number][]) {
    if (!reasoning) {
      body[field] = value
      continue
    }
    // Not sent to a reasoning model, which rejects it; kept in metadata with a note.
    const key = [...used].find((k) => k === field || (field === 'top_p' && k === 'topP'))!
    used.delete(key)
    notes.push({ rule: 'target-translated', data: { kind: 'sampling', key, model, reasoning: true }, field: key })
  }
  const leading: [string, string][] = [['name', agent.name]]
  if (text.title !== toTitle(agent.name)) leading.push(['title', text.title])
  if (text.description.trim() !== '') leading.push(['description', text.description])
  const metadata = metadataOf(agent, notes, used, model, leading)
  if (Object.keys(metadata).length > 0) body.metadata = metadata
  return { body }
}

/**
 * A JSON Schema for strict mode: every object lists all its properties as required and
 * allows no other; a property that was optional may be null instead.
 */
export function strictParameters(schema: Record<string, unknown>): Record<string, unknown> {
  if (schema.type === 'array' && isRecord(schema.items)) return { ...schema, items: strictParameters(schema.items) }
  if (schema.type !== 'object' || !isRecord(schema.properties)) return schema
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : [])
  const properties: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema.properties)) {
    const strict = isRecord(value) ? strictParameters(value) : value
    if (required.has(key) || !isRecord(strict) || typeof strict.type !== 'string') properties[key] = strict
    else properties[key] = { ...strict, type: [strict.type, 'null'], ...(Array.isArray(strict.enum) ? { enum: [...(strict.enum as unknown[]), null] } : {}) }
  }
  return { ...schema, properties, required: Object.keys(properties), additionalProperties: false }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
