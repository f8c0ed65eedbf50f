/**
 * Roo Code custom modes: a `.roomodes` file (YAML or JSON, `customModes:` list,
 * several modes) or a file holding one mode. One draft per mode:
 * - `slug` → name, `name` → title, `roleDefinition` → prompt;
 * - `whenToUse`, else `description`, → description (Roo's `description` is the short
 *   text of the mode picker; when both are given and differ, it is kept as `shortDescription`);
 *   with neither, the first sentence of `roleDefinition`, as Roo Code itself does;
 * - `customInstructions` → appended to the prompt under a `# Custom Instructions`
 *   heading: Roo Code adds them after the role definition in its system prompt, so
 *   they are part of the prompt, and the heading keeps them apart in the outline;
 * - `groups` → canonical tools; `[group, {fileRegex, description}]` (Roo's own
 *   form) and `{type, allowedPaths…}` (SchemaStore's form) keep their options in
 *   the `groupOptions` extension, keyed by group;
 * - every other key (`source`, `category`, `version`…) → extensions.
 * Shapes from RooCodeInc/Roo-Code packages/types/src/mode.ts (modeConfigSchema).
 */
import type { VFile } from 'vfile'
import { firstSentenceAt } from '../../normalise/description.js'
import { report } from '../../diagnostics/report.js'
import type { Draft, FieldPosition, NamePosition } from '../../model/draft.js'
import type { DataSource } from '../../parse/data.js'
import { outlineOfText } from '../shared/outline.js'
import { setDataProperty } from '../../text/own-keys.js'

/** Roo tool groups → canonical tool names (as `normaliseTools` reads them). */
const GROUPS: Record<string, string[]> = {
  read: ['read', 'search', 'glob', 'list'],
  edit: ['write', 'edit'],
  command: ['shell'],
  // Deprecated in Roo Code (stripped on load), still common in the wild.
  browser: ['web-fetch'],
  // `mcp__*`: `normaliseTools` reads it as `mcp:*`, every tool of every server.
  mcp: ['mcp__*'],
  // `switch_mode` and `new_task`: handing work to another mode.
  modes: ['agent'],
}

const MAPPED = new Set(['slug', 'name', 'roleDefinition', 'whenToUse', 'description', 'customInstructions', 'groups'])
const REQUIRED = ['slug', 'name', 'roleDefinition', 'groups']

type Path = (string | number)[]

export function isRooData(data: unknown): boolean {
  if (!isRecord(data)) return false
  if ('customModes' in data) return true
  return 'slug' in data && ('roleDefinition' in data || 'groups' in data || 'customInstructions' in data)
}

export function readRoo(source: DataSource, file: VFile): Draft[] {
  const data = source.data as Record<string, unknown>
  if (!('customModes' in data)) return [readMode(data, [], source, file)]
  const modes = data.customModes
  for (const key of Object.keys(data)) {
    if (key !== 'customModes') report(file, 'roo-mode-invalid', { beside: key }, at(source, [key]))
  }
  if (!Array.isArray(modes)) {
    report(file, 'roo-mode-invalid', { modes: kind(modes) }, at(source, ['customModes']))
    return []
  }
  if (modes.length === 0) report(file, 'roo-mode-invalid', { emptyModes: true }, at(source, ['customModes']))
  const drafts: Draft[] = []
  const seen = new Map<string, number>()
  modes.forEach((mode, index) => {
    const path = ['customModes', index]
    if (!isRecord(mode)) {
      report(file, 'roo-mode-invalid', { mode: index + 1, found: kind(mode) }, at(source, path))
      return
    }
    if (typeof mode.slug === 'string' && seen.has(mode.slug)) {
      // Roo Code rejects a file with a repeated slug; the first mode wins here.
      report(file, 'roo-mode-invalid', { slug: mode.slug, usedBy: seen.get(mode.slug)! + 1 }, at(source, [...path, 'slug']))
      return
    }
    if (typeof mode.slug === 'string') seen.set(mode.slug, index)
    drafts.push(readMode(mode, path, source, file))
  })
  return drafts
}

