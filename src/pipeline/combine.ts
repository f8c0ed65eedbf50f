/**
 * Targets whose tool reads every agent from one file (Roo Code's `.roomodes`):
 * the outputs of their agents are parts, gathered here into that one file, checked
 * as a whole. Per source file for `compileSource` (`convert`), across every file
 * for `build`, after name collisions are resolved (so each agent is there once).
 */
import { lazyProperty } from '../model/lazy.js'
import { sha256 } from './manifest.js'
import { isTargetId, targets } from '../targets/registry.js'
import { render } from '../targets/shared/render.js'
import type { Target } from '../targets/types.js'

/** What `combine` reads of an output (compile.ts's `Output`). */
interface Part {
  /** A target's id (a custom target never gathers). */
  target: string
  content: string
  /** A cached output's digest; a gathered file's parts get the whole file's. */
  digest?: string
  part?: unknown
  /** A cached part's `partDigest`: it is a part, known without reading it. */
  partDigest?: string
}

/** A gathered file as rendered from its parts: its text and digest, or why it failed its check. A cached whole's text is read when first asked for. */
export interface Whole {
  content?: string
  digest?: string
  problems: string[]
}

/** Wholes rendered before, by a key of their parts (the build cache's). */
export interface WholeMemo {
  whole(key: string): Whole | undefined
  rememberWhole(key: string, whole: Whole): void
}

/** The whole file of each target with parts among `outputs`: its digest and its text; undefined when it failed its check (`invalid` was told). */
export type Wholes = Map<string, { digest: string; read: () => string } | undefined>

/** The digest a part is known by: of its view, as JSON. */
export const partDigest = (part: unknown): string => sha256(JSON.stringify(part))

/** Whether an output is a part, without reading a cached part's view. */
const isPart = (output: Part) => output.partDigest !== undefined || output.part !== undefined

export function wholesOf(outputs: readonly Part[], invalid: (target: string, problems: string[]) => void, memo?: WholeMemo): Wholes {
  const wholes: Wholes = new Map()
  for (const id of new Set(outputs.filter(isPart).map((o) => o.target))) {
    if (!isTargetId(id)) continue
    const target: Target = targets[id]
    if (!target.combine) continue
    const parts = outputs.filter((o) => o.target === id && isPart(o))
    // The same parts in the same order make the same file: a cached build reads no view then.
    const key = memo && JSON.stringify([id, parts.map((o) => o.partDigest ?? partDigest(o.part))])
    let whole = key === undefined ? undefined : memo!.whole(key)
    if (!whole) {
      const content = render(target.template, target.combine.gather(parts.map((o) => o.part)))
      const problems = target.verify(content)
      whole = problems.length > 0 ? { problems } : { content, digest: sha256(content), problems }
      if (key !== undefined) memo!.rememberWhole(key, whole)
    }
    const found = whole
    if (found.problems.length > 0 || found.digest === undefined) invalid(id, found.problems)
    wholes.set(id, found.problems.length > 0 || found.digest === undefined ? undefined : { digest: found.digest, read: () => found.content! })
  }
  return wholes
}

/** Each part with the content of its target's whole file, or left out when the whole failed; other outputs as they are. */
export function withWholes<O extends Part>(outputs: readonly O[], wholes: Wholes): O[] {
  if (wholes.size === 0) return [...outputs]
  return outputs.flatMap((output) => {
    if (!isPart(output) || !wholes.has(output.target)) return [output]
    const whole = wholes.get(output.target)
    if (whole === undefined) return []
    // Copied without reading the part's own text or view (a cached result's are read only when needed), nor the whole's.
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(output)) as O
    lazyProperty(copy, 'content', whole.read)
    copy.digest = whole.digest
    return [copy]
  })
}

/** `outputs` with their parts gathered: each part holds the whole file of its target. */
export function combine<O extends Part>(outputs: readonly O[], invalid: (target: string, problems: string[]) => void): O[] {
  return withWholes(outputs, wholesOf(outputs, invalid))
}
