/**
 * The library's options: every field optional (`Partial<Options>`), defaults from
 * the registries, checked as the command line checks its flags, so that a wrong
 * target or map is an error that says what is known, never a silent default.
 */
import type { LangSelection } from '../model/agent.js'
import type { CompileOptions } from '../pipeline/compile.js'
import type { CustomTargetDefinition } from '../targets/custom/index.js'
import { isTargetId, TARGET_IDS } from '../targets/registry.js'
import { DEFAULT_MAX_BYTES } from '../parse/read.js'
import { toToolMap } from '../vocabulary/tool-map.js'
import { messageText } from '../diagnostics/catalogue.js'
import type { RuleSeverity } from '../report/severities.js'

export interface Options {
  /** Targets to write: built-in ids (`targets` lists them) or the ids of `customTargets`. Default: every built-in target. */
  targets: string[]
  /** Which language of bilingual text to keep. Default `all`. */
  lang: LangSelection
  /** Source model (alias or id) → target model, over the built-in tables. */
  modelMap: Record<string, string>
  /** A tool name as your sources write it → a Claude Code tool name or canonical id (or a list). */
  toolMap: Record<string, string | string[]>
  /** One model for every agent (OpenAI targets), when set. */
  model: string | undefined
  /** Largest input accepted, in bytes. Default 1 MiB. */
  maxBytes: number
  /** Targets written from a template, by id (README, "Custom targets"). */
  customTargets: Record<string, CustomTargetDefinition>
  /** A severity per rule id, or `off`, as the config's `rules`. */
  rules: Record<string, RuleSeverity>
}

export const DEFAULTS: Readonly<Options> = { targets: [...TARGET_IDS], lang: 'all', modelMap: {}, toolMap: {}, model: undefined, maxBytes: DEFAULT_MAX_BYTES, customTargets: {}, rules: {} }

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
  if (Object.keys(o.toolMap).length > 0) {
    try {
      options.toolMap = toToolMap(o.toolMap)
    } catch (error) {
      throw new TypeError(messageText('usage-invalid', { toolMap: (error as Error).message }))
    }
  }
  return options
}
