/** A source's model with its alternatives (a Copilot list), as the targets choose from it. */
import type { ModelRef } from '../../model/agent.js'

/** The model, then its alternatives, in the source's order of preference. */
export function modelList(model: ModelRef): ModelRef[] {
  return [model, ...(model.alternatives ?? [])]
}

/** `; the list's other models (…) left out` for a note about `chosen`, or '' when the list has no other. */
export function othersLeftOut(list: ModelRef[], chosen: ModelRef): string {
  const others = list.filter((other) => other !== chosen).map((other) => `\`${other.raw}\``)
  return others.length > 0 ? `; the list's other models (${others.join(', ')}) left out` : ''
}
