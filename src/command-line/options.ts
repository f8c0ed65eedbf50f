/** The flags the commands share: parsing them, and filling in the config file's settings. */
import { Command, Option } from 'commander'
import type { CompileOptions } from '../pipeline/compile.js'
import { isTargetId, TARGET_IDS } from '../targets/registry.js'
import type { CustomTargetDefinition } from '../targets/custom/index.js'
import type { TargetName } from '../pipeline/compile.js'
import { DEFAULT_MAX_BYTES } from '../parse/read.js'
import { CONFIG_FILE, loadConfig } from '../config/load.js'
import { sizeOf } from '../config/size.js'
import type { ExcludeGroup } from '../inputs/find.js'
import type { LangSelection } from '../model/agent.js'
import { toToolMap } from '../vocabulary/tool-map.js'
import { setDataProperty } from '../text/own-keys.js'
import { messageText, type DataOf } from '../diagnostics/catalogue.js'
import type { RuleSeverities } from '../report/severities.js'

/** A flag or argument that cannot be used: its text is the catalogue's `usage-invalid` message. */
export class UsageError extends Error {
  constructor(readonly data: DataOf<'usage-invalid'>) {
    super(messageText('usage-invalid', data))
  }
}

/** `--target a,b`: the ids as given; they are checked once the config's custom targets are known (`resolveTargets`). */
export function parseTargets(value: string): string[] {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean)
  // `--target ,` names no target: a build of nothing must not pass for a build.
  if (ids.length === 0) throw new UsageError({ target: value, known: [...TARGET_IDS, 'all'] })
  return ids
}

/** The targets named: `all` is every built-in target and every custom one the config defines; an unknown id is a usage error. */
export function resolveTargets(ids: readonly string[], customTargets: Record<string, CustomTargetDefinition> = {}): TargetName[] {
  const custom = Object.keys(customTargets)
  const out: TargetName[] = []
  for (const id of ids) {
    const expanded = id === 'all' ? [...TARGET_IDS, ...custom] : [id]
    for (const one of expanded) {
      if (!isTargetId(one) && !custom.includes(one)) throw new UsageError({ target: one, known: [...TARGET_IDS, ...custom, 'all'] })
      if (!out.includes(one)) out.push(one)
    }
  }
  return out
}

/** `from=to,from=to` pairs for `--model-map` and `--tool-map`, over the previous ones (the option repeats). */
export function pairsOf(flag: string) {
  return (value: string, previous: Record<string, string>): Record<string, string> => {
    const result = { ...previous }
    for (const pair of value.split(',')) {
      const m = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(pair)
      if (!m) throw new UsageError({ flag, pair })
      setDataProperty(result, m[1]!, m[2]!)
    }
    return result
  }
}

export function parseSize(value: string): number {
  const bytes = sizeOf(value)
  if (bytes === undefined) throw new UsageError({ maxSize: value })
  return bytes
}

export interface SharedFlags {
  config?: string
  lang: LangSelection
  modelMap: Record<string, string>
  colorMap: Record<string, string>
  toolMap: Record<string, string | string[]>
  model?: string
  maxSize: number
  verbose?: boolean
  /** From the config file only. */
  customTargets?: Record<string, CustomTargetDefinition>
  include?: string[]
  paths?: Record<string, string>
  /** `--exclude` patterns (relative to the working folder) and the config's (relative to its folder). */
  excludeGroups?: ExcludeGroup[]
  /** The config's `rules`. */
  severities?: RuleSeverities
}

export function compileOptions(flags: SharedFlags, ids: readonly string[]): CompileOptions {
  const options: CompileOptions = { targets: resolveTargets(ids, flags.customTargets), lang: flags.lang, modelMap: flags.modelMap, maxBytes: flags.maxSize }
  if (flags.customTargets) options.customTargets = flags.customTargets
  if (flags.model) options.model = flags.model
  if (Object.keys(flags.colorMap).length > 0) options.colorMap = flags.colorMap
  if (Object.keys(flags.toolMap).length > 0) {
    try {
      options.toolMap = toToolMap(flags.toolMap)
    } catch (error) {
      throw new UsageError({ toolMap: (error as Error).message })
    }
  }
  return options
}

export function withShared(command: Command): Command {
  return command
    .addOption(new Option('--lang <lang>', 'language of bilingual text to emit').choices(['all', 'en', 'zh']).default('all'))
    .option('--model-map <from=to,...>', 'map a source model (alias or id) to a target model; repeatable', pairsOf('--model-map'), {})
    .option('--color-map <from=to,...>', 'write a source colour as this colour (teal=cyan, rebeccapurple=#663399), over the nearest-colour match; repeatable', pairsOf('--color-map'), {})
    .option('--tool-map <name=tool,...>', 'read a tool name as a Claude Code tool or canonical id (CodeSearch=Grep); repeatable', pairsOf('--tool-map'), {})
    .option('--model <id>', 'use this model for every agent (OpenAI targets)')
    .option('--max-size <size>', 'largest input file accepted', parseSize, DEFAULT_MAX_BYTES)
    .option('--verbose', 'also print notes (info diagnostics)')
    .option('--config <file>', `settings file (default: the nearest ${CONFIG_FILE}, .jsonc, .yaml, .mjs or package.json "agentdef" key, from here upwards); flags win over it`)
}

/** The flags with the config file's settings filled in where no flag was given. */
export function withConfig<T extends SharedFlags>(flags: T, command: Command): T {
  const config = loadConfig(flags.config)
  const given = (key: string) => command.getOptionValueSource(key) === 'cli'
  const merged: Record<string, unknown> = { ...(flags as object), modelMap: { ...config.modelMap, ...flags.modelMap }, colorMap: { ...config.colorMap, ...flags.colorMap }, toolMap: { ...config.toolMap, ...flags.toolMap } }
  if (config.customTargets) merged.customTargets = config.customTargets
  if (config.include) merged.include = config.include
  if (config.paths) merged.paths = config.paths
  if (config.rules) merged.severities = config.rules
  const cliExclude = (flags as { exclude?: string[] }).exclude ?? []
  merged.excludeGroups = [
    ...(config.exclude ? [{ patterns: config.exclude, base: config.excludeBase ?? '.' }] : []),
    ...(cliExclude.length > 0 ? [{ patterns: cliExclude, base: '.' }] : []),
  ]
  const fill: [keyof typeof config, string][] = [['lang', 'lang'], ['model', 'model'], ['maxSize', 'maxSize'], ['targets', 'target'], ['out', 'out'], ['onCollision', 'onCollision'], ['layout', 'layout']]
  for (const [from, to] of fill) {
    // `model` and `out` have no default, so they are absent from the flags unless given.
    if (config[from] !== undefined && (to in flags || to === 'model' || to === 'out') && !given(to)) merged[to] = config[from]
  }
  return merged as T
}
