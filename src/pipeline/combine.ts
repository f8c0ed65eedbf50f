/**
 * Targets whose tool reads every agent from one file (Roo Code's `.roomodes`):
 * the outputs of their agents are parts, gathered here into that one file, checked
 * as a whole. Per source file for `compileSource` (`convert`), across every file
 * for `build`, after name collisions are resolved (so each agent is there once).
 */
import { isTargetId, targets } from '../targets/registry.js'
import { render } from '../targets/shared/render.js'
import type { Target } from '../targets/types.js'

/** What `combine` reads of an output (compile.ts's `Output`). */
interface Part {
  /** A target's id (a custom target never gathers). */
  target: string
  content: string
  /** A cached part's digest: of the part's own text, not the whole file's. */
  digest?: string
  part?: unknown
}

/** The whole file of each target with parts among `outputs`; undefined when it failed its check (`invalid` was told). */
export type Wholes = Map<string, string | undefined>

export function wholesOf(outputs: readonly Part[], invalid: (target: string, problems: string[]) => void): Wholes {
  const wholes: Wholes = new Map()
  for (const id of new Set(outputs.filter((o) => o.part !== undefined).map((o) => o.target))) {
    if (!isTargetId(id)) continue
    const target: Target = targets[id]
    if (!target.combine) continue
    const views = outputs.filter((o) => o.target === id && o.part !== undefined).map((o) => o.part)
    const content = render(target.template, target.combine.gather(views))
    const problems = target.verify(content)
    if (problems.length > 0) invalid(id, problems)
    wholes.set(id, problems.length > 0 ? undefined : content)
  }
  return wholes
}

/** Each part with the content of its target's whole file, or left out when the whole failed; other outputs as they are. */
export function withWholes<O extends Part>(outputs: readonly O[], wholes: Wholes): O[] {
  if (wholes.size === 0) return [...outputs]
  return outputs.flatMap((output) => {
    if (output.part === undefined || !wholes.has(output.target)) return [output]
    const content = wholes.get(output.target)
    if (content === undefined) return []
    // Copied without reading the part's own text (a cached result's is read only when needed); its digest is not the whole file's.
    const whole = Object.defineProperties({}, Object.getOwnPropertyDescriptors(output)) as O
    Object.defineProperty(whole, 'content', { value: content, writable: true, enumerable: true, configurable: true })
    whole.digest = undefined
    return [whole]
  })
}

/** `outputs` with their parts gathered: each part holds the whole file of its target. */
export function combine<O extends Part>(outputs: readonly O[], invalid: (target: string, problems: string[]) => void): O[] {
  return withWholes(outputs, wholesOf(outputs, invalid))
}
