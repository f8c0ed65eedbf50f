/**
 * opencode agents (`.opencode/agent(s)/`, or `mode:`, `permission:`, a `tools` map)
 * and opencode's tool names, on invented fixtures under test/fixtures/dialects/opencode/.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileSource, type Agent } from '../../internal.js'
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

describe('opencode config (opencode.json)', () => {
  const config = () => compileSource('test/fixtures/dialects/opencode/config/opencode.json', readFileSync('test/fixtures/dialects/opencode/config/opencode.json'))

  it('reads one agent per entry of `agent`, named after its key, with the Markdown reader\'s tools and permission', () => {
    const result = config()
    expect(result.agents.map((a) => [a.name, a.source.dialect])).toEqual([['migration-planner', 'opencode'], ['style-fixer', 'opencode']])
    const [planner, fixer] = result.agents as [Agent, Agent]
    expect(planner.description).toBe('Plans database migrations step by step. Use before changing a schema.')
    expect(planner.instructions.text).toBe('You plan schema migrations.\n\n## Steps\n\n1. Read the current schema.\n2. Write the plan; never run it.')
    expect(planner.instructions.outline.map((s) => s.title)).toEqual(['Steps'])
    expect(ids(planner)).toEqual(['read', 'search'])
    expect(planner.model).toMatchObject({ raw: 'openai/gpt-5', family: 'openai' })
    expect(planner.color).toBe('#3366cc')
    expect(planner.extensions).toEqual({ mode: 'subagent', temperature: 0.2, permission: { webfetch: 'deny' } })
    expect(ids(fixer)).toEqual(['read', 'edit', 'shell'])
    expect(fixer.extensions).toMatchObject({ steps: 8, permission: { '*': 'deny', read: 'allow', edit: 'allow', bash: { 'npm run format*': 'allow' } } })
  })

  it('keeps a `{file:…}` prompt as written, with a warning, and skips an entry that is no mapping', () => {
    const result = config()
    expect(result.agents[1]!.instructions.text).toBe('{file:./prompts/style-fixer.txt}')
    const notes = result.file.messages.filter((m) => m.ruleId === 'opencode-config').map((m) => [m.line, m.message])
    expect(notes).toEqual([
      [18, expect.stringContaining('`{file:./prompts/style-fixer.txt}`')],
      [22, 'Agent `broken` is a string, not a mapping of its fields; skipped'],
    ])
  })

  it('claims by shape: an `agent` map of opencode fields, or opencode\'s `$schema`; a config without agents gives a note', () => {
    const shape = compileSource('agents.json', Buffer.from('{"agent":{"reviewer":{"description":"Reviews.","prompt":"You review."}}}'))
    expect(shape.agents.map((a) => [a.name, a.source.dialect])).toEqual([['reviewer', 'opencode']])
    expect(compileSource('other.json', Buffer.from('{"agent":{"x":{"unrelated":1}}}')).agents).toEqual([])
    const empty = compileSource('opencode.json', Buffer.from('{"$schema":"https://opencode.ai/config.json","theme":"system"}'))
    expect(empty.agents).toEqual([])
    expect(empty.file.messages.map((m) => [m.ruleId, m.message])).toEqual([['opencode-config', 'opencode config without an `agent` map; no agent read']])
  })
})
