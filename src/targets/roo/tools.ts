/**
 * A tool list as Roo Code's `groups`: a mode is granted groups of tools, never one
 * tool (RooCodeInc/Roo-Code packages/types/src/mode.ts, src/shared/tools.ts,
 * 2026-04-14). Each tool goes to the group that grants it, with a note when the
 * group grants more; Claude Code's `Edit(path)` limits the edit group by
 * `fileRegex`; what no group grants is reported by name.
 */
import type { Agent } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'
import { CLAUDE_TOOLS } from '../../vocabulary/tools.js'
import { noteToolsLeftOut } from '../shared/host-tools.js'
import type { TargetMessage } from '../types.js'
import { globsToRegex } from './paths.js'
import { ALWAYS, EDIT_PATTERN, GRANTS, GROUP_OF, GROUPS, OTHER_PATTERN, PATTERN_ID, type Group } from './tables.js'

export interface GroupOptions {
  fileRegex?: string
  description?: string
}

/** The groups of a mode, in Roo's order, with the options of a limited one. */
export type Groups = Map<Group, GroupOptions | undefined>

/** The Claude Code name of a canonical id, for a note read by people who wrote Claude names. */
const claudeName = (id: string): string => (id === 'mcp:*' ? 'mcp__*' : (Object.keys(CLAUDE_TOOLS).find((name) => CLAUDE_TOOLS[name] === id) ?? id))

export function groupsOf(agent: Agent, notes: TargetMessage[]): Groups {
  const groups: Groups = new Map()
  if (agent.tools.mode === 'none') return groups
  if (agent.tools.mode === 'all') {
    // A mode lists its groups: every group is every tool Roo Code has.
    notes.push({ rule: 'target-translated', data: { kind: 'every-tool', count: GROUPS.length }, field: 'tools' })
    for (const group of GROUPS) groups.set(group, undefined)
    return groups
  }
  const ids = new Set(agent.tools.items.map((tool) => tool.id))
  const byGroup = new Map<Group, { raws: string[]; ids: string[] }>()
  const add = (group: Group, raw: string, id: string) => {
    groups.set(group, undefined)
    const entry = byGroup.get(group) ?? { raws: [], ids: [] }
    entry.raws.push(raw)
    entry.ids.push(id)
    byGroup.set(group, entry)
  }
  const left: { id: string; raw: string }[] = []
  const always: string[] = []
  const editGlobs: { raw: string; glob: string }[] = []
  for (const tool of agent.tools.items) {
    const group = getOwnValue(GROUP_OF, tool.id) ?? (tool.id.startsWith('mcp:') ? 'mcp' : undefined)
    if (group !== undefined) {
      add(group, tool.raw, tool.id)
      continue
    }
    if (getOwnValue(ALWAYS, tool.id) !== undefined) {
      always.push(tool.raw)
      continue
    }
    const edit = EDIT_PATTERN.exec(tool.id)
    if (edit) {
      editGlobs.push({ raw: tool.raw, glob: edit[2]!.trim() })
      continue
    }
    const other = OTHER_PATTERN.exec(tool.id)
    if (other) {
      // `Bash(git log:*)`, `Read(src/**)`: the group grants the tool for every command or path.
      add(GROUP_OF[PATTERN_ID[other[1]!]!]!, tool.raw, `${PATTERN_ID[other[1]!]!}(…)`)
      continue
    }
    left.push(tool)
  }
  noteToolsLeftOut(left, notes)
  if (always.length > 0) notes.push({ rule: 'target-translated', data: { kind: 'always', tools: always }, field: 'tools', value: always[0]! })
  if (editGlobs.length > 0) limitEdits(groups, byGroup, editGlobs, notes)
  // A group stands for a kind of tool: say so when it grants more than the source's tools, or folds one in.
  for (const [group, { raws, ids: given }] of byGroup) {
    const grants = GRANTS[group]
    const also = grants.filter((id) => !ids.has(id)).map(claudeName)
    const folded = given.some((id) => !grants.includes(id))
    if (also.length > 0 || folded) notes.push({ rule: 'target-translated', data: { kind: 'alias', alias: group, tools: raws, also }, field: 'tools', value: raws[0]! })
  }
  return new Map(GROUPS.filter((group) => groups.has(group)).map((group) => [group, groups.get(group)]))
}

/**
 * `Edit(docs/**)`: the edit group limited by a `fileRegex` that matches the paths
 * (Roo Code tests it against the path an edit tool is given). Left out when the
 * source also grants editing everywhere, or when a pattern has no regex (`//abs`, `~/`).
 */
function limitEdits(groups: Groups, byGroup: Map<Group, { raws: string[]; ids: string[] }>, globs: { raw: string; glob: string }[], notes: TargetMessage[]): void {
  const raws = globs.map((g) => g.raw)
  if (groups.has('edit')) {
    const entry = byGroup.get('edit')!
    entry.raws.push(...raws)
    entry.ids.push(...globs.map(() => 'edit(…)'))
    return
  }
  const regex = globsToRegex(globs.map((g) => g.glob))
  if (regex === undefined) {
    noteToolsLeftOut(globs.map((g) => ({ id: g.raw, raw: g.raw })), notes)
    return
  }
  groups.set('edit', { fileRegex: regex, description: `Only ${globs.map((g) => g.glob).join(', ')}` })
  notes.push({ rule: 'target-translated', data: { kind: 'file-regex', tools: raws, regex }, field: 'tools', value: raws[0]! })
}
