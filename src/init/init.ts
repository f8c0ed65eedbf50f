/**
 * `agentdef init`: a starting config and the npm scripts a repository runs, from
 * what is already there. The targets are the tools whose folders exist (`.claude/`,
 * `.opencode/`, `.github/agents/`…), found from each target's native path in the
 * registry; the sources are `agents/`, or `.claude/agents/` when only that exists
 * (a collection that starts as Claude Code subagents). It never overwrites: an
 * existing config, or a script of the same name that does something else, is left as
 * it is and said. It asks nothing: what the folder shows decides, and `--target`
 * overrides it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CONFIG_NAMES } from '../config/discover.js'
import { TARGET_IDS, targets } from '../targets/registry.js'
import type { Target } from '../targets/types.js'


export const SCHEMA_PATH = './node_modules/agentdef/src/config/config.schema.json'

export const SCRIPTS = { agents: 'agentdef build', 'agents:check': 'agentdef build --check' } as const

/** Without a tool folder, a repository starts with the target most collections are written for. */
const DEFAULT_TARGETS = ['claude']

export interface InitPlan {
  /** The config to write, or why none is written. */
  config: { path: string; text: string } | { exists: string }
  /** The scripts to add to package.json, the ones left because their name is taken, or no package.json. */
  scripts: { add: Record<string, string>; taken: string[] } | { noPackage: true }
  targets: string[]
  /** Where each target was seen, or empty when they are the defaults. */
  seen: Record<string, string>
  include: string[]
}

/** The signs that a tool is used in `dir`: the top folder of its native path (`.github` alone says nothing: every repository on GitHub has it). */
function signsOf(target: Target): string[] {
  const path = target.nativePath?.('x')
  if (path === undefined) return []
  const [top] = path.split('/')
  if (top === '.github') return ['.github/agents', '.github/copilot-instructions.md']
  return top === '.roomodes' ? ['.roomodes', '.roo'] : [top!]
}

export function planInit(dir: string, chosen?: string[]): InitPlan {
  const seen: Record<string, string> = {}
  for (const id of TARGET_IDS) {
    const sign = signsOf(targets[id] as Target).find((path) => existsSync(join(dir, path)))
    if (sign !== undefined) seen[id] = sign
  }
  const found = Object.keys(seen)
  const chosenTargets = chosen ?? (found.length > 0 ? found : DEFAULT_TARGETS)
  const include = existsSync(join(dir, 'agents')) || !existsSync(join(dir, '.claude/agents')) ? ['agents'] : ['.claude/agents']
  // A config of any form here, or the `agentdef` key of package.json, is the repository's: never replaced.
  const existing = CONFIG_NAMES.find((name) => existsSync(join(dir, name))) ?? (readPackage(dir)?.data.agentdef !== undefined ? 'package.json (its "agentdef" key)' : undefined)
  const config: InitPlan['config'] = existing
    ? { exists: existing }
    : { path: CONFIG_NAMES[0], text: JSON.stringify({ $schema: SCHEMA_PATH, include, targets: chosenTargets, layout: 'native' }, null, 2) + '\n' }
  let scripts: InitPlan['scripts'] = { noPackage: true }
  const pkg = readPackage(dir)
  if (pkg) {
    const current = (pkg.data.scripts ?? {}) as Record<string, unknown>
    const add: Record<string, string> = {}
    const taken: string[] = []
    for (const [name, command] of Object.entries(SCRIPTS)) {
      if (!Object.hasOwn(current, name)) add[name] = command
      else if (current[name] !== command) taken.push(name)
    }
    scripts = { add, taken }
  }
  return { config, scripts, targets: chosenTargets, seen: chosen ? {} : seen, include }
}

/** Write what the plan says; nothing that exists is replaced. Returns the files written. */
export function applyInit(dir: string, plan: InitPlan): string[] {
  const written: string[] = []
  if ('path' in plan.config) {
    // `wx`: fails rather than replace a config that appeared since the plan was made.
    writeFileSync(join(dir, plan.config.path), plan.config.text, { flag: 'wx' })
    written.push(plan.config.path)
  }
  if ('add' in plan.scripts && Object.keys(plan.scripts.add).length > 0) {
    const pkg = readPackage(dir)!
    pkg.data.scripts = { ...((pkg.data.scripts ?? {}) as Record<string, string>), ...plan.scripts.add }
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg.data, null, pkg.indent) + (pkg.finalNewline ? '\n' : ''))
    written.push('package.json')
  }
  return written
}

/** package.json as it is, with its indentation, so that adding two scripts changes only those lines. */
function readPackage(dir: string): { data: Record<string, unknown>; indent: string | number; finalNewline: boolean } | undefined {
  const path = join(dir, 'package.json')
  if (!existsSync(path)) return undefined
  const text = readFileSync(path, 'utf8')
  const data = JSON.parse(text) as unknown
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('package.json does not hold an object')
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? 2
  return { data: data as Record<string, unknown>, indent, finalNewline: text.endsWith('\n') }
}
