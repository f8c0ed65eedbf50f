/**
 * A source that is a Cursor rule (`.mdc`, the `cursor` dialect) is written back as
 * a rule, not as a subagent: `<name>.mdc` with exactly the three fields of
 * cursor.com/docs/context/rules (2026): `description` (when the agent should apply
 * it), `globs` (the files that attach it: the `file` triggers) and `alwaysApply`
 * (a real boolean: Cursor reads the string `"true"` as false). A rule has no tools,
 * model, colour or other fields: what the source has of them is reported.
 */
import type { Agent } from '../../model/agent.js'
import { toTitle } from '../../normalise/names.js'
import { delegationDescription } from '../shared/description.js'
import { localise } from '../shared/localise.js'
import type { EmitOptions, TargetMessage } from '../types.js'

/** The view of both kinds of file: frontmatter and the prompt as the body. */
export interface CursorView {
  frontmatter: Record<string, unknown>
  body: string
}

/** A boolean as YAML or a string may give it (Claude Code also reads `'true'`/`'false'`). */
export const booleanOf = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined)

/** The agent came from a Cursor rule: it is written as one. */
export const isRule = (agent: Agent): boolean => agent.source.dialect === 'cursor'

export function ruleView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): CursorView {
  const text = localise(agent, options.lang, notes)
  const files = agent.triggers.filter((t) => t.kind === 'file').map((t) => t.value)
  const others = agent.triggers.filter((t) => t.kind !== 'file')
  const frontmatter: Record<string, unknown> = {}
  // A rule without a description (attached by its globs, or by `@name`) is written without one: the
  // cursor dialect reads the same description from the prompt again.
  const described = Object.hasOwn(agent.source.fields, 'description') || agent.examples.length > 0 || others.length > 0
  if (described && agent.description.trim() !== '') {
    frontmatter.description = delegationDescription({ ...agent, triggers: others }, text.prompt, options.lang, notes)
  }
  // One comma-separated string, as Cursor writes globs; a list when a glob holds a comma (`*.{ts,tsx}`).
  if (files.length > 0) frontmatter.globs = files.some((g) => g.includes(',')) ? files : files.join(',')
  frontmatter.alwaysApply = alwaysApplyOf(agent.extensions.alwaysApply, notes)
  if (agent.title !== toTitle(agent.name)) {
    notes.push({ rule: 'target-dropped', data: { kind: 'title', title: agent.title, name: agent.name }, field: 'title' })
  }
  // A list of tools is lost; `none` (no tools) is what a rule is anyway.
  const tools = [...new Set(agent.tools.items.map((t) => t.raw))]
  if (agent.tools.mode === 'list' && tools.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'tool-list', tools, rule: true }, field: 'tools', value: tools[0]! })
  if (agent.color !== undefined) notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: agent.color }, field: 'color' })
  const left: { key: string; invalid: boolean }[] = []
  if (agent.model) left.push({ key: 'model', invalid: false })
  for (const key of Object.keys(agent.extensions)) if (key !== 'alwaysApply') left.push({ key, invalid: false })
  if (booleanOf(agent.extensions.alwaysApply) === undefined && agent.extensions.alwaysApply !== undefined) left.push({ key: 'alwaysApply', invalid: true })
  if (left.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, field: left[0]!.key })
  return { frontmatter, body: text.prompt }
}

/** `alwaysApply` as a boolean: absent is Cursor's default (false); the strings `"true"`/`"false"` as what they say, with a note. */
function alwaysApplyOf(value: unknown, notes: TargetMessage[]): boolean {
  if (typeof value === 'boolean') return value
  const given = booleanOf(value)
  if (given === undefined) return false
  notes.push({ rule: 'target-translated', data: { kind: 'always-apply', value: String(value) }, field: 'alwaysApply' })
  return given
}
