/** Cursor subagents (`.cursor/agents/*.md`), on invented fixtures under test/fixtures/dialects/cursor-agent/. */
import { describe, expect, it } from 'vitest'
import { compileOne as compile, toolIdsOf as ids } from '../../../test/helpers/dialects.js'
import { claudeIds } from '../../vocabulary/tools.js'
import { READ_ONLY_NAMES } from './read.js'

describe('Cursor subagents', () => {
  it('reads a subagent: name, description, `fast` as written, `readonly: true` as the read-only tools, is_background kept', () => {
    const { agent, rules } = compile('cursor-agent/.cursor/agents/schema-auditor.md')
    expect(agent.source.dialect).toBe('cursor-agent')
    expect(agent.name).toBe('schema-auditor')
    expect(agent.description).toBe('Audits database migrations for locking and data loss before they are merged.')
    expect(agent.model).toEqual({ raw: 'fast' })
    expect(agent.tools.mode).toBe('list')
    expect(ids(agent)).toEqual(['read', 'search', 'glob', 'list', 'web-fetch', 'web-search'])
    expect(agent.extensions).toEqual({ is_background: true })
    expect(agent.instructions.text.startsWith('You audit migrations.')).toBe(true)
    expect(rules).not.toContain('tools-unknown')
    // The tools come from `readonly`: a diagnostic about them points at its line.
    expect(agent.source.fields.tools).toBe(5)
  })

  it('names a subagent without `name` after its file; `readonly: false` is every tool; `inherit` is the inherit tier', () => {
    const { agent, rules } = compile('cursor-agent/.cursor/agents/release-driver.md')
    expect(agent.source.dialect).toBe('cursor-agent')
    expect(agent.name).toBe('release-driver')
    expect(agent.tools).toEqual({ mode: 'all', items: [] })
    expect(agent.model).toMatchObject({ raw: 'inherit', tier: 'inherit' })
    expect(agent.extensions).toEqual({})
    expect(rules).not.toContain('name-missing')
  })

  it('narrows a `tools` list copied from Claude Code to its read-only tools when `readonly: true`', () => {
    const { agent } = compile('cursor-agent/.cursor/agents/copied-reviewer.md')
    expect(ids(agent)).toEqual(['read', 'search'])
  })

  it('claims by path only: a Claude file with `readonly` elsewhere stays Claude', () => {
    const { agent } = compile('cursor-agent/elsewhere/look-alike.md')
    expect(agent.source.dialect).toBe('claude')
    expect(agent.extensions).toEqual({ readonly: true })
  })

  it('reads as the read-only tools exactly what the cursor target writes as `readonly: true`', async () => {
    const { READ_ONLY_TOOLS } = await import('../../targets/cursor/tables.js')
    expect(READ_ONLY_NAMES.flatMap((name) => claudeIds(name) ?? [])).toEqual([...READ_ONLY_TOOLS])
  })
})
