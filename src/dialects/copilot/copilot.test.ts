/**
 * GitHub Copilot custom agents (`*.agent.md`, `*.chatmode.md`) and Copilot's tool
 * names, on invented fixtures under test/fixtures/dialects/copilot/.
 */
import { describe, expect, it } from 'vitest'
import { compileOne as compile, toolIdsOf as ids, idsOf } from '../../../test/helpers/dialects.js'

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

describe('tool vocabularies', () => {
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
})
