/**
 * LangGPT roles as data (`miniRole.yaml`, `miniRole.json`): `Role:` with `name` and
 * `Profile.Description`. The whole file is the prompt, as LangGPT pastes it.
 */
import type { VFile } from 'vfile'
import type { Draft, FieldPosition } from '../../model/draft.js'
import type { DataSource } from '../../parse/data.js'
import { sliceLines } from '../../text/lines.js'
import { outlineOfText } from '../shared/outline.js'
import { promptOnlyDraft } from '../shared/prompt-only-draft.js'
import { roleId } from './read.js'

export function isLangGPTData(data: unknown): boolean {
  if (!isRecord(data)) return false
  const key = keyOf(data, 'role')
  return key !== undefined && isRecord(data[key])
}

/** The whole file is the prompt (LangGPT pastes the YAML or JSON as it is); `Role.name` and `Role.Profile.Description` give the fields. */
export function readLangGPTData(source: DataSource, file: VFile): Draft[] {
  const data = source.data as Record<string, unknown>
  const roleKey = keyOf(data, 'role')!
  const role = data[roleKey] as Record<string, unknown>
  const nameKey = keyOf(role, 'name')
  const name = nameKey !== undefined && typeof role[nameKey] === 'string' ? (role[nameKey] as string).trim() : undefined
  const profileKey = keyOf(role, 'profile')
  const profile = profileKey !== undefined && isRecord(role[profileKey]) ? (role[profileKey] as Record<string, unknown>) : undefined
  const descriptionKey = profile ? keyOf(profile, 'description') : undefined
  const body = sliceLines(source.text, 0)
  // No Markdown tree: the outline is read from the text's lines (see outlineOfText).
  const draft = promptOnlyDraft('langgpt', roleId(name || undefined, file.path, false), body, outlineOfText(body.text, body.line))
  if (name) draft.title = name
  if (nameKey !== undefined) draft.fields.name = fieldAt(source, [roleKey, nameKey])
  if (profile && descriptionKey !== undefined) {
    draft.description = profile[descriptionKey]
    draft.fields.description = fieldAt(source, [roleKey, profileKey!, descriptionKey])
  }
  return [draft]
}

/** Where the entry at `path` is written, and its value. */
function fieldAt(source: DataSource, path: string[]): FieldPosition {
  const start = { line: 1, column: 1, offset: 0 }
  const value = source.valuePosition(path)
  return { position: source.positionOf(path) ?? { start, end: start }, ...(value ? { value } : {}) }
}

function keyOf(data: Record<string, unknown>, lower: string): string | undefined {
  return Object.keys(data).find((k) => k.toLowerCase() === lower)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
