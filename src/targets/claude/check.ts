/** Claude Code's own reading of a subagent file: frontmatter between `---` lines, strict YAML, a kebab-case `name` and a `description`. */
import YAML from 'yaml'

export function checkClaude(text: string): string[] {
  const problems: string[] = []
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) problems.push('output holds CR or a byte-order mark')
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!m) return ['output has no frontmatter']
  const doc = YAML.parseDocument(m[1]!, { uniqueKeys: true })
  if (doc.errors.length > 0) return doc.errors.map((e) => `frontmatter: ${e.message}`)
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 0 })
  } catch (error) {
    return [`frontmatter: ${(error as Error).message}`]
  }
  const fm = data as Record<string, unknown>
  if (typeof fm.name !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fm.name)) problems.push('name is not kebab-case')
  if (typeof fm.description !== 'string' || fm.description.trim() === '') problems.push('description is not a non-empty string')
  return problems
}
