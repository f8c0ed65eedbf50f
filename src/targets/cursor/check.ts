/**
 * Cursor's reading of an output: frontmatter between `---` lines as strict YAML,
 * then the field types of the kind of file it is. A rule is told from a subagent
 * by `alwaysApply`: the target writes it in every rule and in no subagent (the
 * validator in scripts/validate.mjs tells them apart the same way).
 * - A rule (cursor.com/docs/context/rules, 2026): only `description` (a string),
 *   `globs` (a string or a list of non-empty strings), `alwaysApply` (a boolean).
 * - A subagent (cursor.com/docs/agent/subagents, 2026): `name` and `description`
 *   non-empty strings, `model` a string, `readonly` and `is_background` booleans.
 */
import { readAgentOutput, readOutputFrontmatter } from '../shared/frontmatter-output.js'

const RULE_KEYS = new Set(['description', 'globs', 'alwaysApply'])
const SUBAGENT_KEYS = new Set(['name', 'description', 'model', 'readonly', 'is_background'])

/** Whether a parsed frontmatter is a rule's. */
export const isRuleFrontmatter = (data: Record<string, unknown>): boolean => Object.hasOwn(data, 'alwaysApply')

export function checkCursor(text: string): string[] {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return ['output holds CR or a byte-order mark']
  const read = readOutputFrontmatter(text)
  if (!('data' in read)) return read.problems
  return isRuleFrontmatter(read.data) ? checkRule(read.data) : checkSubagent(text)
}

function checkRule(fm: Record<string, unknown>): string[] {
  const problems = Object.keys(fm).filter((key) => !RULE_KEYS.has(key)).map((key) => `a rule has no field \`${key}\``)
  if (typeof fm.alwaysApply !== 'boolean') problems.push('alwaysApply is not a boolean')
  if (fm.description !== undefined && typeof fm.description !== 'string') problems.push('description is not a string')
  const globs = fm.globs
  const isGlob = (g: unknown) => typeof g === 'string' && g.trim() !== ''
  if (globs !== undefined && !(isGlob(globs) || (Array.isArray(globs) && globs.length > 0 && globs.every(isGlob)))) problems.push('globs is not a string or a list of globs')
  return problems
}

function checkSubagent(text: string): string[] {
  const read = readAgentOutput(text)
  if (!('data' in read)) return read.problems
  const { data: fm, problems } = read
  problems.push(...Object.keys(fm).filter((key) => !SUBAGENT_KEYS.has(key)).map((key) => `a subagent has no field \`${key}\``))
  if (typeof fm.name !== 'string' || fm.name.trim() === '') problems.push('name is not a non-empty string')
  if (fm.model !== undefined && (typeof fm.model !== 'string' || fm.model.trim() === '')) problems.push('model is not a non-empty string')
  for (const key of ['readonly', 'is_background']) if (fm[key] !== undefined && typeof fm[key] !== 'boolean') problems.push(`${key} is not a boolean`)
  return problems
}
