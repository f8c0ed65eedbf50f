/**
 * `agentdef.config.json`: the settings a repository wants on every run (targets,
 * output folder, model table…), so that `agentdef build` needs no flags. Flags
 * given on the command line win over the file.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { LangSelection } from '../model/agent.js'
import { toToolMap } from '../vocabulary/tool-map.js'
import { isTargetId, TARGET_IDS, type TargetId } from '../targets/registry.js'
import { messageText, type DataOf } from '../diagnostics/catalogue.js'

export const CONFIG_FILE = 'agentdef.config.json'

export interface Config {
  targets?: TargetId[]
  out?: string
  lang?: LangSelection
  /** Source model (alias or id) → target model, over the built-in table. */
  modelMap?: Record<string, string>
  /** Tool name as the sources write it → a Claude Code tool name or canonical id (or a list), over each dialect's table. */
  toolMap?: Record<string, string | string[]>
  model?: string
  onCollision?: 'error' | 'prefix-path'
  /** Largest input accepted, in bytes. */
  maxSize?: number
}

/** A config that cannot be used: its text is the catalogue's `config-invalid` message. */
export class ConfigError extends Error {
  constructor(readonly data: DataOf<'config-invalid'>) {
    super(messageText('config-invalid', data))
  }
}

const KEYS = ['targets', 'out', 'lang', 'modelMap', 'toolMap', 'model', 'onCollision', 'maxSize']

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
  if (object.targets !== undefined) {
    const targets = object.targets
    if (!Array.isArray(targets) || !targets.every((t) => typeof t === 'string' && isTargetId(t))) {
      fail(['targets', `be a list of targets (${TARGET_IDS.join(', ')})`])
    }
    config.targets = targets as TargetId[]
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
  if (object.maxSize !== undefined) {
    if (typeof object.maxSize !== 'number' || !Number.isInteger(object.maxSize) || object.maxSize < 1) fail(['maxSize', 'be a number of bytes'])
    config.maxSize = object.maxSize as number
  }
  return config
}
