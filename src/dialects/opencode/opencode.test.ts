/**
 * opencode agents (`.opencode/agent(s)/`, or `mode:`, `permission:`, a `tools` map)
 * and opencode's tool names, on invented fixtures under test/fixtures/dialects/opencode/.
 */
import { describe, expect, it } from 'vitest'
import { dialects } from '../registry.js'
import { normaliseTools, type ToolIssue } from '../../normalise/tools.js'
import { compileOne as compile, toolIdsOf as ids, idsOf } from '../../../test/helpers/dialects.js'

describe('opencode agents', () => {
  it('reads an agent under .opencode/agent/: the `true` tools, the rest in extensions', () => {
    const { agent, rules } = compile('opencode/.opencode/agent/lint-fixer.md')
    expect(agent.source.dialect).toBe('opencode')
    expect(agent.name).toBe('lint-fixer')
    expect(agent.description).toBe('Fixes lint errors in the files it is given and nothing else.')
    expect(agent.tools.mode).toBe('list')
    // `patch` is an edit in opencode (the same permission), so it adds nothing.
    expect(ids(agent)).toEqual(['read', 'edit', 'shell'])
    expect(agent.model).toMatchObject({ raw: 'anthropic/claude-haiku-4-5', family: 'anthropic', tier: 'haiku' })
    expect(agent.color).toBe('#44aa88')
    expect(agent.triggers).toEqual([])
    expect(agent.extensions).toEqual({
      mode: 'subagent',
      temperature: 0.1,
      permission: { bash: { 'npm run lint*': 'allow', '*': 'ask' } },
    })
    expect(rules).not.toContain('name-missing')
    expect(rules).not.toContain('tools-unknown')
    // opencode itself would keep the unlisted tools on: the reading is said, as a note.
    expect(rules).toContain('tools-switches')
  })

  it('recognises `mode:` outside .opencode/, and leaves out what `permission` denies', () => {
    const { agent } = compile('opencode/elsewhere/plan-reviewer.md')
    expect(agent.source.dialect).toBe('opencode')
    expect(agent.name).toBe('plan-reviewer')
    expect(agent.title).toBe('Plan Reviewer')
    expect(agent.description).toBe('Reviews implementation plans and points out risks.')
    expect(agent.tools.mode).toBe('list')
    expect(ids(agent)).not.toContain('edit')
    expect(ids(agent)).not.toContain('write')
    expect(ids(agent)).not.toContain('shell')
    expect(ids(agent)).toEqual(['read', 'search', 'glob', 'list', 'web-fetch', 'web-search', 'agent', 'todo', 'skill'])
    expect(agent.model).toMatchObject({ raw: 'openai/gpt-5', family: 'openai' })
    expect(agent.extensions).toEqual({ mode: 'primary', permission: { edit: 'deny', bash: 'deny', external_directory: 'deny' } })
  })

  it('names a nested agent after its path, and reads `"*": false` as exactly the `true` tools', () => {
    const { agent, rules } = compile('opencode/.opencode/agents/review/deps-auditor.md')
    expect(agent.source.dialect).toBe('opencode')
    expect(agent.name).toBe('review-deps-auditor')
    expect(ids(agent)).toEqual(['read', 'web-fetch', 'mcp:github/search_code'])
    expect(agent.extensions).toEqual({})
    expect(rules).not.toContain('name-missing')
  })

  it('reads a map of only `false` tools as every built-in tool but those', () => {
    const { agent } = compile('opencode/elsewhere/note-taker.md')
    expect(agent.source.dialect).toBe('opencode')
    expect(agent.name).toBe('note-taker')
    // `write: false` turns editing off as a whole, as opencode's `edit` permission does.
    expect(ids(agent)).toEqual(['read', 'search', 'glob', 'list', 'web-fetch', 'web-search', 'agent', 'todo', 'skill'])
    expect(agent.extensions).toEqual({ mode: 'all' })
  })
})

describe('tool vocabularies', () => {
  it('maps opencode names and MCP `server_tool` names', () => {
    expect(idsOf('bash', 'opencode')).toEqual(['shell'])
    expect(idsOf('patch', 'opencode')).toEqual(['edit'])
    expect(idsOf('todoread', 'opencode')).toEqual(['todo'])
    expect(idsOf('lsp', 'opencode')).toEqual(['opencode:lsp'])
    expect(idsOf('jira_*', 'opencode')).toEqual(['mcp:jira'])
    expect(idsOf('jira_create_issue', 'opencode')).toEqual(['mcp:jira/create_issue'])
    expect(idsOf('Teleport', 'opencode')).toEqual(['?Teleport'])
  })

  it('reads maps of booleans in every shape', () => {
    const issues: ToolIssue[] = []
    const opencode = { vocabulary: dialects.opencode.tools }
    expect(normaliseTools({ '*': false, read: true, grep: true }, issues, opencode).items.map((t) => t.id)).toEqual(['read', 'search'])
    expect(normaliseTools({ read: true, write: false }, issues, opencode).items.map((t) => t.id)).toEqual(['read'])
    expect(normaliseTools({ read: true }, issues, opencode).mode).toBe('list')
    expect(normaliseTools({ '*': true }, issues, opencode)).toEqual({ mode: 'all', items: [] })
    expect(normaliseTools({ '*': false }, issues, opencode)).toEqual({ mode: 'none', items: [] })
    // `true`s without `"*": false` are read as a list: a reading, so each is noted.
    expect(issues).toEqual([
      { kind: 'only-on', raw: 'read' },
      { kind: 'only-on', raw: 'read' },
    ])
    issues.length = 0
    normaliseTools({ read: 'yes' }, issues, opencode)
    expect(issues).toEqual([{ kind: 'invalid', raw: 'read: "yes"' }])
  })
})
