/**
 * Several files defining an agent of the same name (wshobson's collection has
 * dozens). Identical outputs are written once with a note; different ones are an
 * error naming every file, unless the user chose to prefix names with a folder.
 */
import { dirname } from 'node:path'
import type { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import { toKebab } from '../normalize/names.js'
import { hasErrors, report } from '../report/rules.js'
import type { Output } from './compile.js'

export type CollisionPolicy = 'error' | 'prefix-folder'

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
 * Before emitting, with `prefix-folder`: rename colliding agents `<folder>-<name>`,
 * using the nearest parent folder whose name tells the files apart
 * (`plugins/a/agents/x.md`, `plugins/b/agents/x.md` → `a-x`, `b-x`).
 */
export function prefixFolders(files: Compiled[]): void {
  for (const [name, group] of groupByName(files)) {
    if (group.length < 2) continue
    const folders = group.map(({ compiled }) => dirname(compiled.file.path).split(/[\\/]/).filter((s) => s !== '' && s !== '.').reverse())
    const depth = Math.max(...folders.map((f) => f.length))
    for (let k = 0; k < depth; k++) {
      const prefixes = folders.map((f) => toKebab(f[k] ?? ''))
      if (new Set(prefixes).size !== prefixes.length || prefixes.includes('')) continue
      group.forEach(({ compiled, agent }, i) => {
        agent.name = `${prefixes[i]}-${name}`.slice(0, 64).replace(/-+$/, '')
        report(compiled.file, 'info', 'name-collision', `Agent name \`${name}\` is also used elsewhere; renamed \`${agent.name}\` (--on-collision prefix-folder)`, { line: agent.source.fields.name ?? 1, column: 1 })
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
        report(compiled.file, 'info', 'name-duplicate', `Same agent \`${name}\` as ${first.file.path}; written once`)
        drop(compiled)
      }
      continue
    }
    const paths = [...new Set(group.map(({ compiled }) => compiled.file.path))]
    for (const { compiled, agent } of group) {
      const others = paths.filter((p) => p !== compiled.file.path).join(', ') || 'the same file'
      report(compiled.file, 'error', 'name-collision', `Agent name \`${name}\` is also defined, differently, by ${others}; none of them was written (see --on-collision)`, { line: agent.source.fields.name ?? 1, column: 1 })
      drop(compiled)
    }
  }
}
