/**
 * Codex custom agent: `<out>/codex/<name>.toml`, to be placed in `.codex/agents/`
 * (or `~/.codex/agents/`). Fields per openai/codex codex-rs/core/src/config/
 * agent_roles.rs and config_toml.rs (2026): `name`, `description`,
 * `developer_instructions` (required), `nickname_candidates`, `model`,
 * `model_reasoning_effort`, `sandbox_mode`, `mcp_servers`. Codex refuses a file
 * with any key that is not a `config.toml` key, so nothing else is written.
 * The document is serialised by smol-toml (every string a one-line basic string,
 * escaped by the library); the template writes it as it is.
 */
import { stringify } from 'smol-toml'
import type { Agent } from '../../model/agent.js'
import { toTitle } from '../../normalise/names.js'
import { getOwnValue } from '../../text/own-keys.js'
import { delegationDescription } from '../shared/description.js'
import { localise } from '../shared/localise.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { mcpServersOf, type Left } from './mcp.js'
import { modelOf } from './model.js'
import { sandboxOf } from './sandbox.js'
import { EFFORT_NEAREST, KEYS, LIMITS, NICKNAME, REASONING_EFFORTS } from './tables.js'

export type CodexAgent = Partial<Record<(typeof KEYS)[number], unknown>> & { name: string; description: string; developer_instructions: string }

export interface CodexView {
  /** The agent file's keys and values, as written. */
  agent: CodexAgent
  /** The agent file, serialised. */
  document: string
}


/** Keys of the source this view reads itself. */
const HANDLED = new Set(['effort', 'model_reasoning_effort', 'sandbox_mode', 'permissionMode', 'nickname_candidates', 'mcp_servers', 'mcpServers'])

export function codexView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): CodexView {
  const text = localise(agent, options.lang, notes)
  const description = delegationDescription(agent, text.prompt, options.lang, notes)
  let instructions = text.prompt
  if (instructions.trim() === '') {
    instructions = description
    notes.push({ rule: 'target-defaulted', data: { kind: 'blank-instructions' }, field: 'prompt' })
  }
  const out: CodexAgent = { name: agent.name, description, developer_instructions: clipBytes(instructions, LIMITS.instructions, 'developer_instructions', notes, 'prompt') }
  if (agent.title !== toTitle(agent.name)) {
    notes.push({ rule: 'target-dropped', data: { kind: 'title', title: agent.title, name: agent.name }, field: 'title' })
  }
  const left: Left[] = []
  const nicknames = agent.extensions.nickname_candidates
  if (nicknames !== undefined) {
    if (isNicknames(nicknames)) out.nickname_candidates = nicknames
    else left.push({ key: 'nickname_candidates', invalid: true })
  }
  const model = modelOf(agent, options, notes)
  if (model !== undefined) out.model = model
  const effort = effortOf(agent, notes, left)
  if (effort !== undefined) out.model_reasoning_effort = effort
  const { sandbox, modeKept } = sandboxOf(agent, notes)
  if (sandbox !== undefined) out.sandbox_mode = sandbox
  const own = agent.extensions.sandbox_mode
  if (own !== undefined && own !== sandbox) left.push({ key: 'sandbox_mode', invalid: sandbox === undefined })
  if (!modeKept) left.push({ key: 'permissionMode', invalid: true, noEquivalent: String(agent.extensions.permissionMode) })
  const mcp = mcpServersOf(agent.extensions)
  if (mcp.servers !== undefined) out.mcp_servers = mcp.servers
  left.push(...mcp.left)
  for (const key of Object.keys(agent.extensions)) if (!HANDLED.has(key)) left.push({ key, invalid: false })
  if (agent.color !== undefined) notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: agent.color }, field: 'color' })
  if (left.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, field: left[0]!.key })
  return { agent: out, document: serialise(out, notes) }
}

/** In the order of KEYS, the long prompt after the short keys, and within 64 KiB: a longer description is shortened. */
function serialise(agent: CodexAgent, notes: TargetMessage[]): string {
  const ordered = () => Object.fromEntries(KEYS.filter((key) => agent[key] !== undefined).map((key) => [key, agent[key]]))
  let toml = stringify(ordered())
  const over = bytes(toml) - LIMITS.file
  if (over > 0) {
    // Escaping may make a character longer: cut what is over, plus room for it.
    agent.description = clipBytes(agent.description, Math.max(0, bytes(agent.description) - over * 2 - 16), 'description', notes)
    toml = stringify(ordered())
  }
  // smol-toml ends the document with a newline only after a table: one newline always, as a text file.
  return toml.replace(/\n*$/, '\n')
}

/** Claude Code's `effort` or a Codex source's `model_reasoning_effort`, as the levels Codex reads. */
function effortOf(agent: Agent, notes: TargetMessage[], left: Left[]): string | undefined {
  const { effort, model_reasoning_effort: own } = agent.extensions
  if (own !== undefined) {
    if (typeof own === 'string' && REASONING_EFFORTS.has(own)) return own
    left.push({ key: 'model_reasoning_effort', invalid: true })
  }
  if (effort === undefined) return undefined
  if (typeof effort === 'string' && REASONING_EFFORTS.has(effort)) return effort
  const nearest = typeof effort === 'string' ? getOwnValue(EFFORT_NEAREST, effort) : undefined
  if (nearest !== undefined) {
    notes.push({ rule: 'target-translated', data: { kind: 'value', key: 'effort', value: String(effort), to: nearest }, field: 'effort' })
    return nearest
  }
  left.push({ key: 'effort', invalid: true })
  return undefined
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

/** At most `max` UTF-8 bytes, cut at a line or word, with a note on the source field (`source`, else `field`); never silently. */
function clipBytes(text: string, max: number, field: string, notes: TargetMessage[], source = field): string {
  const length = bytes(text)
  if (length <= max) return text
  let cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, max - 3)).toString('utf8').replace(/\uFFFD$/, '')
  const space = cut.search(/\s\S*$/)
  if (space > cut.length * 0.6) cut = cut.slice(0, space)
  notes.push({ rule: 'target-truncated', data: { field, length, limit: max, bytes: true }, field: source })
  return cut.trimEnd() + '…'
}

function isNicknames(value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length === 0) return false
  const names = value.map((v) => (typeof v === 'string' ? v.trim() : ''))
  return names.every((n) => n !== '' && NICKNAME.test(n)) && new Set(names).size === names.length
}
