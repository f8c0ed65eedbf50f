/**
 * The model as Codex reads it: an OpenAI model id (`gpt-5.6-terra`), run by the
 * session's provider. `--model` first; then, for the first model of the source's
 * list that has one, its `--model-map` entry (alias or id → id) or the OpenAI
 * model as written (without an `openai/` prefix or Copilot's ` (copilot)`); then
 * the table's model for the first Claude model of the list. Without a model, or with
 * `inherit`, the key is left out: the agent runs on the model of the session that
 * spawned it. Any other model (Gemini, Llama…) is reported, never copied.
 */
import type { Agent, ModelRef } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { noteStaleModel } from '../shared/catalog-note.js'
import { modelList, modelMapEntry, othersLeftOut } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { MODEL_ID, MODEL_TABLE } from './tables.js'

export function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[]): string | undefined {
  if (options.model !== undefined) return options.model
  const model = agent.model
  if (!model) return undefined
  const list = modelList(model)
  if (list[0]!.tier === 'inherit') {
    if (list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'inherit', others: othersLeftOut(list, list[0]!) }, field: 'model' })
    return undefined
  }
  // A model of the list Codex runs as it is (or that --model-map names) before one the table stands in for.
  // A model of the source kept as written (not one --model-map or the table gives) is held against OpenAI's catalog.
  let asWritten = false
  const sourceModel = (ref: ModelRef) => {
    const id = openaiModel(ref)
    asWritten = id !== undefined
    return id
  }
  for (const pick of [(ref: ModelRef) => modelMapEntry(ref, options.modelMap, (value) => !value.includes('/'), notes) ?? sourceModel(ref), claudeModel]) {
    for (const ref of list) {
      asWritten = false
      const id = pick(ref)
      if (id === undefined) continue
      if (id !== ref.raw || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
      if (asWritten) noteStaleModel(id, notes)
      return id
    }
  }
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((r) => r.raw) }, field: 'model' })
  return undefined
}


function claudeModel(ref: ModelRef): string | undefined {
  return ref.family === 'anthropic' && ref.tier ? getOwnValue(MODEL_TABLE, ref.tier) : undefined
}

function openaiModel(ref: ModelRef): string | undefined {
  if (ref.family !== 'openai') return undefined
  // `openai/gpt-5`, `GPT-4.1 (copilot)` → `gpt-5`, `gpt-4.1`
  const id = ref.raw.replace(/^openai\//i, '').replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase().replace(/\s+/g, '-')
  return MODEL_ID.test(id) ? id : undefined
}
