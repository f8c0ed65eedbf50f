/**
 * Counterexamples the idempotence property (test/fuzz.test.ts) once found, kept as
 * cases: a Claude output compiled again gives the same Claude output.
 */
import { describe, expect, it } from 'vitest'
import { compileSource } from '../src/internal.js'

const claudeOf = (path: string, text: string): string => {
  const { outputs } = compileSource(path, new TextEncoder().encode(text), { targets: ['claude'], lang: 'all', modelMap: {} })
  expect(outputs).toHaveLength(1)
  return outputs[0]!.content
}

describe('a Claude output compiled again is the same output', () => {
  it.each([
    // A tool name that is a Handlebars tag: no MCP server, unknown in both readings.
    ['agent.md', '## System Prompt\n\n\n## Tools\n- {{/if}}\n'],
    // `server/tool` in a heading-structured file: read as Copilot's MCP name, as the Claude dialect reads it.
    ['helper.md', '# Helper\n\n## Description\nHelps.\n\n## System Prompt\nDo things.\n\n## Tools\n- github/create_issue\n'],
    // A list item folded over lines (`review` twice): two names, as in a string of names.
    ['folded.md', '---\ndescription: ""\nTools:\n  - review\n\n    review\n---\n'],
    // A list nested in the list: its items, not its text (`,`).
    ['nested.md', '---\nTools:\n  - - ""\n    - ""\n---\n'],
  ])('%s', (path, text) => {
    const once = claudeOf(path, text)
    expect(claudeOf(path, once)).toBe(once)
  })
})
