/**
 * The library's options checked as the command line checks its flags, so that a
 * wrong target or map is an error that says what is known, never a silent default.
 */
import type { CompileOptions } from '../pipeline/compile.js'
import { isTargetId, TARGET_IDS } from '../targets/registry.js'
import { toToolMap } from '../vocabulary/tool-map.js'
import { messageText } from '../diagnostics/catalogue.js'
import { DEFAULTS, type Options } from './options.js'

/** The pipeline's options from the library's; an unknown target or a bad tool map throws a TypeError naming it. */
export function compileOptionsOf(given: Partial<Options>): CompileOptions {
  const o = { ...DEFAULTS, ...given }
  const custom = Object.keys(o.customTargets)
  for (const id of o.targets) {
    if (!isTargetId(id) && !custom.includes(id)) throw new TypeError(messageText('usage-invalid', { target: id, known: [...TARGET_IDS, ...custom] }))
  }
  const options: CompileOptions = { targets: [...o.targets], lang: o.lang, modelMap: o.modelMap, maxBytes: o.maxBytes }
  if (custom.length > 0) options.customTargets = o.customTargets
  if (o.model !== undefined) options.model = o.model
  if (Object.keys(o.colorMap).length > 0) options.colorMap = o.colorMap
  if (Object.keys(o.toolMap).length > 0) {
    try {
      options.toolMap = toToolMap(o.toolMap)
    } catch (error) {
      throw new TypeError(messageText('usage-invalid', { toolMap: (error as Error).message }))
    }
  }
  return options
}
