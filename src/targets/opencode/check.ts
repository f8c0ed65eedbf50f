/**
 * opencode's reading of an agent file: frontmatter between `---` lines as strict
 * YAML (opencode's gray-matter is more lenient; a file this passes, it reads), and
 * the field types of ConfigAgentV1.Info and ConfigPermissionV1 (anomalyco/opencode
 * packages/core/src/v1/config/agent.ts and permission.ts, 2026), which reject a
 * wrong type for a known key. The JSON Schema check is scripts/validate.mjs.
 */
import { readAgentOutput } from '../shared/frontmatter-output.js'
import { PROVIDER_MODEL, THEME_COLORS } from './tables.js'

const ACTIONS = new Set(['allow', 'ask', 'deny'])
/** Permission keys whose value is an action only, never a pattern map. */
const ACTION_ONLY = new Set(['question', 'webfetch', 'websearch', 'doom_loop'])

export function checkOpencode(text: string): string[] {
  const read = readAgentOutput(text)
  if (!('data' in read)) return read.problems
  const { data: fm, problems } = read
  if (fm.mode !== undefined && !['subagent', 'primary', 'all'].includes(fm.mode as string)) problems.push('mode is not subagent, primary or all')
  if (fm.model !== undefined && (typeof fm.model !== 'string' || !PROVIDER_MODEL.test(fm.model))) problems.push('model is not provider/model')
  for (const key of ['temperature', 'top_p']) {
    if (fm[key] !== undefined && !(typeof fm[key] === 'number' && Number.isFinite(fm[key]))) problems.push(`${key} is not a finite number`)
  }
  if (fm.steps !== undefined && !(Number.isInteger(fm.steps) && (fm.steps as number) >= 1)) problems.push('steps is not a positive integer')
  for (const key of ['variant', 'prompt']) if (fm[key] !== undefined && typeof fm[key] !== 'string') problems.push(`${key} is not a string`)
  for (const key of ['hidden', 'disable']) if (fm[key] !== undefined && typeof fm[key] !== 'boolean') problems.push(`${key} is not a boolean`)
  if (fm.color !== undefined && !(typeof fm.color === 'string' && (/^#[0-9a-fA-F]{6}$/.test(fm.color) || THEME_COLORS.has(fm.color)))) problems.push('color is not #RRGGBB or a theme colour')
  if (fm.permission !== undefined) problems.push(...checkPermission(fm.permission))
  return problems
}

function checkPermission(permission: unknown): string[] {
  if (typeof permission === 'string') return ACTIONS.has(permission) ? [] : ['permission is not allow, ask or deny']
  if (permission === null || typeof permission !== 'object' || Array.isArray(permission)) return ['permission is not an action or a map']
  const problems: string[] = []
  for (const [key, rule] of Object.entries(permission)) {
    if (typeof rule === 'string' && ACTIONS.has(rule)) continue
    const patterns = rule !== null && typeof rule === 'object' && !Array.isArray(rule) && Object.values(rule).every((v) => typeof v === 'string' && ACTIONS.has(v))
    if (!patterns || ACTION_ONLY.has(key)) problems.push(`permission.${key} is not ${ACTION_ONLY.has(key) ? 'an action' : 'an action or a map of patterns to actions'}`)
  }
  return problems
}
