/**
 * Codex's reading of an agent file (openai/codex codex-rs/core/src/config/
 * agent_roles.rs, 2026): TOML (smol-toml, TOML 1.0, as strict as Codex's `toml`
 * crate), a table whose keys are all known (Codex refuses unknown keys; only the
 * keys this target writes are accepted here), `name`, `description` and
 * `developer_instructions` strings that are not blank, the prompt within 32 KiB
 * and the file within 64 KiB, and the field types of `ConfigToml`. The JSON
 * Schema check is scripts/validate.mjs.
 */
import { parse } from 'smol-toml'
import { KEYS, LIMITS, MODEL_ID, NICKNAME, REASONING_EFFORTS, SANDBOX_MODES } from './tables.js'

const KNOWN: ReadonlySet<string> = new Set(KEYS)

export function checkCodex(text: string): string[] {
  const problems: string[] = []
  if (text.charCodeAt(0) === 0xfeff) problems.push('output starts with a byte-order mark')
  if (Buffer.byteLength(text, 'utf8') > LIMITS.file) problems.push(`file is over Codex's ${LIMITS.file} bytes`)
  let data: Record<string, unknown>
  try {
    data = parse(text) as Record<string, unknown>
  } catch (error) {
    return [...problems, `TOML: ${(error as Error).message.split('\n')[0]}`]
  }
  for (const key of Object.keys(data)) if (!KNOWN.has(key)) problems.push(`unknown key \`${key}\` (Codex refuses the file)`)
  for (const key of ['name', 'description', 'developer_instructions']) {
    const value = data[key]
    if (typeof value !== 'string' || value.trim() === '') problems.push(`\`${key}\` is missing, blank or not a string`)
  }
  const instructions = data.developer_instructions
  if (typeof instructions === 'string' && Buffer.byteLength(instructions.trim(), 'utf8') > LIMITS.instructions) problems.push(`\`developer_instructions\` is over ${LIMITS.instructions} bytes`)
  if (data.model !== undefined && !(typeof data.model === 'string' && data.model.trim() !== '' && !/\s/.test(data.model))) problems.push('`model` is not a model id')
  else if (typeof data.model === 'string' && !MODEL_ID.test(data.model)) problems.push('`model` is not a model id of the form Codex takes')
  if (data.model_reasoning_effort !== undefined && !REASONING_EFFORTS.has(data.model_reasoning_effort as string)) problems.push('`model_reasoning_effort` is not a reasoning effort Codex reads')
  if (data.sandbox_mode !== undefined && !SANDBOX_MODES.has(data.sandbox_mode as string)) problems.push('`sandbox_mode` is not read-only, workspace-write or danger-full-access')
  const nicknames = data.nickname_candidates
  if (nicknames !== undefined) {
    const names = Array.isArray(nicknames) ? nicknames.map((n) => (typeof n === 'string' ? n.trim() : '')) : []
    if (names.length === 0 || names.some((n) => !NICKNAME.test(n)) || new Set(names).size !== names.length) problems.push('`nickname_candidates` is not a list of unique names of letters, digits, spaces, `-` and `_`')
  }
  const servers = data.mcp_servers
  if (servers !== undefined) {
    const isTable = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
    if (!isTable(servers) || !Object.values(servers).every((s) => isTable(s) && (typeof s.command === 'string' || typeof s.url === 'string'))) problems.push('`mcp_servers` is not a table of servers, each with `command` or `url`')
  }
  return problems
}
