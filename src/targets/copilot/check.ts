/**
 * Copilot's reading of an agent file: frontmatter between `---` lines as strict
 * YAML (the Copilot CLI fails on malformed YAML), a non-empty `description`
 * (required), the field types of github/docs custom-agents-configuration.md
 * (2026), and the body within GitHub.com's 30,000 characters. The JSON Schema
 * check is scripts/validate.mjs.
 */
import { readAgentOutput } from '../shared/frontmatter-output.js'
import { BODY_LIMIT, TARGETS } from './tables.js'

const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string')

export function checkCopilot(text: string): string[] {
  const read = readAgentOutput(text)
  if (!('data' in read)) return read.problems
  const { data: fm, problems } = read
  if (fm.name !== undefined && typeof fm.name !== 'string') problems.push('name is not a string')
  if (fm.tools !== undefined && typeof fm.tools !== 'string' && !isStrings(fm.tools)) problems.push('tools is not a string or a list of strings')
  if (fm.model !== undefined && typeof fm.model !== 'string' && !isStrings(fm.model)) problems.push('model is not a string or a list of strings')
  if (fm.target !== undefined && !TARGETS.has(fm.target as string)) problems.push('target is not vscode or github-copilot')
  if (fm.handoffs !== undefined && !Array.isArray(fm.handoffs)) problems.push('handoffs is not a list')
  const body = text.slice(/^---\n[\s\S]*?\n---\n/.exec(text)![0].length).replace(/^\n/, '').replace(/\n$/, '')
  if (body.length > BODY_LIMIT) problems.push(`body has ${body.length} characters, over ${BODY_LIMIT}`)
  return problems
}
