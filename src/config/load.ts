/**
 * `agentdef.config.json`: the settings a repository wants on every run (targets,
 * output folder, model table…), so that `agentdef build` needs no flags. Flags
 * given on the command line win over the file.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { LangSelection } from '../model/agent.js'
import { toToolMap } from '../vocabulary/tool-map.js'
import { isTargetId, TARGET_IDS } from '../targets/registry.js'
import { CUSTOM_ID, definitionProblems, type CustomTargetDefinition } from '../targets/custom/index.js'
import type { TargetName } from '../pipeline/compile.js'
import { messageText, type DataOf } from '../diagnostics/catalogue.js'

export const CONFIG_FILE = 'agentdef.config.json'

export interface Config {
  /** Built-in targets' ids, custom targets' ids, or `all`. */
  targets?: TargetName[]
  /** Targets from a template, by id; their template paths resolved against the config's folder. */
  customTargets?: Record<string, CustomTargetDefinition>
  out?: string
  lang?: LangSelection
  /** Source model (alias or id) → target model, over the built-in table. */
  modelMap?: Record<string, string>
  /** Tool name as the sources write it → a Claude Code tool name or canonical id (or a list), over each dialect's table. */
  toolMap?: Record<string, string | string[]>
  model?: string
  onCollision?: 'error' | 'prefix-path'
  /** `flat` or `native` (`build --layout`). */
  layout?: 'flat' | 'native'
  /** Largest input accepted, in bytes. */
  maxSize?: number
}

/** A config that cannot be used: its text is the catalogue's `config-invalid` message. */
export class ConfigError extends Error {
  constructor(readonly data: DataOf<'config-invalid'>) {
    super(messageText('config-invalid', data))
  }
}

const KEYS = ['targets', 'customTargets', 'layout', 'out', 'lang', 'modelMap', 'toolMap', 'model', 'onCollision', 'maxSize']

/** The config at `path`, or at `./agentdef.config.json` when no path is given and it exists. */
export function loadConfig(path: string | undefined): Config {
  const file = path ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined)
  if (file === undefined) return {}
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ConfigError({ file, unreadable: (error as Error).message })
  }
  return validate(data, file)
}

/** A `config-invalid` message but the file's name. */
type Problem = DataOf<'config-invalid'> extends infer D ? (D extends unknown ? Omit<D, 'file'> : never) : never

function validate(data: unknown, file: string): Config {
  const fail = (problem: Problem | [key: string, must: string]): never => {
    throw new ConfigError(Array.isArray(problem) ? { file, key: problem[0], must: problem[1] } : ({ file, ...problem } as DataOf<'config-invalid'>))
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail({ notObject: true })
  const object = data as Record<string, unknown>
  for (const key of Object.keys(object)) if (!KEYS.includes(key)) fail({ unknownKey: key, known: KEYS })
  const config: Config = {}
  const string = (key: string) => {
    const value = object[key]
    if (value !== undefined && typeof value !== 'string') fail([key, 'be a string'])
    return value as string | undefined
  }
  if (object.customTargets !== undefined) config.customTargets = customTargetsOf(object.customTargets, file, fail)
  if (object.targets !== undefined) {
    const targets = object.targets
    const custom = Object.keys(config.customTargets ?? {})
    const known = (t: unknown) => typeof t === 'string' && (isTargetId(t) || custom.includes(t) || t === 'all')
    if (!Array.isArray(targets) || targets.length === 0 || !targets.every(known)) {
      fail(['targets', `be a non-empty list of targets (${[...TARGET_IDS, ...custom, 'all'].join(', ')})`])
    }
    config.targets = targets as TargetName[]
  }
  const out = string('out')
  if (out !== undefined) config.out = out
  const lang = string('lang')
  if (lang !== undefined) {
    if (!['all', 'en', 'zh'].includes(lang)) fail(['lang', 'be all, en or zh'])
    config.lang = lang as LangSelection
  }
  if (object.modelMap !== undefined) {
    const map = object.modelMap
    if (typeof map !== 'object' || map === null || Array.isArray(map) || !Object.values(map).every((v) => typeof v === 'string')) {
      fail(['modelMap', 'map model names to model names'])
    }
    config.modelMap = { ...(map as Record<string, string>) }
  }
  if (object.toolMap !== undefined) {
    const map = object.toolMap
    const isTarget = (v: unknown) => typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((t) => typeof t === 'string'))
    if (typeof map !== 'object' || map === null || Array.isArray(map) || !Object.values(map).every(isTarget)) {
      fail(['toolMap', 'map tool names to a tool name or a list of them'])
    }
    try {
      toToolMap(map as Record<string, string | string[]>)
    } catch (error) {
      fail({ toolMap: (error as Error).message })
    }
    config.toolMap = { ...(map as Record<string, string | string[]>) }
  }
  const model = string('model')
  if (model !== undefined) config.model = model
  const onCollision = string('onCollision')
  if (onCollision !== undefined) {
    if (onCollision !== 'error' && onCollision !== 'prefix-path') fail(['onCollision', 'be error or prefix-path'])
    config.onCollision = onCollision as Config['onCollision']
  }
  const layout = string('layout')
  if (layout !== undefined) {
    if (layout !== 'flat' && layout !== 'native') fail(['layout', 'be flat or native'])
    config.layout = layout as Config['layout']
  }
  if (object.maxSize !== undefined) {
    if (typeof object.maxSize !== 'number' || !Number.isInteger(object.maxSize) || object.maxSize < 1) fail(['maxSize', 'be a number of bytes'])
    config.maxSize = object.maxSize as number
  }
  return config
}

/** `customTargets`: each id kebab-case and not a built-in target's, each definition usable, its template found. */
function customTargetsOf(value: unknown, file: string, fail: (problem: [key: string, must: string]) => never): Record<string, CustomTargetDefinition> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(['customTargets', 'map target ids to definitions'])
  const result: Record<string, CustomTargetDefinition> = {}
  for (const [id, definition] of Object.entries(value as object)) {
    if (!CUSTOM_ID.test(id) || isTargetId(id) || id === 'all') fail([`customTargets.${id}`, `have a kebab-case id that is not a built-in target's (${TARGET_IDS.join(', ')})`])
    const [problem] = definitionProblems(definition)
    if (problem) fail([`customTargets.${id}${problem.key ? `.${problem.key}` : ''}`, problem.must])
    const d = definition as CustomTargetDefinition
    // The template is found where the config says, relative to the config file's folder.
    const template = resolve(dirname(file), d.template)
    if (!existsSync(template)) fail([`customTargets.${id}.template`, `name a file that exists (${template} does not)`])
    result[id] = { ...d, template }
  }
  return result
}
