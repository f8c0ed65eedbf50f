/**
 * The model as Qwen Code reads it: `inherit`, `fast`, a model id, or
 * `authType:modelId` (QwenLM/qwen-code docs/users/features/sub-agents.md "Model
 * Selection" and subagents/model-selection.ts, 2026). `--model` first, then
 * `--model-map` (alias or id → selector), then a Qwen source's own model or a
 * model Qwen Code names itself, then the table for Claude tiers. Without a model,
 * or with `inherit`, the key is left out: the agent runs on the session's model.
 */
import type { Agent, ModelRef } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { modelList, othersLeftOut } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { MODEL_TABLE, QWEN_MODEL } from './tables.js'

export function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[]): string | undefined {
  if (options.model !== undefined && options.model.trim() !== '') return options.model.trim()
  const model = agent.model
  if (!model) return undefined
  const list = modelList(model)
  for (const ref of list) {
    if (ref.tier === 'inherit') {
      if (list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'inherit', others: othersLeftOut(list, ref) }, field: 'model' })
      return undefined
    }
    const id = fromMap(ref, options.modelMap) ?? qwenModel(ref, agent)
    if (id === undefined) continue
    if (id !== ref.raw || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    return id
  }
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((r) => r.raw) }, field: 'model' })
  return undefined
}

/** The `--model-map` entry for the model: its id as written, lower-cased, or its tier. */
function fromMap(ref: ModelRef, map: Record<string, string>): string | undefined {
  for (const key of [ref.raw, ref.raw.toLowerCase(), ref.tier]) {
    if (key === undefined) continue
    const value = getOwnValue(map, key)?.trim()
    if (value) return value
  }
  return undefined
}

function qwenModel(ref: ModelRef, agent: Agent): string | undefined {
  if (QWEN_MODEL.test(ref.raw)) return ref.raw
  // A Claude tier, also in a Qwen file (Qwen Code would look for a model named `sonnet`).
  if (ref.family === 'anthropic' && ref.tier !== undefined) return getOwnValue(MODEL_TABLE, ref.tier)
  // Another model in a Qwen file is a selector Qwen Code resolves (`glm-5`, `gpt-4o` from another provider).
  return agent.source.dialect === 'qwen' ? ref.raw : undefined
}
