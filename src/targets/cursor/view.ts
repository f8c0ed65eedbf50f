/**
 * Cursor: a subagent `<out>/cursor/<name>.md`, to be placed in `.cursor/agents/`,
 * or, for a source that is a Cursor rule, the rule `<out>/cursor/<name>.mdc`, to
 * be placed in `.cursor/rules/` (rule.ts). YAML frontmatter and the prompt as the
 * body; every string a double-quoted scalar. Subagent fields per
 * cursor.com/docs/agent/subagents (2026): `name`, `description`, `model`,
 * `readonly`, `is_background`.
 */
import type { Agent } from '../../model/agent.js'
import { toTitle } from '../../normalise/names.js'
import { delegationDescription } from '../shared/description.js'
import { localise } from '../shared/localise.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { modelOf } from './model.js'
import { booleanOf, isRule, ruleView, type CursorView } from './rule.js'
import { BACKGROUND_KEYS, PERMISSION_MODES } from './tables.js'
import { readonlyOf } from './tools.js'

export type { CursorView }

export function cursorView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): CursorView {
  if (isRule(agent)) return ruleView(agent, options, notes)
  const text = localise(agent, options.lang, notes)
  const frontmatter: Record<string, unknown> = {
    name: agent.name,
    description: delegationDescription(agent, text.prompt, options.lang, notes),
  }
  if (agent.title !== toTitle(agent.name)) {
    notes.push({ rule: 'target-dropped', data: { kind: 'title', title: agent.title, name: agent.name }, field: 'title' })
  }
  const model = modelOf(agent, options, notes)
  if (model !== undefined) frontmatter.model = model
  if (readonlyOf(agent, notes)) frontmatter.readonly = true
  if (agent.color !== undefined) notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: agent.color }, field: 'color' })
  const left: { key: string; invalid: boolean; noEquivalent?: string }[] = []
  for (const [key, value] of Object.entries(agent.extensions)) {
    if (key === 'permissionMode' && typeof value === 'string' && PERMISSION_MODES.has(value)) continue
    if (BACKGROUND_KEYS.includes(key)) {
      const background = booleanOf(value)
      if (background !== undefined && !Object.hasOwn(frontmatter, 'is_background')) {
        if (key !== 'is_background') notes.push({ rule: 'target-translated', data: { kind: 'field', key, to: 'is_background' }, field: key })
        frontmatter.is_background = background
        continue
      }
      left.push({ key, invalid: background === undefined })
      continue
    }
    // `readonly` left in the extensions is one the cursor-agent dialect could not read (not a boolean).
    left.push(key === 'permissionMode' ? { key, invalid: true, noEquivalent: String(value) } : { key, invalid: key === 'readonly' })
  }
  if (left.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, field: left[0]!.key })
  return { frontmatter, body: text.prompt }
}
