/**
 * A custom target's output parsed back by its container's parser before it is
 * written: strict YAML (`yaml`) for frontmatter and YAML files, `JSON.parse`, a
 * real TOML parser (`smol-toml`). Text has no syntax to check. A template that
 * writes what its container cannot read fails the output (`target-invalid`), never
 * the build.
 */
import { parse as parseToml } from 'smol-toml'
import YAML from 'yaml'
import type { Container } from './definition.js'

export function checkContainer(container: Container, text: string): string[] {
  switch (container) {
    case 'text':
      return []
    case 'json':
      return attempt(() => JSON.parse(text), 'JSON')
    case 'toml':
      return attempt(() => parseToml(text), 'TOML')
    case 'yaml':
      return yamlProblems(text)
    case 'markdown': {
      // Frontmatter is optional; when the output opens a `---` fence, it must close and hold a YAML mapping.
      if (!text.startsWith('---\n')) return []
      const end = text.indexOf('\n---\n', 3)
      if (end === -1 && !text.endsWith('\n---')) return ['frontmatter has no closing `---` fence']
      const problems = yamlProblems(text.slice(4, end === -1 ? text.length - 3 : end + 1))
      return problems.map((p) => `frontmatter: ${p}`)
    }
  }
}

function attempt(parse: () => unknown, what: string): string[] {
  try {
    parse()
    return []
  } catch (error) {
    return [`not ${what}: ${(error as Error).message.split('\n')[0]}`]
  }
}

function yamlProblems(text: string): string[] {
  const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' })
  if (doc.errors.length > 0) return doc.errors.map((e) => `YAML: ${e.message.split('\n')[0]}`)
  try {
    doc.toJS({ maxAliasCount: 0 })
    return []
  } catch (error) {
    return [`YAML: ${(error as Error).message}`]
  }
}
