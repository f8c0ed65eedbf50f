/**
 * What the dialects reading OpenAI request bodies back (`openai-assistant`,
 * `openai-responses`) share: the instructions as the prompt (without the examples
 * section agentdef adds, read back as `<example>` blocks), the model, the tools
 * (function names agentdef writes read back as canonical ids; exactly the standard
 * declaration read as every tool), and `metadata` as agentdef writes it (`source_model`,
 * `color`, `triggers_<kind>`, the source's other keys as extensions).
 */
import type { Trigger, TriggerKind } from '../../model/agent.js'
import type { Draft, FieldPosition, NamePosition } from '../../model/draft.js'
import type { DataSource } from '../../parse/data.js'
import { setDataProperty } from '../../text/own-keys.js'
import { OPENAI_FUNCTION_NAMES, openaiFunctionTools } from '../../vocabulary/openai-functions.js'
import { splitExamplesSection } from './openai-examples.js'
import { outlineOfText } from './outline.js'

type Path = (string | number)[]
const OWN_NAMES = new Set(Object.values(OPENAI_FUNCTION_NAMES))
const KINDS: readonly TriggerKind[] = ['auto', 'explicit', 'keyword', 'file', 'directory', 'command']

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export interface RequestOwn {
  dialect: 'openai-assistant' | 'openai-responses'
  name?: string
  nameIsTitle?: boolean
  title?: string
  description?: unknown
  /** Where the name and description are written. */
  paths: { name?: Path; description?: Path }
  /** Top-level keys the dialect read itself (never kept as extensions). */
  mapped: readonly string[]
  /** Metadata keys the dialect read itself. */
  metadata: readonly string[]
  /** Each tool's name, where it is written, and a function's definition (description, parameters, strict). */
  tools: { name: string; path: Path; definition?: Record<string, unknown> }[]
}

/** The definition agentdef writes for a tool whose arguments it does not know: nothing of the source's to keep. */
const PLACEHOLDER = /^The `.*` tool of the source agent; its arguments are not known\.$/s

export function requestDraft(source: DataSource, own: RequestOwn): Draft {
  const body = source.data as Record<string, unknown>
  const metadata = isRecord(body.metadata) ? body.metadata : {}
  const fields: Record<string, FieldPosition> = {}
  const setField = (field: string, path: Path | undefined, names?: NamePosition[]) => {
    const position = path && source.positionOf(path)
    const value = path && source.valuePosition(path)
    if (position) fields[field] = { position, ...(value ? { value } : {}), ...(names ? { names } : {}) }
  }
  setField('name', own.paths.name)
  setField('description', own.paths.description)

  const instructions = typeof body.instructions === 'string' ? body.instructions : ''
  const { prompt, blocks } = splitExamplesSection(instructions)
  const promptLine = source.valueLine(['instructions']) ?? 1
  let description = own.description
  if (blocks.length > 0) description = `${typeof description === 'string' ? description : ''}\n\n${blocks.join('\n')}`

  // The model the file names, then the source's (agentdef keeps it in `source_model`): a
  // target that cannot take the first (Claude Code, an OpenAI id) takes the next.
  const sourceModel = typeof metadata.source_model === 'string' ? metadata.source_model : undefined
  const model = typeof body.model === 'string' && sourceModel !== undefined && sourceModel !== body.model ? [body.model, sourceModel] : body.model
  setField('model', ['model'])

  const names = own.tools.map((t) => t.name)
  const positions = own.tools.flatMap((t) => {
    const position = source.valuePosition(t.path)
    return position ? [{ name: t.name, position }] : []
  })
  setField('tools', ['tools'], positions)
  const standard = openaiFunctionTools.builtIns
  // The 12 functions agentdef declares for "every tool", in its order: read as every tool.
  const tools = names.length === standard.length && names.every((n, i) => n === standard[i]) ? '*' : names

  const triggers: Trigger[] = []
  for (const kind of KINDS) {
    const text = metadata[`triggers_${kind}`]
    if (typeof text !== 'string') continue
    for (const item of splitTopLevel(text)) {
      const m = /^(.*\S) \(([^()]*)\)$/.exec(item)
      triggers.push(m ? { kind, value: m[1]!, note: m[2]! } : { kind, value: item })
    }
  }

  const extensions: Record<string, unknown> = {}
  // The source's own functions (not agentdef's table), kept whole: the OpenAI targets declare them
  // again as they were; other targets report them left out.
  const functions: Record<string, unknown> = {}
  for (const { name, definition } of own.tools) {
    if (!definition || openaiFunctionTools.builtIns.includes(name) || OWN_NAMES.has(name)) continue
    if (definition.description === undefined && definition.parameters === undefined) continue
    if (typeof definition.description === 'string' && PLACEHOLDER.test(definition.description)) continue
    setDataProperty(functions, name, definition)
  }
  if (Object.keys(functions).length > 0) setDataProperty(extensions, 'functions', functions)
  const ownMetadata = new Set([...own.metadata, 'source_model', 'color', ...KINDS.map((k) => `triggers_${k}`)])
  for (const [key, value] of Object.entries(body)) {
    if (own.mapped.includes(key) || key === 'metadata' || key === 'object') continue
    if (key === 'reasoning_effort' && typeof value === 'string') setDataProperty(extensions, 'effort', value)
    else if (key === 'reasoning' && isRecord(value)) {
      const { effort, ...rest } = value
      if (typeof effort === 'string') setDataProperty(extensions, 'effort', effort)
      if (Object.keys(rest).length > 0) setDataProperty(extensions, 'reasoning', rest)
    } else setDataProperty(extensions, key, value)
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (!ownMetadata.has(key)) setDataProperty(extensions, key, typeof value === 'string' ? fromMetadata(value) : value)
  }

  return {
    dialect: own.dialect,
    ...(own.name !== undefined ? { name: own.name } : {}),
    ...(own.nameIsTitle ? { nameIsTitle: true } : {}),
    ...(own.title !== undefined ? { title: own.title } : {}),
    ...(description !== undefined ? { description } : {}),
    prompt,
    promptLine,
    outline: outlineOfText(prompt, promptLine),
    tools,
    ...(model !== undefined ? { model } : {}),
    ...(typeof metadata.color === 'string' ? { color: metadata.color } : {}),
    triggers,
    extensions,
    fields,
  }
}

/** `a, b (c, d), e` → `a`, `b (c, d)`, `e`: commas inside a note's parentheses do not split. */
function splitTopLevel(text: string): string[] {
  const items: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0 && text.startsWith(', ', i)) {
      items.push(text.slice(from, i))
      from = i + 2
    }
  }
  items.push(text.slice(from))
  return items.map((s) => s.trim()).filter(Boolean)
}

/** A metadata value agentdef wrote with JSON.stringify (a number, a list, a map) back as that value; text as it is. */
function fromMetadata(value: string): unknown {
  if (!/^(-?\d|\[|\{|true$|false$)/.test(value)) return value
  try {
    const parsed: unknown = JSON.parse(value)
    return typeof parsed === 'string' ? value : parsed
  } catch {
    return value
  }
}
