/**
 * Several files defining an agent of the same name (wshobson's collection has
 * dozens). Identical outputs are written once with a note; different ones are an
 * error naming every file, unless the user chose to prefix names with a part of their path.
 */
import { createHash } from 'node:crypto'
import type { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import { hashOf, toId, toKebab } from '../normalise/names.js'
import { hasErrors, report } from '../diagnostics/report.js'
import type { Output } from './compile.js'
import { sha256 } from './manifest.js'

export type CollisionPolicy = 'error' | 'prefix-path'

export interface Compiled {
  file: VFile
  agents: Agent[]
  outputs: Output[]
}

function groupByName(files: Compiled[]): Map<string, { compiled: Compiled; agent: Agent }[]> {
  const byName = new Map<string, { compiled: Compiled; agent: Agent }[]>()
  for (const compiled of files) {
    // A file with errors writes nothing, so it cannot collide.
    if (hasErrors(compiled.file)) continue
    for (const agent of compiled.agents) {
      const group = byName.get(agent.name) ?? []
      group.push({ compiled, agent })
      byName.set(agent.name, group)
    }
  }
  return byName
}

/**
 * Folder names that say nothing about an agent: where tools keep agents, and how
 * collections sort them. Passed over while a more telling part of the path exists.
 */
const GENERIC = new Set(['agents', 'agent', 'subagents', 'prompts', 'modes', 'rules', 'chatmodes', 'categories', 'components', 'plugins', 'src', 'docs', 'dist', 'examples', 'corpus', 'claude', '.claude', '.github', '.opencode', '.codex', '.gemini', '.qwen', '.cursor', '.kiro', '.roo'])

/** A part that is an identifier, not a name: a hash, a number. */
const NOISE = /^(?:[0-9a-f]{7,}|\d+)$/i

/**
 * The parts of a path a prefix can be made of, nearest first, as kebab-case words:
 * telling folders first, then the file's name (`x`) and its name with the extension
 * (`x-md`), then the generic and noisy folders. A folder's leading number is dropped
 * (`03-infrastructure` → `infrastructure`).
 */
function partsOf(path: string): string[][] {
  const parts = path.split(/[\\/]/).filter((s) => s !== '' && s !== '.' && s !== '..')
  const file = parts.pop() ?? ''
  const dot = file.indexOf('.')
  const words = (part: string) => toKebab(part).split('-').filter(Boolean)
  const folders = parts.reverse()
  const telling = folders.filter((p) => !GENERIC.has(p.toLowerCase()) && !NOISE.test(p)).map((p) => words(p.replace(/^\d+[-_. ]+/, '')))
  // Last: generic names, then numbers, then hashes (a hash is the least readable of all).
  const rank = (p: string) => (GENERIC.has(p.toLowerCase()) ? 0 : /^\d+$/.test(p) ? 1 : 2)
  const rest = folders.filter((p) => GENERIC.has(p.toLowerCase()) || NOISE.test(p)).sort((a, b) => rank(a) - rank(b)).map(words)
  return [...telling, words(dot > 0 ? file.slice(0, dot) : file), words(file), ...rest].filter((w) => w.length > 0)
}

/**
 * For each path, the shortest readable prefix that is no part of another path of the
 * group: the first words of the nearest telling part (`alpha`, `voltagent`), more
 * words when the fewer are taken, then farther parts; a short hash of the path only
 * when nothing else differs. Each result is unique in the group and avoids `taken`.
 */
export function distinctPrefixes(paths: string[], taken: ReadonlySet<string>, name: string): string[] {
  const parts = paths.map(partsOf)
  /** Every part of a path, whole: a prefix equal to a part of another path would not tell them apart. */
  const claims = parts.map((ps) => new Set(ps.map((words) => words.join('-'))))
  const used = new Set<string>()
  return paths.map((path, i) => {
    const others = claims.filter((_, k) => k !== i)
    for (const words of parts[i]!) {
      for (let n = 1; n <= words.length; n++) {
        const prefix = words.slice(0, n).join('-')
        const full = nameOf(prefix, name)
        if (others.some((c) => c.has(prefix)) || used.has(full) || taken.has(full)) continue
        used.add(full)
        return prefix
      }
    }
    const prefix = createHash('sha256').update(path).digest('hex').slice(0, 6)
    used.add(nameOf(prefix, name))
    return prefix
  })
}

/**
 * A file's outputs of one agent, as one digest: groups compare large outputs by it.
 * Made of each output's own digest, so that a cached output's text is not read.
 */
const digestOf = (c: Compiled, name: string) => {
  const hash = createHash('sha256')
  for (const o of c.outputs) if (o.agent === name) hash.update(o.digest ?? sha256(o.content)).update('\0')
  return hash.digest('hex')
}

const nameOf = (prefix: string, name: string) => `${prefix}-${name}`.slice(0, 64).replace(/-+$/, '')

/**
 * After emitting, with `prefix-path`: of each group of agents sharing a name, the
 * identical ones are left to `resolveCollisions` (written once); the different ones
 * are renamed `<prefix>-<name>` (`distinctPrefixes`), said on each, and emitted again
 * under the new name. Every collision of the tree is resolved in this one pass.
 */
export function prefixPaths(files: Compiled[], emitAgain: (compiled: Compiled, agent: Agent) => Output[]): void {
  const groups = groupByName(files)
  const taken = new Set(groups.keys())
  for (const [name, group] of groups) {
    if (group.length < 2) continue
    // Each member's outputs of this name, as one digest (computed once: the outputs of a group are large).
    const digests = new Map<Compiled, string>()
    const contents = (c: Compiled) => {
      let digest = digests.get(c)
      if (digest === undefined) digests.set(c, (digest = digestOf(c, name)))
      return digest
    }
    const distinct = new Map<string, { compiled: Compiled; agent: Agent }>()
    for (const member of group) if (!distinct.has(contents(member.compiled))) distinct.set(contents(member.compiled), member)
    if (distinct.size < 2) continue
    const firsts = [...distinct.values()]
    const prefixes = distinctPrefixes(firsts.map(({ compiled }) => compiled.file.path), taken, name)
    const renamed = new Map<string, string>()
    firsts.forEach(({ compiled, agent }, i) => {
      agent.name = nameOf(prefixes[i]!, name)
      taken.add(agent.name)
      renamed.set(contents(compiled), compiled.file.path)
      report(compiled.file, 'name-collision', { name, others: firsts.length - 1, renamed: agent.name }, { line: agent.source.fields.name ?? 1, column: 1 })
      compiled.outputs = [...compiled.outputs.filter((o) => o.agent !== name), ...emitAgain(compiled, agent)]
    })
    // The copies of a renamed agent: written once, under its new name, by the first of them.
    for (const { compiled } of group) {
      if (firsts.some((f) => f.compiled === compiled)) continue
      report(compiled.file, 'name-duplicate', { name, first: renamed.get(contents(compiled))! })
      compiled.outputs = compiled.outputs.filter((o) => o.agent !== name)
    }
  }
}

/**
 * After emitting, whatever the policy: names in another script that read alike
 * (`马克` and `码克` are both `ma-ke`) are different names, not a collision. Each
 * gets a short hash of the name as written (`ma-ke-3f2a1c`), said on each, and is
 * emitted again; the hash is added only where two such ids meet.
 */
export function separateHomophones(files: Compiled[], emitAgain: (compiled: Compiled, agent: Agent) => Output[]): void {
  for (const [name, group] of groupByName(files)) {
    const titles = [...new Set(group.map(({ agent }) => agent.title))]
    if (titles.length < 2 || !titles.every((title) => /[^\x00-\x7f]/.test(title) && toId(title) === name)) continue
    for (const { compiled, agent } of group) {
      const other = titles.find((t) => t !== agent.title)!
      agent.name = `${name.slice(0, 57).replace(/-+$/, '')}-${hashOf(agent.title, 6)}`
      report(compiled.file, 'name-normalised', { given: agent.title, name: agent.name, lossy: false, transliterated: true, clash: { id: name, with: other } }, { line: agent.source.fields.name ?? 1, column: 1 })
      compiled.outputs = [...compiled.outputs.filter((o) => o.agent !== name), ...emitAgain(compiled, agent)]
    }
  }
}

/** After emitting: write identical agents once; refuse different ones, naming every file. */
export function resolveCollisions(files: Compiled[]): void {
  for (const [name, group] of groupByName(files)) {
    if (group.length < 2) continue
    const drop = (c: Compiled) => (c.outputs = c.outputs.filter((o) => o.agent !== name))
    const first = group[0]!.compiled
    const firstDigest = digestOf(first, name)
    if (group.every(({ compiled }) => compiled === first || digestOf(compiled, name) === firstDigest)) {
      for (const { compiled } of group.slice(1)) {
        report(compiled.file, 'name-duplicate', { name, first: first.file.path })
        drop(compiled)
      }
      continue
    }
    // The whole list once, on the first file; each other file names the first: the report grows with the files, not their square.
    const paths = [...new Set(group.map(({ compiled }) => compiled.file.path))]
    for (const { compiled, agent } of group) {
      const at = { line: agent.source.fields.name ?? 1, column: 1 }
      if (compiled === first) report(compiled.file, 'name-collision', { name, files: paths.filter((p) => p !== compiled.file.path) }, at)
      else report(compiled.file, 'name-collision', { name, first: first.file.path, others: paths.length - 2 }, at)
      drop(compiled)
    }
  }
}
