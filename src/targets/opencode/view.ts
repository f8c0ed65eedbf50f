/**
 * opencode subagent: `<out>/opencode/<name>.md`, to be placed in `.opencode/agent/`
 * (opencode names the agent after the file). YAML frontmatter and the prompt as the
 * body. Fields per packages/core/src/v1/config/agent.ts (anomalyco/opencode, 2026)
 * and docs/agents.mdx: `description` (required by the docs), `mode`, `model`
 * (`provider/model`), `variant`, `temperature`, `top_p`, `steps`, `hidden`,
 * `color`, `permission`. Every string is a double-quoted scalar.
 */
import type { Agent } from '../../model/agent.js'
import { toTitle } from '../../normalise/names.js'
import { setDataProperty, getOwnValue } from '../../text/own-keys.js'
import { delegationDescription } from '../shared/description.js'
import { localise } from '../shared/localise.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { modelOf } from './model.js'
import { mergeSource, permissionOf, withPermissionMode } from './permission.js'
import { COLOR_HEX, FIELDS, THEME_COLORS } from './tables.js'
import { mappedColour, toHex } from '../../vocabulary/colors.js'

export interface OpencodeView {
  frontmatter: Record<string, unknown>
  body: string
}

/** Keys of an opencode source that this view writes itself (`mode`, `permission`) or that name a field it writes. */
const HANDLED = new Set(['mode', 'permission', 'permissionMode'])

export function opencodeView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): OpencodeView {
  const text = localise(agent, options.lang, notes)
  const frontmatter: Record<string, unknown> = {
    description: delegationDescription(agent, text.prompt, options.lang, notes),
    mode: 'subagent',
  }
  const mode = agent.extensions.mode
  if (mode !== undefined && mode !== 'subagent') {
    notes.push({ rule: 'target-translated', data: { kind: 'mode', mode: String(mode) }, field: 'mode' })
  }
  if (agent.title !== toTitle(agent.name)) {
    notes.push({ rule: 'target-dropped', data: { kind: 'title', title: agent.title, name: agent.name }, field: 'title' })
  }
  const model = modelOf(agent, options, notes)
  if (model !== undefined) frontmatter.model = model
  const left: { key: string; invalid: boolean; noEquivalent?: string }[] = []
  let firstLeft: string | undefined
  for (const [key, value] of Object.entries(agent.extensions)) {
    if (HANDLED.has(key)) continue
    const field = getOwnValue(FIELDS, key)
    const accepted = field ? field.accept(value) : undefined
    if (field === undefined || accepted === undefined || Object.hasOwn(frontmatter, field.key)) {
      left.push({ key, invalid: field !== undefined })
      firstLeft ??= key
      continue
    }
    if (field.key !== key) notes.push({ rule: 'target-translated', data: { kind: 'field', key, to: field.key }, field: key })
    setDataProperty(frontmatter, field.key, accepted)
  }
  const color = colorOf(agent.color === undefined ? undefined : mappedColour(agent.color, options.colorMap), notes, agent.color)
  if (color !== undefined) frontmatter.color = color
  const merged = mergeSource(permissionOf(agent, notes), agent.extensions.permission)
  left.push(...merged.left.map((key) => ({ key, invalid: true })))
  if (merged.left.length > 0) firstLeft ??= 'permission'
  const moded = withPermissionMode(merged.permission, agent.extensions.permissionMode, notes)
  if (!moded.kept) {
    left.push({ key: 'permissionMode', invalid: true, noEquivalent: String(agent.extensions.permissionMode) })
    firstLeft ??= 'permissionMode'
  }
  if (moded.permission !== undefined) frontmatter.permission = moded.permission
  if (left.length > 0) {
    // opencode would move an unknown key into `options`, passed to the model provider: reported, not written.
    notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, ...(firstLeft !== undefined ? { field: firstLeft } : {}) })
  }
  return { frontmatter, body: text.prompt }
}

/** `#RRGGBB` or a theme name, as opencode's `Color` accepts; a name is written as its hex value. */
function colorOf(color: string | undefined, notes: TargetMessage[], written = color): string | undefined {
  if (color === undefined) return undefined
  if (/^#[0-9a-fA-F]{6}$/.test(color)) {
    if (written !== color) notes.push({ rule: 'target-translated', data: { kind: 'colour', color: written!, nearest: color }, field: 'color' })
    return color
  }
  const name = color.trim().toLowerCase()
  if (THEME_COLORS.has(name)) return name
  // Claude's eight as the hex they fold back from; any other CSS colour (`rgb()`, `hotpink`, `#abc`) as its own hex.
  const hex = getOwnValue(COLOR_HEX, name) ?? toHex(name)
  if (hex === undefined) {
    notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: written! }, field: 'color' })
    return undefined
  }
  if (hex !== written) notes.push({ rule: 'target-translated', data: { kind: 'colour', color: written!, nearest: hex }, field: 'color' })
  return hex
}