function readMode(mode: Record<string, unknown>, path: Path, source: DataSource, file: VFile): Draft {
  const label = typeof mode.slug === 'string' ? `Mode \`${mode.slug}\`` : typeof mode.name === 'string' ? `Mode "${mode.name}"` : 'A mode'
  const missing = REQUIRED.filter((key) => mode[key] === undefined || mode[key] === null || mode[key] === '')
  if (missing.length > 0) {
    report(file, 'roo-mode-invalid', { label, missing }, at(source, path))
  }
  const text = (key: string): string | undefined => {
    const value = mode[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string') return value
    report(file, 'roo-mode-invalid', { label, key, found: kind(value) }, at(source, [...path, key]))
    return Array.isArray(value) ? value.map(String).join('\n') : typeof value === 'object' ? JSON.stringify(value) : String(value)
  }

  const fields: Record<string, FieldPosition> = {}
  const setField = (field: string, key: string, names?: NamePosition[]) => {
    const position = source.positionOf([...path, key])
    const value = source.valuePosition([...path, key])
    if (position) fields[field] = { position, ...(value ? { value } : {}), ...(names ? { names } : {}) }
  }
  // The mode itself: its first key in a list, `slug` in a one-mode file.
  const modePosition = (path.length > 0 ? source.positionOf(path) : undefined) ?? source.positionOf([...path, 'slug'])
  const top = { line: 1, column: 1, offset: 0 }
  fields.mode = { position: modePosition ?? { start: top, end: top } }
  setField('name', 'slug')
  setField('title', 'name')

  const role = clean(text('roleDefinition') ?? '')
  const custom = clean(text('customInstructions') ?? '')
  let prompt = role
  if (custom !== '') prompt = role === '' ? `# Custom Instructions\n\n${custom}` : `${role}\n\n# Custom Instructions\n\n${custom}`
  const promptLine = (role !== '' ? source.valueLine([...path, 'roleDefinition']) : source.valueLine([...path, 'customInstructions'])) ?? fields.mode.position.start.line
  setField('customInstructions', 'customInstructions')

  const extensions: Record<string, unknown> = {}
  const keep = (key: string, value: unknown) => setDataProperty(extensions, key, value)

  const whenToUse = text('whenToUse')
  const summary = text('description')
  let description: string | undefined
  if (whenToUse !== undefined && whenToUse.trim() !== '') {
    description = whenToUse
    setField('description', 'whenToUse')
    if (summary !== undefined && summary.trim() !== '' && summary.trim() !== whenToUse.trim()) keep('shortDescription', summary)
  } else if (summary !== undefined && summary.trim() !== '') {
    description = summary
    setField('description', 'description')
  } else if (role !== '') {
    // "The first sentence [of roleDefinition] becomes the default mode summary" (SchemaStore roomodes.json).
    const first = firstSentenceAt(role)
    description = first.sentence
    // `role` is the value without the blank lines that open it.
    const value = typeof mode.roleDefinition === 'string' ? mode.roleDefinition : role
    const start = source.pointIn([...path, 'roleDefinition'], value.length - value.replace(/^(?:[ \t]*\n)+/, '').length + first.offset)
    const end = source.valuePosition([...path, 'roleDefinition'])?.end
    const position = start && end ? { start, end } : fields.mode.position
    fields.description = { position, value: position }
    report(file, 'description-derived', { dialect: 'roo', label }, position.start)
  }

  const groups = readGroups(mode.groups, [...path, 'groups'], label, source, file)
  setField('tools', 'groups', groups.names)
  if (Object.keys(groups.options).length > 0) keep('groupOptions', groups.options)

  for (const [key, value] of Object.entries(mode)) {
    if (!MAPPED.has(key)) keep(key, value)
  }

  return {
    dialect: 'roo',
    name: mode.slug ?? undefined,
    title: typeof mode.name === 'string' && mode.name.trim() !== '' ? mode.name.trim() : undefined,
    description,
    prompt,
    promptLine,
    // No tree: the outline is read from the prompt's lines (see outlineOfText).
    outline: outlineOfText(prompt, promptLine),
    tools: groups.tools,
    triggers: [],
    extensions,
    fields,
  }
}

/** `groups` → tool names for `normaliseTools`, and the options of restricted groups. */
function readGroups(raw: unknown, path: Path, label: string, source: DataSource, file: VFile): { tools: string[]; options: Record<string, unknown>; names: NamePosition[] } {
  const tools: string[] = []
  const names: NamePosition[] = []
  const options: Record<string, unknown> = {}
  const seen = new Set<string>()
  // No groups: the mode has only the tools Roo Code always grants, so no list.
  if (raw === undefined || raw === null) return { tools, options, names }
  if (!Array.isArray(raw)) {
    report(file, 'roo-mode-invalid', { label, groups: kind(raw) }, at(source, path))
    return { tools, options, names }
  }
  raw.forEach((entry, index) => {
    let group: unknown = entry
    let option: unknown
    let groupPath: Path = [...path, index]
    if (Array.isArray(entry)) {
      // Roo's own form: [group, { fileRegex, description }]
      group = entry[0]
      option = entry[1]
      groupPath = [...groupPath, 0]
    } else if (isRecord(entry) && 'type' in entry) {
      // SchemaStore's form: { type: edit, allowedPaths, disallowedPaths }
      const { type, ...rest } = entry
      group = type
      option = rest
      groupPath = [...groupPath, 'type']
    }
    if (typeof group !== 'string' || group.trim() === '') {
      report(file, 'roo-mode-invalid', { label, group: index + 1, found: kind(entry) }, at(source, [...path, index]))
      return
    }
    const name = group.trim()
    // An unknown group is passed on as written: `normaliseTools` reports it as an unknown tool.
    const key = name.toLowerCase()
    if (seen.has(key)) {
      report(file, 'roo-mode-invalid', { label, twice: name }, at(source, [...path, index]))
      return
    }
    seen.add(key)
    const granted = Object.hasOwn(GROUPS, key) ? GROUPS[key]! : [name]
    tools.push(...granted)
    // Each tool a group grants is placed on the group's name.
    const position = source.valuePosition(groupPath)
    if (position) names.push(...granted.map((tool) => ({ name: tool, position })))
    if (option !== undefined) setDataProperty(options, name, option)
  })
  return { tools, options, names }
}

function at(source: DataSource, path: Path): { line: number; column: number } {
  return { line: source.lineOf(path) ?? 1, column: 1 }
}

/** Without the blank lines that open it or the whitespace that ends it, as `sliceLines` does. */
function clean(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd()
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `a ${typeof value}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
