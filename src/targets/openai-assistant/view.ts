/**
 * OpenAI Assistants API v2 `CreateAssistantRequest`: `<out>/openai-assistant/<name>.json`.
 * Limits from the API reference: name ≤ 256, description ≤ 512, instructions ≤ 256,000,
 * tools ≤ 128, metadata ≤ 16 keys (key ≤ 64, value ≤ 512). The API was sunset on
 * 2026-08-26; the format lives on in archives, compatible servers and migrations.
 */
import type { Agent } from '../../model/agent.js'
import { modelList, othersLeftOut } from '../shared/model-list.js'
import { isHostOnly, noteHostOnly } from '../shared/host-tools.js'
import { localise } from '../shared/localise.js'
import { functionName, OPENAI_TOOLS, STANDARD_TOOLS, type AssistantTool, type FunctionTool } from './tools.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { LIMITS } from './tables.js'
import { DEFAULT_MODEL_MAP, firstOpenAIModel } from '../shared/openai-models.js'
import { examplesSection } from '../shared/examples.js'
import { setDataProperty, getOwnValue } from '../../text/own-keys.js'
import { clipUnits } from '../../text/clip.js'

export interface AssistantRequest {
  model: string
  name: string
  description: string
  instructions: string
  tools: AssistantTool[]
  temperature?: number
  top_p?: number
  metadata?: Record<string, string>
}

/** Sampling settings some dialects carry (opencode's `temperature`, `top_p`), with the API's ranges. */
const SAMPLING = {
  temperature: { names: ['temperature'], min: 0, max: 2 },
  top_p: { names: ['top_p', 'topP'], min: 0, max: 1 },
} as const

export interface OpenAIView {
  body: AssistantRequest
}

export function openaiView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): OpenAIView {
  const text = localise(agent, options.lang, notes)
  let instructions = text.prompt
  if (text.examples.length > 0) instructions += (instructions ? '\n\n' : '') + examplesSection(text.examples)
  const body: AssistantRequest = {
    model: modelOf(agent, options, notes),
    name: fit(text.title, LIMITS.name, 'name', notes),
    description: fit(text.description, LIMITS.description, 'description', notes),
    instructions: fit(instructions, LIMITS.instructions, 'instructions', notes),
    tools: toolsOf(agent, notes),
  }
  // Sampling settings go to their own fields when in range; otherwise they stay in metadata.
  const used = new Set<string>()
  for (const [field, { names, min, max }] of Object.entries(SAMPLING) as [keyof typeof SAMPLING, (typeof SAMPLING)[keyof typeof SAMPLING]][]) {
    const name = names.find((n) => Object.hasOwn(agent.extensions, n))
    const value = name === undefined ? undefined : agent.extensions[name]
    if (name !== undefined && typeof value === 'number' && value >= min && value <= max) {
      body[field] = value
      used.add(name)
    }
  }
  const metadata = metadataOf(agent, notes, used)
  if (Object.keys(metadata).length > 0) body.metadata = metadata
  return { body }
}

/** Shorten to `max` characters at a word boundary, with a note; never silently. */
function fit(text: string, max: number, field: string, notes: TargetMessage[]): string {
  if (text.length <= max) return text
  let cut = clipUnits(text, max - 1)
  const space = cut.search(/\s\S*$/)
  if (space > max * 0.6) cut = cut.slice(0, space)
  notes.push({ rule: 'target-truncated', data: { field, length: text.length, limit: max }, field })
  return cut.trimEnd() + '…'
}

