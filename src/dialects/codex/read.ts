/**
 * Codex custom agents: standalone TOML files in `.codex/agents/` or
 * `~/.codex/agents/` (read recursively). Facts from openai/codex
 * codex-rs/core/src/config/agent_roles.rs (2026): `name`, `description` and
 * `developer_instructions` are required and not blank; every other key is a
 * `config.toml` key (the file is a config layer; `ConfigToml` in
 * codex-rs/config/src/config_toml.rs), and a key that is none is an error.
 * - `name` → name (and, being an identifier, the title of its id), `description` → description, `developer_instructions` → the prompt;
 * - `model` → model;
 * - `sandbox_mode = "read-only"` → the read-only tools (`Read`, `Grep`, `Glob`,
 *   `LS`): Codex has no tool list, and this is what a Claude-style tool list that
 *   cannot write or run commands says; any other sandbox is kept as the
 *   `sandbox_mode` extension, with every tool (Codex gives its agents all of its own);
 * - `model_reasoning_effort` → the `effort` extension when Claude Code has the same
 *   level (`low`, `medium`, `high`, `xhigh`), else kept under its own name;
 * - every other key (`nickname_candidates`, `mcp_servers`, …) → extensions.
 */
import type { VFile } from 'vfile'
import { report } from '../../diagnostics/report.js'
import type { Draft, FieldPosition } from '../../model/draft.js'
import type { DataSource } from '../../parse/data.js'
import { toId, toTitle } from '../../normalise/names.js'
import { setDataProperty } from '../../text/own-keys.js'
import { outlineOfText } from '../shared/outline.js'

/** Where Codex looks for custom agents: `agents/` under a config folder (`.codex/`, `~/.codex/`). */
export const CODEX_PATH = /(^|[\\/])\.codex[\\/]agents[\\/]/
/** The tools a read-only Codex agent is read as, in Claude Code's names. */
export const READ_ONLY_TOOLS = ['Read', 'Grep', 'Glob', 'LS'] as const
/** Reasoning levels Claude Code's `effort` shares with Codex's `model_reasoning_effort`. */
const SHARED_EFFORTS = new Set(['low', 'medium', 'high', 'xhigh'])
const MAPPED = new Set(['name', 'description', 'developer_instructions', 'model', 'sandbox_mode', 'model_reasoning_effort'])

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

export function isCodexData(data: unknown, path: string): boolean {
  return isRecord(data) && ('developer_instructions' in data || CODEX_PATH.test(path))
}

export function readCodex(source: DataSource, file: VFile): Draft[] {
  const data = source.data as Record<string, unknown>
  const fields: Record<string, FieldPosition> = {}
  const setField = (field: string, key: string) => {
    const position = source.positionOf([key])
    const value = source.valuePosition([key])
    if (position) fields[field] = { position, ...(value ? { value } : {}) }
  }
  setField('name', 'name')
  setField('description', 'description')
  setField('model', 'model')
  setField('tools', 'sandbox_mode')
  setField('effort', 'model_reasoning_effort')

  let prompt = ''
  const instructions = data.developer_instructions
  // A multi-line TOML string keeps the newline before its closing `"""`: the prompt is the text, without trailing blank space.
  if (typeof instructions === 'string') prompt = instructions.replace(/\s+$/, '')
  else {
    // Codex itself refuses the file; what can be read is kept, and the prompt is empty.
    const found = instructions === undefined ? 'missing' : `a ${Array.isArray(instructions) ? 'list' : typeof instructions}, not a string`
    report(file, 'data-invalid', { error: false, problem: `\`developer_instructions\` (the prompt, required by Codex) is ${found}` }, source.positionOf(['developer_instructions'])?.start ?? { line: 1, column: 1 })
  }
  const promptLine = source.valueLine(['developer_instructions']) ?? 1

  const extensions: Record<string, unknown> = {}
  let tools: unknown
  if (data.sandbox_mode === 'read-only') tools = [...READ_ONLY_TOOLS]
  else if (data.sandbox_mode !== undefined) setDataProperty(extensions, 'sandbox_mode', data.sandbox_mode)
  const effort = data.model_reasoning_effort
  if (typeof effort === 'string' && SHARED_EFFORTS.has(effort)) setDataProperty(extensions, 'effort', effort)
  else if (effort !== undefined) setDataProperty(extensions, 'model_reasoning_effort', effort)
  for (const [key, value] of Object.entries(data)) {
    if (MAPPED.has(key)) continue
    setDataProperty(extensions, key, value)
    setField(key, key)
  }

  return [
    {
      dialect: 'codex',
      name: data.name,
      // Codex names are identifiers (`pr_explorer`): the display title is the id's, not the spelling.
      ...(typeof data.name === 'string' && /^[\w.-]+$/.test(data.name.trim()) ? { title: toTitle(toId(data.name.trim())) } : {}),
      description: data.description,
      prompt,
      promptLine,
      // No tree: the outline is read from the prompt's lines.
      outline: outlineOfText(prompt, promptLine),
      tools,
      model: data.model,
      triggers: [],
      extensions,
      fields,
    },
  ]
}
