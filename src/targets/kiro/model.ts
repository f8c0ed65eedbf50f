/**
 * The model as Kiro reads it: a model id of Kiro's list (`claude-sonnet-4.5`,
 * `auto`, …), matched case-insensitively; an id Kiro does not list falls back to
 * its default model with a warning (kiro.dev configuration reference, "Model
 * field", 2026-02). `--model` first, then `--model-map` (alias or id → Kiro id),
 * then a Kiro source's own id, then a Claude id in Kiro's spelling
 * (`claude-sonnet-4-5-20250929` → `claude-sonnet-4.5`) when Kiro lists it, then
 * the table for Claude tiers (a stale model is replaced, with a note). Without a model, or with `inherit`, the key is left out.
 */
import type { Agent, ModelRef } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { modelList, modelMapEntry, othersLeftOut } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { FOREIGN_MODEL, KIRO_CLAUDE, KIRO_MODEL, MODEL_TABLE } from './tables.js'

export function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[]): string | undefined {
  if (options.model !== undefined) return options.model
  const model = agent.model
  if (!model) return undefined
  const list = modelList(model)
  for (const ref of list) {
    if (ref.tier === 'inherit') return undefined
    const id = modelMapEntry(ref, options.modelMap, (value) => KIRO_MODEL.test(value) && !FOREIGN_MODEL.test(value), notes) ?? kiroModel(ref, agent.source.dialect === 'kiro')
    if (id === undefined) continue
    if (id !== ref.raw || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    return id
  }
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((r) => r.raw) }, field: 'model' })
  return undefined
}


function kiroModel(ref: ModelRef, fromKiro: boolean): string | undefined {
  // A Kiro source's model is an id of Kiro's list (or one it will warn about): kept as written.
  if (fromKiro) return KIRO_MODEL.test(ref.raw) ? ref.raw : undefined
  if (ref.family !== 'anthropic') return undefined
  const id = ref.raw.replace(/^anthropic\//, '').toLowerCase()
  // Claude 4 ids in Kiro's spelling: `claude-opus-4-1-20250805` → `claude-opus-4.1`, `claude-sonnet-4-20250514` → `claude-sonnet-4`.
  const full = /^claude-(opus|sonnet|haiku)-(\d+)(?:[-.](\d))?(?:-\d{8})?$/.exec(id)
  const spelled = full ? `claude-${full[1]}-${full[2]}${full[3] !== undefined && full[3] !== '0' ? `.${full[3]}` : ''}` : id
  if (KIRO_CLAUDE.has(spelled)) return spelled
  // Models Kiro does not list (3.x, Opus 4.1), aliases and display names: the tier's model in Kiro's list.
  return ref.tier ? getOwnValue(MODEL_TABLE, ref.tier) : undefined
}
