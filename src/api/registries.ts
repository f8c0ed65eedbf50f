/** What the registries hold, for a program to list: the dialects read, the targets written, the rules reported, and the JSON Schemas shipped. */
import { readFileSync } from 'node:fs'
import { DIALECT_IDS, dialects as dialectRegistry } from '../dialects/registry.js'
import { TARGET_IDS, targets as targetRegistry } from '../targets/registry.js'
import { ruleList } from '../diagnostics/catalogue.js'
import { packagePath } from '../installation/paths.js'

export interface RegistryEntry {
  id: string
  summary: string
}

/** The input dialects, in the order a file is tried against them. */
export const dialects: readonly RegistryEntry[] = DIALECT_IDS.map((id) => ({ id, summary: dialectRegistry[id].summary }))

/** The built-in targets, in the order `all` writes them. */
export const targets: readonly RegistryEntry[] = TARGET_IDS.map((id) => ({ id, summary: targetRegistry[id].summary }))

/** Every rule: its id, its severity (`info|warning` when the data decides) and its explanation, as `agentdef rules` lists them. */
export const rules: readonly { id: string; severity: string; explanation: string }[] = ruleList()

const schema = (path: string): object => JSON.parse(readFileSync(packagePath(path), 'utf8')) as object

/** The model's JSON Schema (`agentdef inspect` prints agents of this shape); also `agentdef/agent.schema.json`. */
export const agentSchema: object = schema('src/model/agent.schema.json')

/** The config's JSON Schema; also `agentdef/config.schema.json`. */
export const configSchema: object = schema('src/config/config.schema.json')
