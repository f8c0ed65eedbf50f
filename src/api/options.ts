/**
 * The library's options: every field optional (`Partial<Options>`), defaults from
 * the registries. Checked in compile-options.ts (not here: this module's types are public).
 */
import type { LangSelection } from '../model/agent.js'
import type { CustomTargetDefinition } from '../targets/custom/definition.js'
import { TARGET_IDS } from '../targets/registry.js'
import { DEFAULT_MAX_BYTES } from '../parse/read.js'
import type { RuleSeverity } from '../report/types.js'

export interface Options {
  /** Targets to write: built-in ids (`targets` lists them) or the ids of `customTargets`. Default: every built-in target. */
  targets: string[]
  /** Which language of bilingual text to keep. Default `all`. */
  lang: LangSelection
  /** Source model (alias or id) → target model, over the built-in tables. */
  modelMap: Record<string, string>
  /** A source colour → the colour to write (`{ teal: 'cyan' }`), over the nearest-colour match. */
  colorMap: Record<string, string>
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

export const DEFAULTS: Readonly<Options> = { targets: [...TARGET_IDS], lang: 'all', modelMap: {}, colorMap: {}, toolMap: {}, model: undefined, maxBytes: DEFAULT_MAX_BYTES, customTargets: {}, rules: {} }
