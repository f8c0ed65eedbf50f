/**
 * Claude Code's own reading of a subagent file: frontmatter between `---` lines,
 * strict YAML, a kebab-case `name` and a `description`; and found as Claude Code
 * finds it, by a lazy match to the first `---` anywhere after the opening fence
 * (../shared/targets.md, 1.3): what that match holds must parse to the same data.
 */
import { isDeepStrictEqual } from 'node:util'
import YAML from 'yaml'
import { readOutputFrontmatter } from '../shared/frontmatter-output.js'

/** Claude Code's FRONTMATTER_REGEX (../shared/targets.md, 1.3). */
const CLAUDE_FRONTMATTER = /^---\s*\n([\s\S]*?)---\s*\n?/

/** The frontmatter's data as Claude Code's lazy match finds it, or undefined when that text does not parse. */
function claudeData(text: string): unknown {
  const m = CLAUDE_FRONTMATTER.exec(text)
  if (!m) return undefined
  try {
    return YAML.parse(m[1]!, { logLevel: 'error' }) as unknown
  } catch {
    return undefined
  }
}

export function checkClaude(text: string): string[] {
  const problems: string[] = []
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) problems.push('output holds CR or a byte-order mark')
  const read = readOutputFrontmatter(text)
  if ('problems' in read) return read.problems
  const fm = read.data
  if (typeof fm.name !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fm.name)) problems.push('name is not kebab-case')
  if (typeof fm.description !== 'string' || fm.description.trim() === '') problems.push('description is not a non-empty string')
  if (!isDeepStrictEqual(claudeData(text), fm)) problems.push('Claude Code would end the frontmatter early: a `---` inside it')
  return problems
}
