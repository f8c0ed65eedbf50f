/**
 * Dialects with frontmatter: GitHub Copilot custom agents, opencode agents and
 * Cursor rules, each from an invented fixture under fixtures/dialects/.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileSource, type Agent } from '../src/index.js'
import { dialects } from '../src/dialects/registry.js'
import { normaliseTools, toolRefs, type ToolIssue } from '../src/normalise/tools.js'
import { globsOf } from '../src/dialects/cursor/read.js'

const FIXTURES = 'test/fixtures/dialects/'

function compile(path: string) {
  const result = compileSource(FIXTURES + path, readFileSync(FIXTURES + path))
  const rules = result.file.messages.map((m) => m.ruleId)
  expect(result.file.messages.filter((m) => m.fatal)).toEqual([])
  expect(result.agents).toHaveLength(1)
  return { agent: result.agents[0]!, rules, messages: result.file.messages }
}

const ids = (agent: Agent) => agent.tools.items.map((t) => t.id)

describe('GitHub Copilot custom agents', () => {
  it('reads a .agent.md file: file name as id, name as title, tools mapped', () => {
    const { agent, rules, messages } = compile('copilot/release-scout.agent.md')
    expect(agent.source.dialect).toBe('copilot')
    expect(agent.name).toBe('release-scout')
    expect(agent.title).toBe('Release Scout')
    expect(agent.description).toBe('Checks a release branch for missing changelog entries and unpublished migrations.')
    expect(agent.tools.mode).toBe('list')
    expect(ids(agent)).toEqual([
      'read',
      'edit',
      'write',
      'shell',
      'web-fetch',
      'web-search',
      'search',
      'copilot:problems',
      'mcp:tracker',
      'mcp:tracker/open_ticket',
      'copilot:acme.release-kit/bumpVersion',
      'launchRockets',
    ])
    expect(agent.tools.items.find((t) => t.id === 'write')).toEqual({ id: 'write', raw: 'edit', known: true })
    expect(agent.tools.items.at(-1)).toEqual({ id: 'launchRockets', raw: 'launchRockets', known: false })
    const unknown = messages.filter((m) => m.ruleId === 'tools-unknown')
    expect(unknown.map((m) => m.reason)).toEqual(['Unknown tool `launchRockets`; kept as written (--tool-map reads it as a known tool)'])
    expect(unknown[0]!.line).toBe(5)
    // The first model of VS Code's prioritised list, a `{ name }` entry.
    expect(agent.model).toMatchObject({ raw: 'Claude Sonnet 4.5 (copilot)', family: 'anthropic', tier: 'sonnet' })
    expect(agent.triggers).toEqual([])
    expect(Object.keys(agent.extensions)).toEqual(['target', 'handoffs', 'mcp-servers'])
    expect(agent.extensions.target).toBe('vscode')
    expect(agent.extensions.handoffs).toEqual([{ label: 'Write the notes', agent: 'notes-writer', prompt: 'Draft release notes from the findings above.' }])
    expect(agent.instructions.text.startsWith('# Release Scout')).toBe(true)
    expect(rules).not.toContain('name-missing')
  })

  it('reads a .chatmode.md file without name or tools: every tool, named after the file', () => {
    const { agent, rules } = compile('copilot/quiet-helper.chatmode.md')
    expect(agent.source.dialect).toBe('copilot')
    expect(agent.name).toBe('quiet-helper')
    expect(agent.title).toBe('Quiet Helper')
    expect(agent.description).toBe('Answers questions about the build scripts without changing anything.')
    expect(agent.tools).toEqual({ mode: 'all', items: [] })
    expect(agent.model).toBeUndefined()
    expect(agent.extensions).toEqual({})
    expect(rules).not.toContain('name-missing')
  })
})

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

describe('Cursor rules', () => {
  it('reads a .mdc rule: file name, description, globs as file triggers', () => {
    const { agent, rules } = compile('cursor/svelte-style.mdc')
    expect(agent.source.dialect).toBe('cursor')
    expect(agent.name).toBe('svelte-style')
    expect(agent.description).toBe('Style rules for Svelte components and their tests')
    expect(agent.triggers).toEqual([
      { kind: 'file', value: 'src/**/*.{ts,svelte}' },
      { kind: 'file', value: 'tests/**/*.ts' },
    ])
    expect(agent.tools).toEqual({ mode: 'all', items: [] })
    expect(agent.model).toBeUndefined()
    expect(agent.extensions).toEqual({ alwaysApply: false })
    expect(agent.instructions.text.startsWith('- Keep components')).toBe(true)
    expect(rules).not.toContain('name-missing')
  })

  it('reads `globs: **/*.sh`, which is not valid YAML, as the glob it means', () => {
    const { agent, rules } = compile('cursor/shell-scripts.mdc')
    expect(agent.source.dialect).toBe('cursor')
    expect(agent.name).toBe('shell-scripts')
    expect(agent.triggers).toEqual([{ kind: 'file', value: '**/*.sh' }])
    expect(agent.extensions).toEqual({ alwaysApply: true })
    expect(rules).toContain('yaml-alias-value')
  })

  it('reads globs as a list; without a description, the prompt gives one', () => {
    const { agent, rules } = compile('cursor/sql-naming.mdc')
    expect(agent.name).toBe('sql-naming')
    expect(agent.triggers.map((t) => t.value)).toEqual(['db/**/*.sql', 'migrations/*.sql'])
    expect(agent.description).toBe('Use snake_case for tables and columns.')
    expect(rules).toContain('description-missing')
  })

  it('splits globs on commas outside braces', () => {
    expect(globsOf('a/**/*.{js,ts}, b/*.md,c')).toEqual(['a/**/*.{js,ts}', 'b/*.md', 'c'])
    expect(globsOf(['x/*.py', 'y/*.py, z/*.py', 3])).toEqual(['x/*.py', 'y/*.py', 'z/*.py'])
    expect(globsOf(undefined)).toEqual([])
  })
})

