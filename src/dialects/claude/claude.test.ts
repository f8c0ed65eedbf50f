/**
 * The Claude Code dialect's tool vocabulary, and the Copilot names it borrows.
 * (Claude frontmatter itself, broken and whole, is tested in test/frontmatter.test.ts
 * and the conformance cases `claude-*`.)
 */
import { describe, expect, it } from 'vitest'
import { compileSource } from '../../internal.js'
import { dialects } from '../registry.js'
import { normaliseTools } from '../../normalise/tools.js'
import { idsOf } from '../../../test/helpers/dialects.js'

describe('tool vocabularies', () => {
  it('keeps the Claude vocabulary as it was', () => {
    expect(idsOf('Task', 'claude')).toEqual(['agent'])
    expect(idsOf('mcp__github__create_issue', 'claude')).toEqual(['mcp:github/create_issue'])
    expect(idsOf('execute', 'claude')).toEqual(['?execute'])
  })

  it('reads a missing list as the mode asked for, and names in the Claude vocabulary', () => {
    const claude = { vocabulary: dialects.claude.tools }
    expect(normaliseTools(undefined, [], { ...claude, absent: 'none' })).toEqual({ mode: 'none', items: [] })
    expect(normaliseTools('Read, Grep', [], claude)).toEqual({
      mode: 'list',
      items: [
        { id: 'read', raw: 'Read', known: true },
        { id: 'search', raw: 'Grep', known: true },
      ],
    })
  })
})

describe('Copilot tool names in a Claude-style file', () => {
  it('are read with the Copilot table, with a note, and unknown names still warn', () => {
    const text = '---\nname: mixed\ndescription: Mixed tools.\ntools: Read, codebase, editFiles, frobnicate\n---\n\nBody.\n'
    const result = compileSource('mixed.md', Buffer.from(text))
    const ids = result.agents[0]!.tools.items.map((t) => t.id)
    expect(ids).toEqual(['read', 'search', 'edit', 'write', 'frobnicate'])
    const notes = result.file.messages.filter((m) => m.ruleId === 'tools-foreign')
    expect(notes.map((m) => [m.line, m.fatal])).toEqual([
      [4, undefined],
      [4, undefined],
    ])
    expect(result.file.messages.filter((m) => m.ruleId === 'tools-unknown').map((m) => m.reason)).toEqual(['Unknown tool `frobnicate`; kept as written (--tool-map reads it as a known tool)'])
  })
})
