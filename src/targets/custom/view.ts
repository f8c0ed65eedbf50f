/**
 * The template context of a custom target: the model's fields, in the language
 * `--lang` selects, with tools and model through the definition's tables. It is
 * documented in the README ("Custom targets"); what a template does not use is the
 * template author's choice, so only the tables' gaps are reported.
 */
import type { Agent, Example, Trigger } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { CLAUDE_TOOLS } from '../../vocabulary/tools.js'
import { exampleBlock } from '../shared/examples.js'
import { localise } from '../shared/localise.js'
import { modelList, othersLeftOut } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import type { CustomTargetDefinition } from './definition.js'

export interface CustomView {
  /** Kebab-case id (the output's file name). */
  name: string
  title: string
  description: string
  prompt: string
  /** Each example with its `<example>` block as `raw`. */
  examples: (Example & { raw: string })[]
  triggers: Trigger[]
  /** `all`, `none` or `list`; with `list`, `tools` holds the names. */
  toolMode: 'all' | 'none' | 'list'
  /** The tools' names: through the `tools` table when there is one, else Claude Code's names (as written for tools it does not know). */
  tools: string[]
  /** The model: `--model`, `--model-map`, the `models` table, else as written. Absent when there is none or it has no entry. */
  model?: string
  color?: string
  /** The source's keys the model has no field for, as written. */
  extensions: Record<string, unknown>
  source: { path: string; dialect: string }
}

export function customView(agent: Agent, options: EmitOptions, notes: TargetMessage[], definition: CustomTargetDefinition): CustomView {
  const text = localise(agent, options.lang, notes)
  const model = modelOf(agent, options, notes, definition)
  return {
    name: agent.name,
    title: text.title,
    description: text.description,
    prompt: text.prompt,
    examples: text.examples.map((example) => ({ ...example, raw: exampleBlock(example) })),
    triggers: agent.triggers,
    toolMode: agent.tools.mode,
    tools: toolsOf(agent, notes, definition),
    ...(model !== undefined ? { model } : {}),
    ...(agent.color !== undefined ? { color: agent.color } : {}),
    extensions: agent.extensions,
    source: { path: agent.source.path, dialect: agent.source.dialect },
  }
}

const claudeName = (id: string): string | undefined => Object.keys(CLAUDE_TOOLS).find((name) => CLAUDE_TOOLS[name] === id)

function toolsOf(agent: Agent, notes: TargetMessage[], definition: CustomTargetDefinition): string[] {
  if (agent.tools.mode !== 'list') return []
  const table = definition.tools
  const names: string[] = []
  for (const tool of agent.tools.items) {
    const claude = claudeName(tool.id)
    if (!table) {
      names.push(claude ?? tool.raw)
      continue
    }
    const name = getOwnValue(table, tool.id) ?? (claude === undefined ? undefined : getOwnValue(table, claude)) ?? getOwnValue(table, tool.raw)
    if (name === undefined) notes.push({ rule: 'target-dropped', data: { kind: 'table-tool', tool: tool.raw }, field: 'tools', value: tool.raw })
    else if (!names.includes(name)) names.push(name)
  }
  return names
}

function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[], definition: CustomTargetDefinition): string | undefined {
  if (options.model !== undefined) return options.model
  if (!agent.model) return undefined
  const list = modelList(agent.model)
  for (const ref of list) {
    const keys = [ref.raw, ref.raw.toLowerCase(), ...(ref.tier ? [ref.tier] : [])]
    const mapped = keys.map((key) => getOwnValue(options.modelMap, key) ?? (definition.models ? getOwnValue(definition.models, key) : undefined)).find((v) => v !== undefined)
    const id = mapped ?? (definition.models ? undefined : ref.raw)
    if (id === undefined) continue
    if (id !== ref.raw || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    return id
  }
  notes.push({ rule: 'target-dropped', data: { kind: 'table-model', models: list.map((r) => r.raw) }, field: 'model' })
  return undefined
}
