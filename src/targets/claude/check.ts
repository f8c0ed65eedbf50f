/** Claude Code's own reading of a subagent file: frontmatter between `---` lines, strict YAML, a kebab-case `name` and a `description`. */
import { readOutputFrontmatter } from '../shared/frontmatter-output.js'

export function checkClaude(text: string): string[] {
  const problems: string[] = []
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) problems.push('output holds CR or a byte-order mark')
  const read = readOutputFrontmatter(text)
  if ('problems' in read) return read.problems
  const fm = read.data
  if (typeof fm.name !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fm.name)) problems.push('name is not kebab-case')
  if (typeof fm.description !== 'string' || fm.description.trim() === '') problems.push('description is not a non-empty string')
  return problems
}
