/**
 * opencode's JSON config (`opencode.json`): its `agent` map, one agent per entry,
 * named after its key. An entry has the fields of an agent file's frontmatter
 * (ConfigAgentV1.Info, anomalyco/opencode packages/core/src/v1/config/agent.ts,
 * 2026) and `prompt` for the body; `tools` and `permission` are read as the
 * Markdown reader reads them. opencode replaces `{file:./path}` (relative to the
 * config's folder) and `{env:NAME}` in the config's text before parsing it
 * (packages/web/src/content/docs/config.mdx, "Variables", 2026); agentdef reads one
 * file and never another from inside it, so such a reference (in any field of an
 * agent) is kept as written, with a warning.
 * `opencode.jsonc` (comments) is not read; the deprecated top-level `mode` map neither.
 */
import type { VFile } from 'vfile'
import { report } from '../../diagnostics/report.js'
import type { Draft, FieldPosition } from '../../model/draft.js'
import type { DataSource } from '../../parse/data.js'
import { setDataProperty } from '../../text/own-keys.js'
import { outlineOfText } from '../shared/outline.js'
import { withPermission } from './read.js'

/** Keys of an opencode agent entry (ConfigAgentV1.Info, 2026). */
const AGENT_KEYS = new Set(['description', 'mode', 'model', 'variant', 'prompt', 'tools', 'permission', 'temperature', 'top_p', 'color', 'steps', 'maxSteps', 'disable', 'hidden', 'options'])
const MAPPED = new Set(['description', 'tools', 'model', 'color', 'prompt'])
const SCHEMA = /^https:\/\/opencode\.ai\/config\.json$/
/** The substitutions opencode makes in a config's text. */
const REFERENCE = /\{(file|env):[^}]*\}/

export function isOpencodeConfig(data: unknown): boolean {
  if (!isRecord(data)) return false
  if (typeof data.$schema === 'string' && SCHEMA.test(data.$schema)) return true
  if (!isRecord(data.agent)) return false
  const entries = Object.values(data.agent)
  return entries.length > 0 && entries.every(isRecord) && entries.some((entry) => Object.keys(entry).some((key) => AGENT_KEYS.has(key)))
}

export function readOpencodeConfig(source: DataSource, file: VFile): Draft[] {
  const data = source.data as Record<string, unknown>
  const agents = data.agent
  if (!isRecord(agents) || Object.keys(agents).length === 0) {
    report(file, 'opencode-config', { noAgents: true, found: agents === undefined ? undefined : kind(agents) }, at(source, agents === undefined ? [] : ['agent']))
    return []
  }
  const drafts: Draft[] = []
  for (const [name, entry] of Object.entries(agents)) {
    if (!isRecord(entry)) {
      report(file, 'opencode-config', { agent: name, found: kind(entry) }, at(source, ['agent', name]))
      continue
    }
    drafts.push(readEntry(name, entry, source, file))
  }
  return drafts
}

function readEntry(name: string, entry: Record<string, unknown>, source: DataSource, file: VFile): Draft {
  const path = ['agent', name]
  const fields: Record<string, FieldPosition> = {}
  const setField = (field: string, key: string) => {
    const position = source.positionOf([...path, key])
    const value = source.valuePosition([...path, key])
    if (position) fields[field] = { position, ...(value ? { value } : {}) }
  }
  const top = { line: 1, column: 1, offset: 0 }
  const entryPosition = source.positionOf(path) ?? { start: top, end: top }
  fields.name = { position: entryPosition, value: entryPosition }
  // Every key, by its lower-case spelling as a frontmatter's are, so that a note about it is placed on it.
  for (const key of Object.keys(entry).reverse()) setField(key.toLowerCase(), key)
  setField('tools', entry.tools !== undefined ? 'tools' : 'permission')

  let prompt = ''
  if (typeof entry.prompt === 'string') prompt = entry.prompt.replace(/^(?:[ \t]*\n)+/, '').trimEnd()
  else if (entry.prompt !== undefined) {
    report(file, 'opencode-config', { agent: name, key: 'prompt', found: kind(entry.prompt) }, at(source, [...path, 'prompt']))
    prompt = typeof entry.prompt === 'object' ? JSON.stringify(entry.prompt) : String(entry.prompt)
  }
  for (const [key, value] of Object.entries(entry)) {
    const reference = typeof value === 'string' ? REFERENCE.exec(value) : null
    if (reference) report(file, 'opencode-config', { agent: name, key, reference: reference[0] }, at(source, [...path, key]))
  }
  const extensions: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(entry)) if (!MAPPED.has(key)) setDataProperty(extensions, key, value)
  const promptLine = source.valueLine([...path, 'prompt']) ?? entryPosition.start.line
  return {
    dialect: 'opencode',
    // opencode names an agent after its key: not a guess, no warning.
    name,
    description: entry.description,
    prompt,
    promptLine,
    outline: outlineOfText(prompt, promptLine),
    tools: withPermission(entry.tools, entry.permission),
    model: entry.model,
    color: entry.color,
    triggers: [],
    extensions,
    fields,
  }
}

/** The sniff of a folder scan: `opencode.json`, or a JSON file whose first bytes name opencode's schema or an `agent` map. */
export function looksLikeOpencodeConfig(name: string, head: string): boolean {
  return /^opencode\.json$/i.test(name) || /"\$schema"\s*:\s*"https:\/\/opencode\.ai\/config\.json"/.test(head) || /"agent"\s*:\s*\{/.test(head)
}

function at(source: DataSource, path: (string | number)[]): { line: number; column: number } {
  return { line: source.lineOf(path) ?? 1, column: 1 }
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
