/**
 * The model as Gemini CLI reads it (agentLoader.ts `model`, default `inherit`;
 * google-gemini/gemini-cli 5411f113, 2026-08-21): a Gemini model id or one of the
 * CLI's aliases. `--model` first, then `--model-map` (alias or id → a Gemini model),
 * then the source's own Gemini model (without a `google/` prefix), then the table for
 * Claude tiers. `inherit` and none leave the key out (the session's model). Any other
 * model (another vendor's, a retired Gemini) is reported, never copied.
 */
import type { Agent, ModelRef } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { modelList, modelMapEntry, othersLeftOut } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { isGeminiModel, MODEL_TABLE } from './tables.js'

export function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[]): string | undefined {
  if (options.model !== undefined) {
    if (isGeminiModel(options.model)) return options.model
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
    const id = modelMapEntry(ref, options.modelMap, isGeminiModel, notes) ?? geminiModel(ref)
    if (id === undefined) continue
    if (id !== ref.raw || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    return id
  }
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((r) => r.raw) }, field: 'model' })
  return undefined
}


function geminiModel(ref: ModelRef): string | undefined {
  const id = ref.raw.trim().replace(/^(google|gemini|vertex(?:ai)?)\//i, '').toLowerCase()
  if (isGeminiModel(id)) return id
  if (ref.family === 'anthropic' && ref.tier !== undefined) return getOwnValue(MODEL_TABLE, ref.tier)
  return undefined
}
