/**
 * The config: the settings a repository wants on every run (targets, sources,
 * output folder, model table…), so that `agentdef build` needs no flags. Found as
 * src/config/discover.ts says, parsed by its form (src/config/forms.ts), checked key
 * by key against `CHECKS`, the one list of keys (the shipped JSON Schema,
 * config.schema.json, lists the same: a test compares them). Paths in it are relative
 * to its own folder. Flags given on the command line win over it.
 */
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { LangSelection } from '../model/agent.js'
import { toToolMap } from '../vocabulary/tool-map.js'
import { isTargetId, TARGET_IDS, targets } from '../targets/registry.js'
import { CUSTOM_ID, definitionProblems, type CustomTargetDefinition } from '../targets/custom/index.js'
import type { TargetName } from '../pipeline/compile.js'
import { messageText, type DataOf } from '../diagnostics/catalogue.js'
import { CONFIG_NAMES, findConfig } from './discover.js'
import { FormError, parseConfig } from './forms.js'
import { readConfigText } from './read.js'
import { sizeOf } from './size.js'
import { catalogue, severitiesOf, type RuleId } from '../diagnostics/catalogue.js'
import type { RuleSeverity } from '../report/severities.js'

export const CONFIG_FILE = CONFIG_NAMES[0]

export interface Config {
  /** Input files, folders and globs, used when the command line names none. */
  include?: string[]
  /** Paths left out of input folders and globs, in `.gitignore` syntax, relative to `excludeBase`. */
  exclude?: string[]
  /** The config's folder, which `exclude` patterns are relative to. */
  excludeBase?: string
  /** Built-in targets' ids, custom targets' ids, or `all`. */
  targets?: TargetName[]
  /** Targets from a template, by id; their template paths resolved against the config's folder. */
  customTargets?: Record<string, CustomTargetDefinition>
  out?: string
  /** The native layout's folder for a target (`"claude": "agents-out/claude"`), relative to the output root. */
  paths?: Record<string, string>
  lang?: LangSelection
  /** Source model (alias or id) → target model, over the built-in table. */
  modelMap?: Record<string, string>
  /** Source colour → the colour to write, over the nearest-colour match. */
  colorMap?: Record<string, string>
  /** Tool name as the sources write it → a Claude Code tool name or canonical id (or a list), over each dialect's table. */
  toolMap?: Record<string, string | string[]>
  model?: string
  onCollision?: 'error' | 'prefix-path'
  /** `flat` or `native` (`build --layout`). */
  layout?: 'flat' | 'native'
  /** Largest input accepted, in bytes (`2m` in the file). */
  maxSize?: number
  /** A severity per rule id, or `off`, for reports and the exit status (`report/severities.ts`). */
  rules?: Record<string, RuleSeverity>
}

/** A config that cannot be used: its text is the catalogue's `config-invalid` message. */
export class ConfigError extends Error {
  constructor(readonly data: DataOf<'config-invalid'>) {
    super(messageText('config-invalid', data))
  }
}

/** A `config-invalid` message but the file's name. */
type Problem = DataOf<'config-invalid'> extends infer D ? (D extends unknown ? Omit<D, 'file'> : never) : never
type Fail = (problem: Problem | [key: string, must: string]) => never

