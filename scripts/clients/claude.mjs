/**
 * Claude Code's reading of an agent file, where no loader of its own can be run (its
 * binary needs an account): the rules of ../shared/targets.md 1.3, from its
 * reconstructed source. The frontmatter is what `FRONTMATTER_REGEX`
 * (`/^---\s*\n([\s\S]*?)---\s*\n?/`) matches: lazy up to the first `---`, even inside
 * a line. Its YAML must parse strictly: Claude Code's retry (`quoteProblematicValues`)
 * is not applied, so a file that loads only through it counts as refused, as every
 * stricter reader (Copilot CLI, gray-matter, js-yaml) would refuse it. Without a
 * `name`, or with a blank `description`, Claude Code skips the agent.
 */
import YAML from 'yaml'

const FRONTMATTER = /^---\s*\n([\s\S]*?)---\s*\n?/

/** items: `{ name, content }` → Map name → `{ loaded: { data, body } }` or `{ refused }`. */
export function loadClaude(items) {
  const results = new Map()
  for (const item of items) {
    const match = FRONTMATTER.exec(item.content)
    if (!match) {
      results.set(item.name, { refused: 'no frontmatter where Claude Code looks for it' })
      continue
    }
    let data
    try {
      data = YAML.parse(match[1], { strict: true, uniqueKeys: true, prettyErrors: true })
    } catch (error) {
      results.set(item.name, { refused: `strict YAML refuses the frontmatter: ${error.message.split('\n')[0]}` })
      continue
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) results.set(item.name, { refused: 'the frontmatter is not a mapping' })
    else if (typeof data.name !== 'string' || data.name.trim() === '') results.set(item.name, { refused: 'no name: Claude Code skips the agent' })
    else if (typeof data.description !== 'string' || data.description.trim() === '') results.set(item.name, { refused: 'a blank description: Claude Code skips the agent' })
    else results.set(item.name, { loaded: { data, body: item.content.slice(match[0].length) } })
  }
  return results
}

/** What Claude Code read, as a Claude agent file agentdef reads back. */
export function claudeFile(name, { data, body }) {
  return { path: `.claude/agents/${name}.md`, content: `---\n${YAML.stringify(data)}---\n\n${body}` }
}
