/** Reading back a Markdown output's frontmatter as the strictest of the tools that take one would: `---` fences, strict YAML, a mapping. */
import YAML from 'yaml'

export function readOutputFrontmatter(text: string): { data: Record<string, unknown> } | { problems: string[] } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!m) return { problems: ['output has no frontmatter'] }
  const doc = YAML.parseDocument(m[1]!, { uniqueKeys: true })
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
