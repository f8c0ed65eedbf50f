/**
 * The decisions the OpenAI targets (`openai-assistant`, `openai-responses`) share:
 * the model (the table of ./openai-tables.ts, `--model-map`, `--model`), shortening a
 * text to a limit with a note, the sampling settings, and `metadata` for what has no
 * field of its own (as strings, within the spec's limits).
 */
import type { Agent } from '../../model/agent.js'
import { clipUnits } from '../../text/clip.js'
import { getOwnValue, setDataProperty } from '../../text/own-keys.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { modelList, othersLeftOut } from './model-list.js'
import { noteStaleModel } from './catalog-note.js'
import { DEFAULT_MODEL_MAP, METADATA_LIMITS, SAMPLING } from './openai-tables.js'

/** Shorten to `max` characters at a word boundary, with a note; never silently. */
export function fit(text: string, max: number, field: string, notes: TargetMessage[]): string {
  if (text.length <= max) return text
  let cut = clipUnits(text, max - 1)
  const space = cut.search(/\s\S*$/)
  if (space > max * 0.6) cut = cut.slice(0, space)
  notes.push({ rule: 'target-truncated', data: { field, length: text.length, limit: max }, field })
  return cut.trimEnd() + '…'
}

/**
 * The model: `--model`, else the first of the source's list the table names or that is
 * an OpenAI model, else the table's choice. `catalog`: a source's OpenAI model is held
 * against OpenAI's catalog (the Responses API; the Assistants API has its own list).
 */
export function openaiModel(agent: Agent, options: EmitOptions, notes: TargetMessage[], { table = DEFAULT_MODEL_MAP, catalog = true } = {}): string {
  if (options.model) return options.model
  const map = { ...table, ...options.modelMap }
  const model = agent.model
  if (!model) {
    notes.push({ rule: 'target-defaulted', data: { kind: 'model-required', model: map.default! } })
    return map.default!
  }
  const list = modelList(model)
  for (const ref of list) {
    const exact = getOwnValue(map, ref.raw) ?? getOwnValue(map, ref.raw.toLowerCase())
    // `openai/gpt-4.1`, `GPT-4.1 (copilot)` → `gpt-4.1`
    const id = exact ?? (ref.family === 'openai' ? ref.raw.replace(/^openai\//i, '').replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase().replace(/\s+/g, '-') : undefined)
    if (id === undefined) continue
    if ((exact && exact !== ref.raw) || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    if (!exact && catalog) noteStaleModel(id, notes)
    return id
  }
  const byTier = model.tier ? getOwnValue(map, model.tier) : undefined
  const chosen = byTier ?? map.default!
  const others = othersLeftOut(list, model)
  notes.push(
    byTier
      ? { rule: 'target-translated', data: { kind: 'model', raw: model.raw, id: chosen, others }, field: 'model' }
      : { rule: 'target-defaulted', data: { kind: 'model-unknown', raw: model.raw, chosen, others }, field: 'model' },
  )
  return chosen
}

export type Sampling = Partial<Record<keyof typeof SAMPLING, number>>

/** Sampling settings in the API's ranges, and the extension keys they came from (the others stay in metadata). */
export function samplingOf(agent: Agent): { sampling: Sampling; used: Set<string> } {
  const sampling: Sampling = {}
  const used = new Set<string>()
  for (const [field, { names, min, max }] of Object.entries(SAMPLING) as [keyof typeof SAMPLING, (typeof SAMPLING)[keyof typeof SAMPLING]][]) {
    const name = names.find((n) => Object.hasOwn(agent.extensions, n))
    const value = name === undefined ? undefined : agent.extensions[name]
    if (name !== undefined && typeof value === 'number' && value >= min && value <= max) {
      sampling[field] = value
      used.add(name)
    }
  }
  return { sampling, used }
}

/**
 * What has no field of its own: `leading` entries first (the target's own), then the
 * source model (the first of its list that is not the `model` written), colour, triggers (`triggers_<kind>`: `value (note)`, joined by `, `) and
 * extensions but `used`; as strings, within the limits.
 */
export function metadataOf(agent: Agent, notes: TargetMessage[], used: ReadonlySet<string>, model: string, leading: [string, string][] = []): Record<string, string> {
  const entries: [string, string][] = [...leading]
  // The source's model as written, unless it is the one written; read back from a file of these
  // targets (the file's model, then the source's), the source's.
  const sourceModel = agent.model && modelList(agent.model).find((ref) => ref.raw !== model)
  if (sourceModel) entries.push(['source_model', sourceModel.raw])
  if (agent.color) entries.push(['color', agent.color])
  const kinds = [...new Set(agent.triggers.map((t) => t.kind))]
  for (const kind of kinds) {
    const values = agent.triggers.filter((t) => t.kind === kind).map((t) => (t.note ? `${t.value} (${t.note})` : t.value))
    entries.push([`triggers_${kind}`, values.join(', ')])
  }
  for (const [key, value] of Object.entries(agent.extensions)) {
    if (used.has(key)) continue
    entries.push([key, typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)])
  }
  const metadata: Record<string, string> = {}
  const dropped: string[] = []
  const { keys, key: keyLimit, value: valueLimit } = METADATA_LIMITS
  for (const [rawKey, value] of entries) {
    const key = clipUnits(rawKey, keyLimit)
    if (Object.keys(metadata).length >= keys || Object.hasOwn(metadata, key)) {
      dropped.push(rawKey)
      continue
    }
    if (value.length > valueLimit) {
      notes.push({ rule: 'target-truncated', data: { field: key, length: value.length, limit: valueLimit, metadata: true }, field: rawKey })
    }
    setDataProperty(metadata, key, value.length > valueLimit ? clipUnits(value, valueLimit - 1) + '…' : value)
  }
  if (dropped.length > 0) {
    notes.push({ rule: 'target-dropped', data: { kind: 'metadata-keys', limit: keys, keys: dropped }, field: dropped[0]! })
  }
  return metadata
}
