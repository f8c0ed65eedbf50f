/**
 * The model as a Cursor subagent's `model` (cursor.com/docs/agent/subagents,
 * 2026): `inherit`, `fast` or a model id Cursor offers. `--model` first, then
 * `--model-map` (alias or id → Cursor id), then a Cursor source's model as written,
 * then the table for Claude tiers, then an OpenAI or Google id without its
 * provider. Without a model the key is left out: Cursor's default is `inherit`.
 */
import type { Agent, ModelRef } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { modelList, modelMapEntry, othersLeftOut } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { FAMILIES, MODEL_TABLE } from './tables.js'

/** What a Cursor model id may look like: no spaces, no provider prefix (`sonnet-4.5`, `gpt-5.2-codex`, `grok-4.6[effort=xhigh]`). */
const CURSOR_ID = /^[A-Za-z0-9][A-Za-z0-9._[\]=-]*$/

export function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[]): string | undefined {
  if (options.model !== undefined) return options.model
  const model = agent.model
  if (!model) return undefined
  const list = modelList(model)
  for (const ref of list) {
    if (ref.tier === 'inherit') {
      if (list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id: 'inherit', others: othersLeftOut(list, ref) }, field: 'model' })
      return 'inherit'
    }
    const id = modelMapEntry(ref, options.modelMap, (value) => CURSOR_ID.test(value), notes) ?? cursorModel(ref, agent)
    if (id === undefined) continue
    if (id !== ref.raw || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    return id
  }
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((r) => r.raw) }, field: 'model' })
  return undefined
}


function cursorModel(ref: ModelRef, agent: Agent): string | undefined {
  // A Cursor subagent's own model (`fast`, `composer-2-fast`) is what Cursor reads.
  if (agent.source.dialect === 'cursor-agent' && CURSOR_ID.test(ref.raw)) return ref.raw
  // Any spelling of a Claude tier (`claude-sonnet-4-5-20250929`, `Claude Opus 4.5 (copilot)`) → Cursor's name for it.
  if (ref.tier !== undefined) return getOwnValue(MODEL_TABLE, ref.tier)
  if (ref.family === undefined || !FAMILIES.has(ref.family)) return undefined
  const id = ref.raw.replace(/^[a-z0-9-]+\//i, '').replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase().replace(/\s+/g, '-')
  return /^[a-z0-9][a-z0-9.-]*$/.test(id) ? id : undefined
}
