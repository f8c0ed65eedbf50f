/** A source's model with its alternatives (a Copilot list), as the targets choose from it. */
import type { ModelRef } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import type { TargetMessage } from '../types.js'

/** The model, then its alternatives, in the source's order of preference. */
export function modelList(model: ModelRef): ModelRef[] {
  return [model, ...(model.alternatives ?? [])]
}

/** The list's other models, as written, for a message about `chosen` (which names them as left out). */
export function othersLeftOut(list: ModelRef[], chosen: ModelRef): string[] {
  return list.filter((other) => other !== chosen).map((other) => other.raw)
}

/**
 * The `--model-map` entry for a model (its id as written, lower-cased, or its tier),
 * when the target `accepts` it. An entry it does not accept was meant for another
 * target (`opus=o3` beside opencode's `provider/model`): noted, and the target's own
 * table is used instead.
 */
export function modelMapEntry(ref: ModelRef, map: Record<string, string>, accepts: (value: string) => boolean, notes: TargetMessage[]): string | undefined {
  for (const key of [ref.raw, ref.raw.toLowerCase(), ref.tier]) {
    if (key === undefined) continue
    const value = getOwnValue(map, key)
    if (value === undefined) continue
    if (accepts(value)) return value
    notes.push({ rule: 'target-defaulted', data: { kind: 'model-map', key, value }, field: 'model' })
    return undefined
  }
  return undefined
}
