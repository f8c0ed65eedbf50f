/**
 * Kiro CLI agents (and Amazon Q Developer CLI's, the same format): one JSON
 * object per file, in `.kiro/agents/` or `.amazonq/cli-agents/`. Fields per Q
 * CLI's agent struct (crates/chat-cli/src/cli/agent/mod.rs, 2025-10-31) and
 * Kiro's configuration reference (2026-02):
 * - `name` → name (Kiro: the file name when absent), `description`, `prompt`
 *   (inline text; a `file://` URI is kept as written), `model`;
 * - `tools` → canonical tools (absent: none, as Q CLI's default is an empty list);
 * - every other field (`mcpServers`, `allowedTools`, `toolsSettings`, `toolAliases`,
 *   `resources`, `hooks`, `useLegacyMcpJson`, `includeMcpJson`,
 *   `keyboardShortcut`, `welcomeMessage`) → extensions, which the kiro target
 *   writes again; `$schema` is left, the target writes its own.
 */
import type { VFile } from 'vfile'
import type { Draft, FieldPosition, NamePosition } from '../../model/draft.js'
import { baseName } from '../../normalise/names.js'
import type { DataSource } from '../../parse/data.js'
import { setDataProperty } from '../../text/own-keys.js'
import { outlineOfText } from '../shared/outline.js'

/** Kiro's and Q CLI's agent folders, in a project or the user's home. */
export const KIRO_PATH = /(^|[\\/])(\.kiro[\\/]agents|\.amazonq[\\/]cli-agents|\.aws[\\/]amazonq[\\/]cli-agents)[\\/][^\\/]+\.json$/i

/** Every key of a Kiro agent (Q CLI's `deny_unknown_fields` struct and Kiro's newer fields). */
const KEYS = new Set([
  '$schema', 'name', 'description', 'prompt', 'mcpServers', 'tools', 'toolAliases', 'allowedTools', 'toolsSettings',
  'resources', 'hooks', 'useLegacyMcpJson', 'includeMcpJson', 'model', 'keyboardShortcut', 'welcomeMessage',
])
const MAPPED = new Set(['$schema', 'name', 'description', 'prompt', 'tools', 'model'])

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string')

/**
 * A Kiro agent: an object in Kiro's or Q CLI's agent folder; or one whose keys
 * are all Kiro's and which says so: Q CLI's `$schema`, or a `prompt` with a list
 * of tool names, `allowedTools` or `mcpServers` (OpenAI's JSON has `instructions`
 * and tool objects; `package.json` and `tsconfig.json` other keys).
 */
export function isKiroData(data: unknown, path = ''): boolean {
  if (!isRecord(data)) return false
  if (KIRO_PATH.test(path)) return true
  if (!Object.keys(data).every((key) => KEYS.has(key))) return false
  if (typeof data.$schema === 'string' && /amazon-q-developer-cli|kiro/i.test(data.$schema)) return true
  const prompt = typeof data.prompt === 'string' || data.prompt === null
  return prompt && (isStrings(data.tools) || isStrings(data.allowedTools) || isRecord(data.mcpServers))
}

export function readKiro(source: DataSource, file: VFile): Draft[] {
  const data = source.data as Record<string, unknown>
  const fields: Record<string, FieldPosition> = {}
  const setField = (field: string, key: string, names?: NamePosition[]) => {
    const position = source.positionOf([key])
    const value = source.valuePosition([key])
    if (position) fields[field] = { position, ...(value ? { value } : {}), ...(names ? { names } : {}) }
  }
  for (const key of ['name', 'description', 'model', 'prompt']) if (data[key] !== undefined) setField(key, key)
  const names: NamePosition[] = []
  if (Array.isArray(data.tools)) {
    data.tools.forEach((tool, index) => {
      const position = source.valuePosition(['tools', index])
      if (typeof tool === 'string' && position) names.push({ name: tool, position })
    })
  }
  if (data.tools !== undefined) setField('tools', 'tools', names)
  const prompt = typeof data.prompt === 'string' ? data.prompt.replace(/^(?:[ \t]*\n)+/, '').trimEnd() : ''
  const promptLine = source.valueLine(['prompt']) ?? 1
  const extensions: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) if (!MAPPED.has(key)) setDataProperty(extensions, key, value)
  return [
    {
      dialect: 'kiro',
      // Kiro names an agent after its file when `name` is absent (configuration reference, "Name field").
      name: data.name ?? baseName(file.path),
      description: data.description ?? undefined,
      prompt,
      promptLine,
      outline: outlineOfText(prompt, promptLine),
      // Absent: no tools (Q CLI's `tools` defaults to an empty list).
      tools: data.tools ?? [],
      model: data.model ?? undefined,
      triggers: [],
      extensions,
      fields,
    },
  ]
}