interface Context {
  /** The config's folder. */
  dir: string
  cwd: string
  fail: Fail
  /** The values checked so far (`targets` reads `customTargets`). */
  config: Config
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const isStringMap = (v: unknown): v is Record<string, string> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')
const oneOf = <T extends string>(key: string, values: readonly T[]) => (v: unknown, { fail }: Context): T => (typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fail([key, `be ${values.join(', ').replace(/, ([^,]*)$/, ' or $1')}`]))
const string = (key: string) => (v: unknown, { fail }: Context): string => (typeof v === 'string' ? v : fail([key, 'be a string']))
/** A path of the config, relative to its folder, as the process reads it (relative to the working folder). */
const fromConfig = (dir: string, cwd: string, path: string) => (isAbsolute(path) ? path : relative(cwd, join(dir, path)) || '.')

/**
 * Every key a config may hold, with its check (which returns the value to keep, or
 * fails naming the key). Adding a setting is one line here and one property in
 * config.schema.json. Checked in this order: `customTargets` before `targets`.
 */
const CHECKS = {
  $schema: string('$schema'),
  include: (v: unknown, { dir, cwd, fail }: Context) => (isStringList(v) && v.length > 0 ? v.map((p) => fromConfig(dir, cwd, p)) : fail(['include', 'be a non-empty list of files, folders or globs'])),
  exclude: (v: unknown, { fail }: Context) => (isStringList(v) ? v : fail(['exclude', 'be a list of patterns (.gitignore syntax)'])),
  customTargets: (v: unknown, { dir, fail }: Context) => customTargetsOf(v, dir, fail),
  targets: (v: unknown, { config, fail }: Context) => {
    const custom = Object.keys(config.customTargets ?? {})
    const known = (t: unknown) => typeof t === 'string' && (isTargetId(t) || custom.includes(t) || t === 'all')
    return Array.isArray(v) && v.length > 0 && v.every(known) ? (v as TargetName[]) : fail(['targets', `be a non-empty list of targets (${[...TARGET_IDS, ...custom, 'all'].join(', ')})`])
  },
  layout: oneOf('layout', ['flat', 'native'] as const),
  out: (v: unknown, context: Context) => fromConfig(context.dir, context.cwd, string('out')(v, context)),
  paths: (v: unknown, { fail }: Context) => pathsOf(v, fail),
  lang: oneOf('lang', ['all', 'en', 'zh'] as const),
  modelMap: (v: unknown, { fail }: Context) => (isStringMap(v) ? { ...v } : fail(['modelMap', 'map model names to model names'])),
  colorMap: (v: unknown, { fail }: Context) => (isStringMap(v) ? { ...v } : fail(['colorMap', 'map colours to colours'])),
  toolMap: (v: unknown, { fail }: Context) => {
    const isTool = (t: unknown) => typeof t === 'string' || (Array.isArray(t) && t.length > 0 && t.every((x) => typeof x === 'string'))
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.values(v).every(isTool)) fail(['toolMap', 'map tool names to a tool name or a list of them'])
    try {
      toToolMap(v as Record<string, string | string[]>)
    } catch (error) {
      fail({ toolMap: (error as Error).message })
    }
    return { ...(v as Record<string, string | string[]>) }
  },
  model: string('model'),
  onCollision: oneOf('onCollision', ['error', 'prefix-path'] as const),
  maxSize: (v: unknown, { fail }: Context) => (typeof v === 'string' || typeof v === 'number' ? sizeOf(v) : undefined) ?? fail(['maxSize', 'be a size above 0: bytes, or like "512k" or "2m"']),
  rules: (v: unknown, { fail }: Context) => rulesOf(v, fail),
} satisfies Record<string, (value: unknown, context: Context) => unknown>

/** Every key a config may hold. */
export const CONFIG_KEYS = Object.keys(CHECKS)

/**
 * The config at `path` (`--config`), or the one found upwards from `cwd`, or none.
 * @throws ConfigError naming the file, and the line and column where it cannot be parsed.
 */
export function loadConfig(path: string | undefined, cwd: string = process.cwd()): Config {
  const found = path === undefined ? findConfig(cwd) : { path: resolve(cwd, path) }
  if (found === undefined) return {}
  const shown = relative(cwd, found.path).startsWith('..') ? found.path : relative(cwd, found.path)
  let data: unknown
  try {
    data = parseConfig(found.path, readConfigText(found.path))
  } catch (error) {
    const at = error instanceof FormError && error.line !== undefined ? `:${error.line}:${error.column ?? 1}` : ''
    throw new ConfigError({ file: shown + at, unreadable: (error as Error).message })
  }
  return validate(data, shown, dirname(found.path), cwd)
}

