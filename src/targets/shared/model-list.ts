/** A source's model with its alternatives (a Copilot list), as the targets choose from it. */
import type { ModelRef } from '../../model/agent.js'

/** The model, then its alternatives, in the source's order of preference. */
export function modelList(model: ModelRef): ModelRef[] {
  return [model, ...(model.alternatives ?? [])]
}

/** The list's other models, as written, for a message about `chosen` (which names them as left out). */
export function othersLeftOut(list: ModelRef[], chosen: ModelRef): string[] {
  return list.filter((other) => other !== chosen).map((other) => other.raw)
}
