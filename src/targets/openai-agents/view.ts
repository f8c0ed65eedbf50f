/**
 * OpenAI Agents SDK (JS): `<out>/openai-agents/<name>.ts`, a TypeScript module
 * that builds an `Agent` (`import { Agent, tool } from '@openai/agents'`) and
 * exports it by name and as default. Fields per AgentConfiguration
 * (openai/openai-agents-js packages/agents-core/src/agent.ts, 2026; the published
 * types of @openai/agents 0.14.3, and 0.20.0 by `npm run clients`): `name`, `instructions`, `handoffDescription`,
 * `model`, `modelSettings`, `tools`. Tools are function tools
 * (`tool({ name, description, parameters, execute })`) with JSON Schema parameters,
 * so the module needs no zod; each `execute` is left to the user and throws until
 * written. Every value is a literal from JSON.stringify (see code.ts).
 */
import type { Agent } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { delegationDescription } from '../shared/description.js'
import { noteHostOnly, isHostOnly } from '../shared/host-tools.js'
import { localise } from '../shared/localise.js'
import { modelList, othersLeftOut } from '../shared/model-list.js'
import { OPENAI_FUNCTIONS } from '../shared/openai-functions.js'
import { functionName, STANDARD_TOOLS } from '../../vocabulary/openai-functions.js'
import { noteStaleModel } from '../shared/catalog-note.js'
import { DEFAULT_MODEL_MAP, firstOpenAIModel } from '../shared/openai-models.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { identifier, jsonLiteral, textLiteral, uniqueIdentifiers } from './code.js'
import { EFFORT_NAMES, EFFORTS, isReasoningModel, SAMPLING, TIERS } from './tables.js'

export interface AgentsTool {
  /** The `const` the tool is declared as. */
  identifier: string
  /** The function name, `[a-zA-Z0-9_-]{1,64}` (safe in a comment). */
  functionName: string
  /** Literals: */
  name: string
  description: string
  parameters: string
  notImplemented: string
  /** Open parameters (a tool whose arguments are not known) need `strict: false`. */
  strict: boolean
}

export interface OpenAIAgentsView {
  identifier: string
  /** The `Agent`'s fields but `tools`, in order: a fixed key and its literal. */
  config: { key: string; value: string }[]
  tools: AgentsTool[]
}

const INDENT = '  '

export function openaiAgentsView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): OpenAIAgentsView {
  const text = localise(agent, options.lang, notes)
  const description = delegationDescription(agent, text.prompt, options.lang, notes)
  // The SDK throws on a blank name (`Agent must have a name.`).
  const name = text.title.trim() === '' ? agent.name : text.title
  const config: OpenAIAgentsView['config'] = [
    { key: 'name', value: JSON.stringify(name) },
    { key: 'instructions', value: textLiteral(text.prompt, INDENT) },
    { key: 'handoffDescription', value: textLiteral(description, INDENT) },
  ]
  const model = modelOf(agent, options, notes)
  if (model !== undefined) config.push({ key: 'model', value: JSON.stringify(model) })
  const { settings, used } = settingsOf(agent, model, notes)
  // `permissionMode: plan` (read-only): the SDK has no mode of its own, so the tools that edit or run are not declared.
  const plan = agent.extensions.permissionMode === 'plan'
  if (plan || agent.extensions.permissionMode === 'default') used.add('permissionMode')
  // Written only when there is something to set: `modelSettings` replaces the SDK's defaults for the model as a whole.
  if (Object.keys(settings).length > 0) config.push({ key: 'modelSettings', value: jsonLiteral(settings, INDENT) })
  leftOut(agent, used, notes)
  return { identifier: identifier(agent.name, 'Agent'), config, tools: toolsOf(agent, plan, notes) }
}

/**
 * `--model`; a model of the source's list the table (with `--model-map`) names or
 * that is an OpenAI model; a Claude tier's table entry. None, and `inherit`, leave
 * the key out: the SDK then runs the agent on the run's model (its default, or
 * `OPENAI_DEFAULT_MODEL`), as a subagent without a model runs on its caller's.
 */
function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[]): string | undefined {
  if (options.model) return options.model
  const map: Record<string, string> = { ...Object.fromEntries(TIERS.map((tier) => [tier, DEFAULT_MODEL_MAP[tier]!])), ...options.modelMap }
  const model = agent.model
  if (!model) return getOwnValue(options.modelMap, 'default')
  const list = modelList(model)
  const found = firstOpenAIModel(list, map)
  if (found) {
    const { ref, id } = found
    if ((found.mapped && id !== ref.raw) || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    if (!found.mapped) noteStaleModel(id, notes)
    return id
  }
  if (model.tier === 'inherit') return undefined
  const byTier = model.tier ? getOwnValue(map, model.tier) : undefined
  if (byTier !== undefined) {
    notes.push({ rule: 'target-translated', data: { kind: 'model', raw: model.raw, id: byTier, others: othersLeftOut(list, model) }, field: 'model' })
    return byTier
  }
  // A foreign model is reported, never copied: the SDK would send it to OpenAI.
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((r) => r.raw) }, field: 'model' })
  return undefined
}

