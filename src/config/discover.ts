/**
 * Where the config is: as users of eslint, prettier or vite expect, searched upwards
 * from the working folder to the root of the filesystem. In each folder, the first of:
 * an `agentdef` key in `package.json`, then `agentdef.config.json`, `.jsonc`, `.yaml`,
 * `.yml`, `.mjs`. The nearest folder with one wins; `--config <file>` names one instead.
 * (A search library such as lilconfig reads whole files with no size bound; this one
 * reads each candidate through the same bounded read as the inputs.)
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { readConfigText } from './read.js'

export const CONFIG_NAMES = ['agentdef.config.json', 'agentdef.config.jsonc', 'agentdef.config.yaml', 'agentdef.config.yml', 'agentdef.config.mjs'] as const

export interface Found {
  path: string
  /** The config is the `agentdef` key of this package.json. */
  packageKey?: true
}

export function findConfig(cwd: string): Found | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && hasAgentdefKey(pkg)) return { path: pkg, packageKey: true }
    const name = CONFIG_NAMES.find((n) => existsSync(join(dir, n)))
    if (name !== undefined) return { path: join(dir, name) }
    if (dirname(dir) === dir) return undefined
  }
}

/** A package.json that cannot be read or parsed holds no config of ours: npm reports it, not agentdef. */
function hasAgentdefKey(path: string): boolean {
  try {
    const data = JSON.parse(readConfigText(path)) as unknown
    return data !== null && typeof data === 'object' && Object.hasOwn(data, 'agentdef')
  } catch {
    return false
  }
}
