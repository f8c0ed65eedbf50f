/**
 * A Roo source's group options (the roo dialect keeps them in the `groupOptions`
 * extension, by group) back on the groups written. Roo Code reads an entry
 * `[group, {fileRegex?, description?}]` and applies `fileRegex` to the edit group
 * only (packages/types/src/mode.ts groupOptionsSchema; src/core/tools/validateToolUse.ts,
 * 2026-04-14). SchemaStore's `{type, allowedPaths, disallowedPaths}` form, which Roo
 * Code does not read, is written as the one `fileRegex` that means the same.
 */
import { getOwnValue } from '../../text/own-keys.js'
import type { TargetMessage } from '../types.js'
import { GROUPS, type Group } from './tables.js'
import type { GroupOptions, Groups } from './tools.js'

export function withSourceOptions(groups: Groups, raw: unknown, notes: TargetMessage[]): Groups {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: [{ key: 'groupOptions', invalid: true }] }, field: 'groupOptions' })
    return groups
  }
  const left: { key: string; invalid: boolean }[] = []
  for (const [name, value] of Object.entries(raw)) {
    const group = (GROUPS as readonly string[]).includes(name.toLowerCase()) ? (name.toLowerCase() as Group) : undefined
    const options = optionsOf(value)
    // Options of a group not written (`browser`, or one the tools no longer grant) have nothing to limit.
    if (group === undefined || !groups.has(group) || options === undefined) {
      left.push({ key: `groupOptions.${name}`, invalid: options === undefined })
      continue
    }
    if (isRecord(value) && ('allowedPaths' in value || 'disallowedPaths' in value) && options.fileRegex !== undefined) {
      notes.push({ rule: 'target-translated', data: { kind: 'file-regex', tools: [`groupOptions.${name}`], regex: options.fileRegex }, field: 'groups' })
    }
    const mine = groups.get(group)
    groups.set(group, mine?.fileRegex !== undefined && options.fileRegex !== undefined ? mine : { ...options, ...mine })
  }
  if (left.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, field: 'groups' })
  return groups
}

/** Roo's options, or SchemaStore's path lists as one `fileRegex`; undefined when neither reads them. */
function optionsOf(value: unknown): GroupOptions | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const options: GroupOptions = {}
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) if (!['fileRegex', 'description', 'allowedPaths', 'disallowedPaths'].includes(key)) return undefined
  const fileRegex = getOwnValue(record, 'fileRegex')
  const allowed = paths(getOwnValue(record, 'allowedPaths'))
  const disallowed = paths(getOwnValue(record, 'disallowedPaths'))
  if (allowed === null || disallowed === null) return undefined
  if (fileRegex !== undefined) {
    if (typeof fileRegex !== 'string' || !isRegex(fileRegex) || allowed || disallowed) return undefined
    options.fileRegex = fileRegex
  } else if (allowed || disallowed) {
    // Roo tests the regex anywhere in the path: a path matches when no disallowed pattern and one allowed pattern do.
    const any = (list: string[]) => list.map((p) => `(?:${p})`).join('|')
    const regex = `^${disallowed ? `(?![\\s\\S]*(?:${any(disallowed)}))` : ''}${allowed ? `[\\s\\S]*(?:${any(allowed)})` : ''}`
    if (!isRegex(regex)) return undefined
    options.fileRegex = regex
  }
  const description = getOwnValue(record, 'description')
  if (description !== undefined) {
    if (typeof description !== 'string') return undefined
    options.description = description
  }
  return options
}

/** A list of regex strings; undefined when absent or empty, null when not one. */
function paths(value: unknown): string[] | undefined | null {
  if (value === undefined) return undefined
  if (!Array.isArray(value) || !value.every((p) => typeof p === 'string' && isRegex(p))) return null
  return value.length === 0 ? undefined : (value as string[])
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern)
    return true
  } catch {
    return false
  }
}
