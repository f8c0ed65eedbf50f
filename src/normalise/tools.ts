/**
 * `tools` as the dialects write it (a comma string, a list, `*`, a map of
 * booleans, or absent) → the canonical tool set (../vocabulary/tools.ts). Each
 * dialect brings its own vocabulary (its table of names); this module only
 * reads the shapes and looks names up. A name missing from the vocabulary stays
 * `{ id: raw, known: false }`.
 */
import type { ToolRef, ToolSet } from '../model/agent.js'
import { getOwnValue } from '../text/own-keys.js'
import type { ToolMap } from '../vocabulary/tool-map.js'
import type { ToolVocabulary } from '../vocabulary/tools.js'

export interface ToolIssue {
  /**
   * `foreign`: a name Claude Code does not know but Copilot does, read with Copilot's table.
   * `only-on`: a map of switches with some `true` and no `"*"`, read as exactly those tools.
   */
  kind: 'unknown' | 'invalid' | 'foreign' | 'only-on'
  raw: string
  ids?: string[]
}

export interface ToolOptions {
  /** The vocabulary the names are written in. */
  vocabulary: ToolVocabulary
  /**
   * Another vocabulary whose names files of this dialect borrow (Claude-style files
   * copied from Copilot collections keep Copilot's names: `codebase`, `editFiles`).
   */
  foreign?: ToolVocabulary
  /** What a missing `tools` means: every tool (`all`, the default) or none. */
  absent?: ToolSet['mode']
  /** The user's own names (`--tool-map`, `toolMap`): name as written → canonical ids, before the dialect's table. */
  toolMap?: ToolMap
}

/** One tool name as written in a vocabulary → its canonical references (one name may grant several tools). */
export function toolRefs(raw: string, vocabulary: ToolVocabulary): ToolRef[] {
  const name = raw.trim()
  const ids = vocabulary.idsOf(name)
  if (!ids) return [{ id: name, raw: name, known: false }]
  return ids.map((id) => ({ id, raw: name, known: true }))
}

/** One tool name as written → its first canonical reference. */
export function toolRef(raw: string, vocabulary: ToolVocabulary): ToolRef {
  return toolRefs(raw, vocabulary)[0]!
}

/**
 * `tools` as the dialects write it: a comma string, a list, `*`, a map of
 * booleans (opencode), or absent (every tool in Claude Code, Copilot and opencode).
 */
export function normaliseTools(raw: unknown, issues: ToolIssue[], options: ToolOptions): ToolSet {
  const { vocabulary, absent = 'all' } = options
  if (raw === undefined || raw === null) return { mode: absent, items: [] }
  let names: string[]
  if (typeof raw === 'string') {
    if (raw.trim() === '*') return { mode: 'all', items: [] }
    names = raw.split(/[,\n]/)
  } else if (Array.isArray(raw)) {
    names = namesInList(raw)
  } else if (typeof raw === 'object') {
    const picked = fromSwitches(raw as Record<string, unknown>, vocabulary, issues)
    if (picked === 'all') return { mode: 'all', items: [] }
    names = picked
  } else {
    issues.push({ kind: 'invalid', raw: JSON.stringify(raw) ?? String(raw) })
    return { mode: absent, items: [] }
  }
  const items: ToolRef[] = []
  const seen = new Set<string>()
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    if (name === '*') return { mode: 'all', items: [] }
    const mapped = options.toolMap && getOwnValue(options.toolMap, name)
    let refs = mapped ? mapped.map((id) => ({ id, raw: name, known: true })) : toolRefs(name, vocabulary)
    if (!refs[0]!.known && options.foreign) {
      const borrowed = options.foreign.idsOf(name)
      if (borrowed) {
        refs = borrowed.map((id) => ({ id, raw: name, known: true }))
        issues.push({ kind: 'foreign', raw: name, ids: borrowed })
      }
    }
    if (!refs[0]!.known) issues.push({ kind: 'unknown', raw: name })
    for (const ref of refs) {
      if (seen.has(ref.id)) continue
      seen.add(ref.id)
      items.push(ref)
    }
  }
  return items.length === 0 ? { mode: 'none', items } : { mode: 'list', items }
}

/**
 * A map of booleans (`write: false`), as opencode writes `tools` → the names it grants.
 * - `"*": false` and some `true`: exactly the `true` ones (opencode's own reading).
 * - some `true`, no `"*"`: the `true` ones. opencode itself leaves unlisted tools
 *   on, but authors who list `true`s mean a list (they list `false`s otherwise).
 * - only `false`s: the dialect's built-in tools but those (with opencode, one
 *   `false` among write/edit/patch turns all of them off, as its permission does).
 *   The names granted are then the dialect's, not the author's.
 * - nothing `false`: every tool.
 */
function fromSwitches(map: Record<string, unknown>, vocabulary: ToolVocabulary, issues: ToolIssue[]): string[] | 'all' {
  const on: string[] = []
  const off: string[] = []
  for (const [key, value] of Object.entries(map)) {
    if (key === '*') continue
    if (value === true) on.push(key)
    else if (value === false) off.push(key)
    else issues.push({ kind: 'invalid', raw: `${key}: ${JSON.stringify(value) ?? String(value)}` })
  }
  const star = map['*']
  if (star === false) return on
  if (on.length > 0 && star !== true) {
    // A reading, not opencode's: say so (the `raw` is the names kept).
    issues.push({ kind: 'only-on', raw: on.join(', ') })
    return on
  }
  if (off.length === 0) return 'all'
  const denied = new Set(off.flatMap((name) => toolRefs(name, vocabulary).map((ref) => ref.id)))
  for (const linked of vocabulary.linked ?? []) if (linked.some((id) => denied.has(id))) linked.forEach((id) => denied.add(id))
  const granted = vocabulary.builtIns.filter((name) => toolRefs(name, vocabulary).every((ref) => !denied.has(ref.id)))
  return [...granted, ...on]
}

/**
 * The names in a list, read as a string of names is: an item may hold several,
 * split at commas and line breaks (a plain scalar folded over lines), and a list
 * nested in the list is read as its items, so that writing the names back as one
 * string and reading them again gives the same tools.
 */
function namesInList(list: readonly unknown[]): string[] {
  return list.flatMap((item): string[] => (Array.isArray(item) ? namesInList(item) : typeof item === 'string' ? item.split(/[,\n]/) : [String(item)]))
}

