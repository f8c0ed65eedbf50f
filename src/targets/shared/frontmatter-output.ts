/** Reading back a Markdown output's frontmatter as the strictest of the tools that take one would: `---` fences, strict YAML, a mapping. */
import YAML from 'yaml'

export function readOutputFrontmatter(text: string): { data: Record<string, unknown> } | { problems: string[] } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!m) return { problems: ['output has no frontmatter'] }
  const doc = YAML.parseDocument(m[1]!, { uniqueKeys: true, logLevel: 'error' })
  if (doc.errors.length > 0) return { problems: doc.errors.map((e) => `frontmatter: ${e.message}`) }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 0 })
  } catch (error) {
    return { problems: [`frontmatter: ${(error as Error).message}`] }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { problems: ['frontmatter is not a mapping'] }
  return { data: data as Record<string, unknown> }
}

/**
 * An agent file as the tools that take Markdown with frontmatter read it: LF only,
 * no byte-order mark, the frontmatter above, and a non-empty `description` (every
 * one of them offers an agent by its description).
 */
export function readAgentOutput(text: string): { data: Record<string, unknown>; problems: string[] } | { problems: string[] } {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return { problems: ['output holds CR or a byte-order mark'] }
  const read = readOutputFrontmatter(text)
  if ('problems' in read) return read
  const problems: string[] = []
  if (typeof read.data.description !== 'string' || read.data.description.trim() === '') problems.push('description is not a non-empty string')
  return { data: read.data, problems }
}

