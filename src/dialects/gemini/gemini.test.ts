/**
 * Gemini CLI subagents (`.gemini/agents/*.md`) and Gemini CLI's tool names, on
 * invented fixtures under test/fixtures/dialects/gemini/.
 */
import { describe, expect, it } from 'vitest'
import { compileOne as compile, toolIdsOf as ids, idsOf } from '../../../test/helpers/dialects.js'

describe('gemini agents', () => {
  it('reads an agent under .gemini/agents/: name, display_name as the title, Gemini tools, the rest in extensions', () => {
    const { agent, rules } = compile('gemini/.gemini/agents/schema-reviewer.md')
    expect(agent.source.dialect).toBe('gemini')
    expect(agent.name).toBe('schema-reviewer')
    expect(agent.title).toBe('Schema Reviewer (Postgres)')
    expect(agent.description).toBe('Reviews database migrations for locking and data-loss risks.')
    expect(agent.tools.mode).toBe('list')
    // `search_file_content` is the legacy name of `grep_search`.
    expect(ids(agent)).toEqual(['read', 'search', 'glob', 'mcp:postgres/describe_table', 'gemini:ask_user'])
    expect(agent.model).toMatchObject({ raw: 'gemini-2.5-flash', family: 'google' })
    expect(agent.extensions).toEqual({
      kind: 'local',
      mcp_servers: { postgres: { command: 'npx', args: ['-y', 'pg-mcp-server'], include_tools: ['describe_table'] } },
      temperature: 0.1,
      max_turns: 8,
      timeout_mins: 4,
    })
    expect(rules).not.toContain('tools-unknown')
    expect(rules).not.toContain('name-missing')
  })

  it('reads `*` as every tool and `inherit` as the caller\'s model', () => {
    const { agent } = compile('gemini/.gemini/agents/all-hands.md')
    expect(agent.source.dialect).toBe('gemini')
    expect(agent.tools).toEqual({ mode: 'all', items: [] })
    expect(agent.model).toMatchObject({ tier: 'inherit' })
  })

  it('reads MCP wildcards and invoke_agent; an unknown name stays unknown, with a warning', () => {
    const { agent, rules } = compile('gemini/.gemini/agents/mcp-only.md')
    expect(ids(agent)).toEqual(['mcp:*', 'todo', 'agent', 'Teleport'])
    expect(rules).toContain('tools-unknown')
  })

  it('claims only files under .gemini/agents/: elsewhere a Claude-like file stays claude', () => {
    expect(compile('gemini/elsewhere/not-gemini.md').agent.source.dialect).toBe('claude')
  })
})

describe('tool vocabulary', () => {
  it('maps Gemini CLI names, its own tools and MCP names', () => {
    expect(idsOf('run_shell_command', 'gemini')).toEqual(['shell'])
    expect(idsOf('replace', 'gemini')).toEqual(['edit'])
    expect(idsOf('read_many_files', 'gemini')).toEqual(['read'])
    expect(idsOf('google_web_search', 'gemini')).toEqual(['web-search'])
    expect(idsOf('tracker_create_task', 'gemini')).toEqual(['gemini:tracker_create_task'])
    expect(idsOf('discovered_tool_lint', 'gemini')).toEqual(['gemini:discovered_tool_lint'])
    expect(idsOf('mcp_github_*', 'gemini')).toEqual(['mcp:github'])
    // The server is what precedes the first `_` (gemini-cli mcp-tool.ts parseMcpToolName).
    expect(idsOf('mcp_github_get_pull_request', 'gemini')).toEqual(['mcp:github/get_pull_request'])
    expect(idsOf('Read', 'gemini')).toEqual(['?Read'])
  })
})