function validate(data: unknown, file: string, dir: string, cwd: string): Config {
  const fail: Fail = (problem) => {
    throw new ConfigError(Array.isArray(problem) ? { file, key: problem[0], must: problem[1] } : ({ file, ...problem } as DataOf<'config-invalid'>))
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail({ notObject: true })
  const object = data as Record<string, unknown>
  for (const key of Object.keys(object)) if (!Object.hasOwn(CHECKS, key)) fail({ unknownKey: key, known: CONFIG_KEYS.filter((k) => k !== '$schema') })
  const config: Record<string, unknown> = {}
  const context: Context = { dir, cwd, fail, config: config as Config }
  for (const [key, check] of Object.entries(CHECKS)) {
    if (object[key] === undefined || key === '$schema') continue
    config[key] = (check as (value: unknown, context: Context) => unknown)(object[key], context)
  }
  if (config.exclude !== undefined) config.excludeBase = relative(cwd, dir) || '.'
  return config as Config
}

const RULE_SEVERITIES = ['error', 'warning', 'info', 'off'] as const

/** `rules`: a rule of the catalogue → a severity or `off`; a rule that is always an error stays one (its output was not written). */
function rulesOf(value: unknown, fail: Fail): Record<string, RuleSeverity> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(['rules', 'map rule ids to error, warning, info or off'])
  const result: Record<string, RuleSeverity> = {}
  for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
    if (!Object.hasOwn(catalogue, id)) fail([`rules.${id}`, 'name a rule (`agentdef rules` lists them)'])
    if (!(RULE_SEVERITIES as readonly unknown[]).includes(severity)) fail([`rules.${id}`, 'be error, warning, info or off'])
    if (severitiesOf(id as RuleId) === 'error' && severity !== 'error') fail([`rules.${id}`, 'stay error: the rule stops an output, which is then not written'])
    Object.defineProperty(result, id, { value: severity, enumerable: true, writable: true, configurable: true })
  }
  return result
}

/** `paths`: target id → a folder inside the output root; no two targets in one folder. */
function pathsOf(value: unknown, fail: Fail): Record<string, string> {
  if (!isStringMap(value)) fail(['paths', 'map target ids to folders'])
  const result: Record<string, string> = {}
  const owner = new Map<string, string>()
  for (const [id, folder] of Object.entries(value as Record<string, string>)) {
    // Only a target its tool reads from a folder has a place in the native layout (not `prompt`, not the OpenAI bodies).
    const native = TARGET_IDS.filter((t) => targets[t].nativePath !== undefined)
    if (!(native as string[]).includes(id)) fail([`paths.${id}`, `name a built-in target its tool reads from a folder (${native.join(', ')})`])
    const clean = folder.replace(/\\/g, '/').replace(/\/+$/, '')
    if (clean === '' || isAbsolute(folder) || clean.split('/').includes('..')) fail([`paths.${id}`, 'be a folder inside the output root (relative, no `..`)'])
    const other = owner.get(clean)
    if (other !== undefined) fail([`paths.${id}`, `be a folder of its own (\`${other}\` is written to \`${clean}\` too)`])
    owner.set(clean, id)
    result[id] = clean
  }
  return result
}

/** `customTargets`: each id kebab-case and not a built-in target's, each definition usable, its template found. */
function customTargetsOf(value: unknown, dir: string, fail: Fail): Record<string, CustomTargetDefinition> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(['customTargets', 'map target ids to definitions'])
  const result: Record<string, CustomTargetDefinition> = {}
  for (const [id, definition] of Object.entries(value as object)) {
    if (!CUSTOM_ID.test(id) || isTargetId(id) || id === 'all') fail([`customTargets.${id}`, `have a kebab-case id that is not a built-in target's (${TARGET_IDS.join(', ')})`])
    const [problem] = definitionProblems(definition)
    if (problem) fail([`customTargets.${id}${problem.key ? `.${problem.key}` : ''}`, problem.must])
    const d = definition as CustomTargetDefinition
    // The template is found where the config says, relative to the config file's folder.
    const template = resolve(dir, d.template)
    if (!existsSync(template)) fail([`customTargets.${id}.template`, `name a file that exists (${template} does not)`])
    result[id] = { ...d, template }
  }
  return result
}