/** `temperature`, `topP` and `reasoning.effort` from the source, where the model takes them. */
function settingsOf(agent: Agent, model: string | undefined, notes: TargetMessage[]): { settings: Record<string, unknown>; used: Set<string> } {
  const settings: Record<string, unknown> = {}
  const used = new Set<string>()
  const reasoning = model !== undefined && isReasoningModel(model)
  for (const { key, names, min, max } of SAMPLING) {
    const source = names.find((n) => Object.hasOwn(agent.extensions, n))
    if (source === undefined) continue
    const value = agent.extensions[source]
    if (typeof value !== 'number' || value < min || value > max) continue
    used.add(source)
    if (reasoning) notes.push({ rule: 'target-dropped', data: { kind: 'model-setting', key: source, value: String(value), model: model!, reasoning }, field: source })
    else settings[key] = value
  }
  const source = EFFORT_NAMES.find((n) => Object.hasOwn(agent.extensions, n))
  const effort = source === undefined ? undefined : agent.extensions[source]
  if (source !== undefined && typeof effort === 'string' && EFFORTS.has(effort)) {
    used.add(source)
    if (model !== undefined && !reasoning) notes.push({ rule: 'target-dropped', data: { kind: 'model-setting', key: source, value: effort, model, reasoning }, field: source })
    else settings.reasoning = { effort }
  }
  return { settings, used }
}

/** What the SDK has no field for: the colour, and every extension not written. */
function leftOut(agent: Agent, used: ReadonlySet<string>, notes: TargetMessage[]): void {
  if (agent.color !== undefined) notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: agent.color }, field: 'color' })
  const left = Object.keys(agent.extensions).filter((key) => !used.has(key))
  if (left.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left.map((key) => ({ key, invalid: false })) }, field: left[0]! })
}

/** Tools that change files or run commands: left out for a read-only (`plan`) agent. */
const WRITING = new Set(['write', 'edit', 'multi-edit', 'shell', 'notebook'])

/** Function tools as the Assistants target declares them; unknown and MCP tools with open parameters. */
function toolsOf(agent: Agent, plan: boolean, notes: TargetMessage[]): AgentsTool[] {
  if (agent.tools.mode === 'none') return []
  if (agent.tools.mode === 'all') notes.push({ rule: 'target-translated', data: { kind: 'every-tool', count: STANDARD_TOOLS.length } })
  else noteHostOnly(agent, notes)
  let ids = agent.tools.mode === 'all' ? STANDARD_TOOLS : agent.tools.items.map((t) => t.id)
  if (plan) {
    notes.push({ rule: 'target-translated', data: { kind: 'plan', every: agent.tools.mode === 'all' }, field: 'permissionMode' })
    ids = ids.filter((id) => !WRITING.has(id) && !id.startsWith('Bash('))
  }
  const rawOf = (id: string) => agent.tools.items.find((t) => t.id === id)?.raw
  const unique = uniqueIdentifiers()
  const names = new Set<string>()
  const tools: AgentsTool[] = []
  for (const id of ids) {
    if (isHostOnly(id)) continue
    const value = rawOf(id)
    if (/^mcp:(\*|[^/]*\/\*|[^/]*)$/.test(id)) {
      // A whole MCP server: its tools and their arguments are not known here.
      notes.push({ rule: 'target-dropped', data: { kind: 'mcp-server', id }, field: 'tools', ...(value !== undefined ? { value } : {}) })
      continue
    }
    const known = getOwnValue(OPENAI_FUNCTIONS, id)
    const fn = known ?? { name: functionName(id), description: `The \`${id}\` tool of the source agent; its arguments are not known.`, parameters: { type: 'object', properties: {}, required: [], additionalProperties: true } }
    if (!known) notes.push({ rule: 'target-translated', data: { kind: 'function', id, name: fn.name }, field: 'tools', ...(value !== undefined ? { value } : {}) })
    if (names.has(fn.name)) continue
    names.add(fn.name)
    tools.push({
      identifier: unique(fn.name, 'Tool'),
      functionName: fn.name,
      name: JSON.stringify(fn.name),
      description: JSON.stringify(fn.description),
      parameters: jsonLiteral(fn.parameters, INDENT),
      notImplemented: JSON.stringify(`not implemented: ${fn.name}`),
      strict: known !== undefined,
    })
  }
  return tools
}
