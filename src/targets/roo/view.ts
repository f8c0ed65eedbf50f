/**
 * Roo Code custom modes: one `<out>/roo/.roomodes` holding every agent of the build
 * as a mode of `customModes`, to be placed at the workspace's root. Fields per
 * RooCodeInc/Roo-Code packages/types/src/mode.ts (modeConfigSchema, 2026-04-14):
 * `slug` (the agent's name), `name` (its title), `description` (the mode picker's
 * short text, from a Roo source), `roleDefinition` (the prompt, which opens Roo's
 * system prompt), `whenToUse` (what the Orchestrator reads to delegate: the
 * description with the triggers and examples), `customInstructions` (a Roo source's
 * own, split back from the prompt), `groups`. Roo modes have no model, colour,
 * temperature or turn limit.
 */
import YAML from 'yaml'
import type { Agent } from '../../model/agent.js'
import { toId, toTitle } from '../../normalise/names.js'
import { setDataProperty } from '../../text/own-keys.js'
import { delegationDescription } from '../shared/description.js'
import { localise } from '../shared/localise.js'
import { modelList } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { withSourceOptions } from './options.js'
import { CUSTOM_HEADING, REWRITTEN, SLUG } from './tables.js'
import { groupsOf, type Groups } from './tools.js'

export interface RooMode {
  slug: string
  name: string
  description?: string
  roleDefinition: string
  whenToUse: string
  customInstructions?: string
  groups: (string | [string, Record<string, string>])[]
}

const HAS_REWRITTEN = new RegExp(REWRITTEN.source)

/** The one file: the YAML the template writes. */
export interface RooFileView {
  document: string
}

/** Extensions this view writes itself, or that Roo Code sets (`source`: from the file the mode is read from). */
const HANDLED = new Set(['groupOptions', 'shortDescription', 'source'])

export function rooView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): RooMode {
  const text = localise(agent, options.lang, notes)
  let slug = agent.name
  if (!SLUG.test(slug)) {
    slug = toId(slug)
    notes.push({ rule: 'target-translated', data: { kind: 'slug', name: agent.name, slug } })
  }
  const whenToUse = delegationDescription(agent, text.prompt, options.lang, notes)
  const mode: RooMode = { slug, name: text.title.trim() === '' ? toTitle(slug) : text.title, roleDefinition: text.prompt, whenToUse, groups: [] }
  if (typeof agent.extensions.shortDescription === 'string' && agent.extensions.shortDescription.trim() !== '') mode.description = agent.extensions.shortDescription
  // A Roo source's customInstructions, which the roo dialect appended under their heading: back in their field.
  const split = text.prompt.indexOf(CUSTOM_HEADING)
  const role = text.prompt.slice(0, split)
  const custom = text.prompt.slice(split + CUSTOM_HEADING.length)
  if (agent.source.dialect === 'roo' && split > 0 && role.trim() !== '' && role === role.trimEnd() && custom.trim() !== '' && custom === custom.trimEnd() && !/^[ \t]*\n/.test(custom)) {
    mode.roleDefinition = role
    mode.customInstructions = custom
  }
  if (mode.roleDefinition.trim() === '') {
    // Roo Code requires a role definition: the description says what the agent is for.
    mode.roleDefinition = whenToUse
    notes.push({ rule: 'target-defaulted', data: { kind: 'blank-prompt' }, field: 'prompt' })
  }
  const groups = withPlan(withSourceOptions(groupsOf(agent, notes), agent.extensions.groupOptions, notes), agent, notes)
  mode.groups = [...groups].map(([group, options]) => (options === undefined ? group : [group, { ...options }]))
  noteModel(agent, options, notes)
  if (agent.color !== undefined) notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: agent.color }, field: 'color' })
  const left: { key: string; invalid: boolean }[] = []
  for (const key of Object.keys(agent.extensions)) {
    if (HANDLED.has(key)) continue
    if (key === 'permissionMode' && (agent.extensions[key] === 'plan' || agent.extensions[key] === 'default')) continue
    left.push({ key, invalid: false })
  }
  if (left.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, field: left[0]!.key })
  return mode
}

/** Roo Code keeps a model per mode in its own settings, not in the file: a model (or --model) is reported, never written. */
function noteModel(agent: Agent, options: EmitOptions, notes: TargetMessage[]): void {
  if (options.model !== undefined) {
    notes.push({ rule: 'target-dropped', data: { kind: 'model', models: [options.model] } })
    return
  }
  if (!agent.model) return
  const list = modelList(agent.model)
  if (list.length === 1 && list[0]!.tier === 'inherit') return
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((ref) => ref.raw) }, field: 'model' })
}

/** Claude Code's `permissionMode: plan` (read-only): no edit and no command group, Roo's read-only mode. */
function withPlan(groups: Groups, agent: Agent, notes: TargetMessage[]): Groups {
  if (agent.extensions.permissionMode !== 'plan') return groups
  notes.push({ rule: 'target-translated', data: { kind: 'plan', every: agent.tools.mode === 'all' }, field: 'permissionMode' })
  groups.delete('edit')
  groups.delete('command')
  return groups
}

/**
 * Every mode, sorted by slug, as `customModes:` YAML. Strings as the `yaml` package
 * (Roo Code's own parser) writes them, multi-line ones as block literals; a string
 * holding a character Roo Code rewrites before parsing is double-quoted, with that
 * character escaped.
 *
 * Each mode is rendered as the one item of a `customModes` list of its own, and the
 * items are joined under one `customModes:`: the `yaml` package writes an item of a
 * block sequence the same whatever its neighbours (no anchors here, no comments), so
 * the text is the one a Document of every mode gives (a test holds them equal), without
 * that Document: for the corpus's 2,500 agents it held ~110 MB while it was written,
 * at the build's peak of memory (issue 11).
 */
export function gatherModes(modes: RooMode[]): RooFileView {
  const sorted = [...modes].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  // No mode: `customModes: []`, as the Document writes it.
  if (sorted.length === 0) return { document: modesDocument([]) }
  const items = sorted.map((mode) => modesDocument([mode]))
  // Each is `customModes:` and its item (a list of one in block style); anything else, and the whole is written at once.
  if (!items.every((item) => item.startsWith(LIST_KEY))) return { document: modesDocument(sorted) }
  return { document: LIST_KEY + items.map((item) => item.slice(LIST_KEY.length)).join('') }
}

const LIST_KEY = 'customModes:\n'

/** `customModes:` and these modes, in their order, as the `yaml` package writes them in one Document, Roo's rewritten characters escaped. */
export function modesDocument(modes: RooMode[]): string {
  const doc = new YAML.Document({ customModes: modes.map((mode) => plain(mode)) }, { aliasDuplicateObjects: false })
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && HAS_REWRITTEN.test(node.value)) node.type = 'QUOTE_DOUBLE'
    },
  })
  const yaml = doc.toString({ lineWidth: 0, minContentWidth: 0, doubleQuotedAsJSON: true, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER })
  // Only double-quoted strings hold these characters now: `\uXXXX` is their escape there.
  return yaml.replace(REWRITTEN, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}

/** The mode as plain data, its keys in the order written. */
function plain(mode: RooMode): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of ['slug', 'name', 'description', 'roleDefinition', 'whenToUse', 'customInstructions', 'groups'] as const) {
    if (mode[key] !== undefined) setDataProperty(out, key, mode[key])
  }
  return out
}