function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[]): string {
  if (options.model) return options.model
  const map = { ...DEFAULT_MODEL_MAP, ...options.modelMap }
  const model = agent.model
  if (!model) {
    notes.push({ rule: 'target-defaulted', data: { kind: 'model-required', model: map.default! } })
    return map.default!
  }
  // The first model of the source's list that the table names, or that is an OpenAI model.
  const list = modelList(model)
  const found = firstOpenAIModel(list, map)
  if (found) {
    const { ref, id } = found
    if ((found.mapped && id !== ref.raw) || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    return id
  }
  const byTier = model.tier ? getOwnValue(map, model.tier) : undefined
  const chosen = byTier ?? map.default!
  const others = othersLeftOut(list, model)
  notes.push(
    byTier
      ? { rule: 'target-translated', data: { kind: 'model', raw: model.raw, id: chosen, others }, field: 'model' }
      : { rule: 'target-defaulted', data: { kind: 'model-unknown', raw: model.raw, chosen, others }, field: 'model' },
  )
  return chosen
}

function toolsOf(agent: Agent, notes: TargetMessage[]): AssistantTool[] {
  if (agent.tools.mode === 'none') return []
  const ids = agent.tools.mode === 'all' ? STANDARD_TOOLS : agent.tools.items.map((t) => t.id)
  if (agent.tools.mode === 'all') {
    notes.push({ rule: 'target-translated', data: { kind: 'every-tool', count: STANDARD_TOOLS.length } })
  }
  const tools: AssistantTool[] = []
  if (agent.tools.mode === 'list') noteHostOnly(agent, notes)
  const names = new Set<string>()
  const rawOf = (id: string) => agent.tools.items.find((tool) => tool.id === id)?.raw
  for (const id of ids) {
    const known = getOwnValue(OPENAI_TOOLS, id)
    let tool: FunctionTool
    if (/^mcp:(\*|[^/]*\/\*|[^/]*)$/.test(id)) {
      // A whole MCP server (or all of them): its tools and their arguments are not known here.
      notes.push({ rule: 'target-dropped', data: { kind: 'mcp-server', id }, field: 'tools', ...withValue(rawOf(id)) })
      continue
    }
    if (isHostOnly(id)) continue
    if (known) tool = known
    else {
      const name = functionName(id)
      tool = { type: 'function', function: { name, description: `The \`${id}\` tool of the source agent; its arguments are not known.`, parameters: { type: 'object', properties: {}, additionalProperties: true } } }
      notes.push({ rule: 'target-translated', data: { kind: 'function', id, name }, field: 'tools', ...withValue(rawOf(id)) })
    }
    const key = tool.function.name
    if (names.has(key)) continue
    names.add(key)
    tools.push(tool)
  }
  if (tools.length > LIMITS.tools) {
    notes.push({ rule: 'target-dropped', data: { kind: 'tool-limit', count: tools.length, limit: LIMITS.tools }, field: 'tools' })
    tools.length = LIMITS.tools
  }
  return tools
}

/** What has no field of its own: colour, triggers, extensions; as strings, within the limits. */
function metadataOf(agent: Agent, notes: TargetMessage[], used: Set<string>): Record<string, string> {
  const entries: [string, string][] = []
  if (agent.model) entries.push(['source_model', agent.model.raw])
  if (agent.color) entries.push(['color', agent.color])
  const kinds = [...new Set(agent.triggers.map((t) => t.kind))]
  for (const kind of kinds) {
    const values = agent.triggers.filter((t) => t.kind === kind).map((t) => (t.note ? `${t.value} (${t.note})` : t.value))
    entries.push([`triggers_${kind}`, values.join(', ')])
  }
  for (const [key, value] of Object.entries(agent.extensions)) {
    if (used.has(key)) continue
    entries.push([key, typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)])
  }
  const metadata: Record<string, string> = {}
  const dropped: string[] = []
  for (const [rawKey, value] of entries) {
    const key = clipUnits(rawKey, LIMITS.metadataKey)
    if (Object.keys(metadata).length >= LIMITS.metadataKeys || Object.hasOwn(metadata, key)) {
      dropped.push(rawKey)
      continue
    }
    if (value.length > LIMITS.metadataValue) {
      notes.push({ rule: 'target-truncated', data: { field: key, length: value.length, limit: LIMITS.metadataValue, metadata: true }, field: rawKey })
    }
    setDataProperty(metadata, key, value.length > LIMITS.metadataValue ? clipUnits(value, LIMITS.metadataValue - 1) + '…' : value)
  }
  if (dropped.length > 0) {
    notes.push({ rule: 'target-dropped', data: { kind: 'metadata-keys', limit: LIMITS.metadataKeys, keys: dropped }, field: dropped[0]! })
  }
  return metadata
}

/** `{ value }` for a note, when there is one. */
function withValue(value: string | undefined): { value?: string } {
  return value === undefined ? {} : { value }
}
