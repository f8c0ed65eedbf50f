/**
 * The model as opencode reads it: `provider/model` (docs/agents.mdx, "Model").
 * `--model` first, then `--model-map` (alias or id → `provider/model`), then the
 * source's own `provider/model`, then the table for Claude tiers, then a known
 * family's provider before a bare id. Without a model, or with `inherit`, the key
 * is left out: a subagent then runs on the model of the agent that called it.
 */
import type { Agent, ModelRef } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { modelList, modelMapEntry, othersLeftOut } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { MODEL_TABLE, PROVIDER_MODEL, PROVIDERS } from './tables.js'

export function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[]): string | undefined {
  if (options.model !== undefined) {
    if (PROVIDER_MODEL.test(options.model)) return options.model
    notes.push({ rule: 'target-dropped', data: { kind: 'model-option', model: options.model }, field: 'model' })
    return undefined
  }
  const model = agent.model
  if (!model) return undefined
  const list = modelList(model)
  for (const ref of list) {
    if (ref.tier === 'inherit') {
      if (list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'inherit', others: othersLeftOut(list, ref) }, field: 'model' })
      return undefined
    }
    const id = modelMapEntry(ref, options.modelMap, (value) => PROVIDER_MODEL.test(value), notes) ?? opencodeModel(ref)
    if (id === undefined) continue
    if (id !== ref.raw || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    return id
  }
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((r) => r.raw) }, field: 'model' })
  return undefined
}


function opencodeModel(ref: ModelRef): string | undefined {
  if (PROVIDER_MODEL.test(ref.raw)) return ref.raw
  const provider = ref.family === undefined ? undefined : getOwnValue(PROVIDERS, ref.family)
  if (provider === undefined) return undefined
  // A full id (`claude-sonnet-4-5-20250929`, `gpt-4.1`), or a display name as Copilot writes it (`GPT-4.1 (copilot)`).
  if (ref.family === 'anthropic') {
    // A full id as Claude Code writes it, else the tier's entry (`Claude Sonnet 4.5 (copilot)` → sonnet).
    if (/^claude-[a-z0-9.-]+$/.test(ref.raw) && /\d/.test(ref.raw)) return `${provider}/${ref.raw}`
    return ref.tier ? getOwnValue(MODEL_TABLE, ref.tier) : undefined
  }
  const id = ref.raw.replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase().replace(/\s+/g, '-')
  return /^[a-z0-9][a-z0-9.-]*$/.test(id) ? `${provider}/${id}` : undefined
}
