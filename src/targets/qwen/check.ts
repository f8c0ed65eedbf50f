/**
 * Qwen Code's reading of an agent file (QwenLM/qwen-code subagents/
 * subagent-manager.ts parseSubagentContent and validation.ts, 2026): frontmatter
 * between `---` lines as strict YAML (Qwen Code falls back to a lenient parser; a
 * file this passes, it reads), then its validator: a name of 2–50 letters, digits,
 * `-`, `_` neither starting nor ending with `-`/`_` and not reserved, a non-empty
 * description, a system prompt of at least 10 characters, `approvalMode` one of
 * its modes (another value refuses the file); and the values it would drop
 * silently (a colour outside its eight, a `maxTurns` that is no positive integer).
 * The JSON Schema check is scripts/validate.mjs.
 */
import { readAgentOutput } from '../shared/frontmatter-output.js'
import { APPROVAL_MODES, NAME, PALETTE, PROMPT_MIN, RESERVED_NAMES } from './tables.js'

const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '')
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

export function checkQwen(text: string): string[] {
  const read = readAgentOutput(text)
  if (!('data' in read)) return read.problems
  const { data: fm, problems } = read
  const name = typeof fm.name === 'string' ? fm.name.trim() : undefined
  if (name === undefined) problems.push('name is not a string')
  else if (!NAME.test(name)) problems.push(`name \`${name}\` is not 2–50 letters, digits, \`-\` or \`_\` starting and ending with a letter or digit`)
  else if (RESERVED_NAMES.has(name.toLowerCase())) problems.push(`name \`${name}\` is reserved`)
  const body = text.slice(/^---\n[\s\S]*?\n---\n/.exec(text)![0].length)
  if (body.trim().length < PROMPT_MIN) problems.push(`system prompt has under ${PROMPT_MIN} characters`)
  for (const key of ['tools', 'disallowedTools']) {
    if (fm[key] !== undefined && typeof fm[key] !== 'string' && !isStrings(fm[key])) problems.push(`${key} is not a list of tool names`)
  }
  if (Array.isArray(fm.tools) && fm.tools.length === 0) problems.push('tools is empty, which Qwen Code reads as every tool')
  if (fm.model !== undefined && (typeof fm.model !== 'string' || fm.model.trim() === '')) problems.push('model is not a non-empty string')
  if (fm.approvalMode !== undefined && !APPROVAL_MODES.has(fm.approvalMode as string)) problems.push(`approvalMode is not one of ${[...APPROVAL_MODES].join(', ')}`)
  if (fm.color !== undefined && !(typeof fm.color === 'string' && (Object.hasOwn(PALETTE, fm.color) || fm.color === 'auto'))) problems.push('color is not one of the eight Qwen Code keeps')
  if (fm.maxTurns !== undefined && !(Number.isInteger(fm.maxTurns) && (fm.maxTurns as number) >= 1)) problems.push('maxTurns is not a positive integer')
  if (fm.background !== undefined && typeof fm.background !== 'boolean') problems.push('background is not a boolean')
  if (fm.mcpServers !== undefined && !(isRecord(fm.mcpServers) && Object.values(fm.mcpServers).every(isRecord))) problems.push('mcpServers is not a map of server name → spec')
  if (fm.hooks !== undefined && !(isRecord(fm.hooks) && Object.values(fm.hooks).every(Array.isArray))) problems.push('hooks is not a map of event → list')
  return problems
}
