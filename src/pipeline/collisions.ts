/**
 * Several files defining an agent of the same name (wshobson's collection has
 * dozens). Identical outputs are written once with a note; different ones are an
 * error naming every file, unless the user chose to prefix names with a part of their path.
 */
import type { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import { toKebab } from '../normalise/names.js'
import { hasErrors, report } from '../diagnostics/report.js'
import type { Output } from './compile.js'

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
 * The parts of a path that can tell two files apart, nearest first: each parent
 * folder from the nearest up, then the file name, its extension, and both.
 * `plugins/a/agents/x.md` → `agents`, `a`, `plugins`, `x`, `md`, `x.md`.
 */
function distinguishers(path: string): string[] {
  const parts = path.split(/[\\/]/).filter((s) => s !== '' && s !== '.' && s !== '..')
  const file = parts.pop() ?? ''
  const dot = file.indexOf('.')
  return [...parts.reverse(), dot > 0 ? file.slice(0, dot) : file, dot > 0 ? file.slice(dot + 1) : '', file]
}

/**
 * Before emitting, with `prefix-path`: rename colliding agents `<part>-<name>`, using
 * the nearest part of their paths that tells them apart: a folder
 * (`plugins/a/agents/x.md`, `plugins/b/agents/x.md` → `a-x`, `b-x`), else the file
 * name, else the extension, else both. Agents no part tells apart keep colliding.
 */
export function prefixPaths(files: Compiled[]): void {
  for (const [name, group] of groupByName(files)) {
    if (group.length < 2) continue
    const parts = group.map(({ compiled }) => distinguishers(compiled.file.path))
    const depth = Math.max(...parts.map((p) => p.length))
    for (let k = 0; k < depth; k++) {
      const prefixes = parts.map((p) => toKebab(p[k] ?? ''))
      if (new Set(prefixes).size !== prefixes.length || prefixes.includes('')) continue
      group.forEach(({ compiled, agent }, i) => {
        agent.name = `${prefixes[i]}-${name}`.slice(0, 64).replace(/-+$/, '')
        report(compiled.file, 'name-collision', { name, others: group.length - 1, renamed: agent.name }, { line: agent.source.fields.name ?? 1, column: 1 })
      })
      break
    }
  }
}

/** After emitting: write identical agents once; refuse different ones, naming every file. */
export function resolveCollisions(files: Compiled[]): void {
  for (const [name, group] of groupByName(files)) {
    if (group.length < 2) continue
    const contents = (c: Compiled) => c.outputs.filter((o) => o.agent === name).map((o) => o.content).join('\0')
    const drop = (c: Compiled) => (c.outputs = c.outputs.filter((o) => o.agent !== name))
    const first = group[0]!.compiled
    if (group.every(({ compiled }) => contents(compiled) === contents(first))) {
      for (const { compiled } of group.slice(1)) {
        report(compiled.file, 'name-duplicate', { name, first: first.file.path })
        drop(compiled)
      }
      continue
    }
    const paths = [...new Set(group.map(({ compiled }) => compiled.file.path))]
    for (const { compiled, agent } of group) {
      report(compiled.file, 'name-collision', { name, files: paths.filter((p) => p !== compiled.file.path) }, { line: agent.source.fields.name ?? 1, column: 1 })
      drop(compiled)
    }
  }
}