describe('tool vocabularies', () => {
  const idsOf = (raw: string, dialect: 'claude' | 'copilot' | 'opencode') => toolRefs(raw, dialects[dialect].tools).map((r) => (r.known ? r.id : `?${r.id}`))

  it('maps Copilot aliases, set/tool names, older names, MCP and extension tools', () => {
    expect(idsOf('execute', 'copilot')).toEqual(['shell'])
    expect(idsOf('Web', 'copilot')).toEqual(['web-fetch', 'web-search'])
    expect(idsOf('edit/editFiles', 'copilot')).toEqual(['edit', 'write'])
    expect(idsOf('search/fileSearch', 'copilot')).toEqual(['glob'])
    expect(idsOf('read/terminalLastCommand', 'copilot')).toEqual(['copilot:terminalLastCommand'])
    expect(idsOf('execute/getTerminalOutput', 'copilot')).toEqual(['shell-output'])
    expect(idsOf('fetch', 'copilot')).toEqual(['web-fetch'])
    expect(idsOf('agent/runSubagent', 'copilot')).toEqual(['agent'])
    expect(idsOf('Bash', 'copilot')).toEqual(['shell'])
    expect(idsOf('github/*', 'copilot')).toEqual(['mcp:github'])
    expect(idsOf('github/get_issue', 'copilot')).toEqual(['mcp:github/get_issue'])
    expect(idsOf('docs.search.mcp', 'copilot')).toEqual(['mcp:docs.search.mcp'])
    expect(idsOf('ms-python.python/installPythonPackage', 'copilot')).toEqual(['copilot:ms-python.python/installPythonPackage'])
    expect(idsOf('read/noSuchTool', 'copilot')).toEqual(['?read/noSuchTool'])
    expect(idsOf('terminalCommand', 'copilot')).toEqual(['?terminalCommand'])
  })

  it('maps opencode names and MCP `server_tool` names', () => {
    expect(idsOf('bash', 'opencode')).toEqual(['shell'])
    expect(idsOf('patch', 'opencode')).toEqual(['edit'])
    expect(idsOf('todoread', 'opencode')).toEqual(['todo'])
    expect(idsOf('lsp', 'opencode')).toEqual(['opencode:lsp'])
    expect(idsOf('jira_*', 'opencode')).toEqual(['mcp:jira'])
    expect(idsOf('jira_create_issue', 'opencode')).toEqual(['mcp:jira/create_issue'])
    expect(idsOf('Teleport', 'opencode')).toEqual(['?Teleport'])
  })

  it('keeps the Claude vocabulary as it was', () => {
    expect(idsOf('Task', 'claude')).toEqual(['agent'])
    expect(idsOf('mcp__github__create_issue', 'claude')).toEqual(['mcp:github/create_issue'])
    expect(idsOf('execute', 'claude')).toEqual(['?execute'])
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
