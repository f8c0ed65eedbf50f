/**
 * The frontmatter taken off before micromark (src/parse/markdown.ts) must give the
 * tree remark-frontmatter gives: compared on edge cases written here and on every
 * Markdown file of the shared corpus, node by node, positions included. And the input
 * that made it necessary (issue 9: a block scalar of a million blank lines, just under
 * the size limit) compiles to the right agent.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { compileSource } from '../src/internal.js'
import { parseMarkdown } from '../src/parse/markdown.js'
import { SHARED } from './helpers/paths.js'

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

describe('parseMarkdown', () => {
  const cases: Record<string, string> = {
    plain: '---\nname: a\n---\n\n# Title\n\nText.\n',
    'fence with trailing spaces': '---  \nname: a\n--- \t\nBody right after.\n',
    empty: '---\n---\n',
    'no body, no final newline': '---\nname: a\n---',
    'body opening with a fence': '---\nname: a\n---\n---\nb: c\n---\n',
    'never closed': '---\nname: a\n\n# Not frontmatter\n',
    'closing fence with more dashes': '---\nname: a\n----\n---\nx\n',
    'indented closing fence': '---\nname: a\n ---\n---\nx\n',
    'no frontmatter': '# Title\n\n---\n\nText.\n',
    'list right after': '---\na: 1\n---\n- one\n- two\n\n```js\nx\n```\n',
  }
  for (const [name, text] of Object.entries(cases)) {
    it(`gives remark-frontmatter's tree: ${name}`, () => expect(parseMarkdown(text)).toEqual(remark.parse(text)))
  }

  // Every eighth file, to keep `npm test` quick (all 2,135 were compared once: no difference); AGENTDEF_SPLIT_ALL=1 compares all.
  it("gives remark-frontmatter's tree for the Markdown files of the corpus", () => {
    const root = join(SHARED, 'corpus')
    const all = (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(md|mdc|txt)$/i.test(f)).sort()
    const files = process.env.AGENTDEF_SPLIT_ALL ? all : all.filter((_, i) => i % 8 === 0)
    expect(files.length).toBeGreaterThan(200)
    const different = files.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8').replace(/\r\n?/g, '\n')
      return JSON.stringify(parseMarkdown(text)) !== JSON.stringify(remark.parse(text))
    })
    expect(different).toEqual([])
  }, 120_000)
})

describe('a frontmatter of a million lines', () => {
  it('compiles to the agent it defines (its cost per byte is measured by the bench, not here)', () => {
    const text = `---\nname: block\ndescription: |\n${'\n'.repeat(1_000_000)}  Reviews code.\n---\n\nYou review code.\n`
    const { agents, outputs } = compileSource('block.md', Buffer.from(text), { targets: ['claude'], lang: 'all', modelMap: {}, maxBytes: 2 * 1024 * 1024 })
    expect(agents.map((a) => [a.name, a.description.trim()])).toEqual([['block', 'Reviews code.']])
    expect(outputs[0]!.content).toContain('You review code.')
  })
})
