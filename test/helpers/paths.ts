/** Where the tests find the repository, the shared seeds and schemas, and the bundled examples. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (the folder holding package.json). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** `../shared` relative to the repository root (or `AGENTDEF_SHARED`): read at test time, never copied. */
export const SHARED = process.env.AGENTDEF_SHARED ?? join(ROOT, '..', 'shared')
export const SEEDS = join(SHARED, 'seeds')
export const SCHEMAS = join(SHARED, 'schemas')
export const AGENTS = join(ROOT, 'agents')

/** The path of the seed whose file name starts with `NNN_` (`seedPath(1)` → `…/001_….txt`). */
export function seedPath(n: number): string {
  const prefix = String(n).padStart(3, '0') + '_'
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))
  if (!name) throw new Error(`no seed ${prefix}* in ${SEEDS}`)
  return join(SEEDS, name)
}

export function readSeed(n: number): Buffer {
  return readFileSync(seedPath(n))
}

/** Every bundled example definition in `agents/`, as absolute paths. */
export function bundledAgents(): string[] {
  return readdirSync(AGENTS)
    .filter((f) => /\.(md|markdown|mdc|txt)$/i.test(f))
    .sort()
    .map((f) => join(AGENTS, f))
}

/** Chinese characters. */
export const HAN = /\p{Script=Han}/u
