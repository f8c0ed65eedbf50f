/**
 * Qwen Code agents (`.qwen/agents/`, or `approvalMode:` / `runConfig:` /
 * `modelConfig:` elsewhere) and Qwen Code's tool names, on invented fixtures
 * under test/fixtures/dialects/qwen/.
 */
import { describe, expect, it } from 'vitest'
import { compileOne as compile, toolIdsOf as ids, idsOf } from '../../../test/helpers/dialects.js'

describe('qwen agents', () => {
  it('reads an agent under .qwen/agents/: Qwen tool names, approvalMode as permissionMode, the model as written', () => {
    const { agent, rules } = compile('qwen/.qwen/agents/migration-checker.md')
    expect(agent.source.dialect).toBe('qwen')
    expect(agent.name).toBe('migration-checker')
    expect(ids(agent)).toEqual(['read', 'search', 'shell', 'mcp:postgres/explain', 'qwen:save_memory'])
    expect(agent.model).toMatchObject({ raw: 'qwen3-coder-plus' })
    expect(agent.color).toBe('green')
    expect(agent.extensions).toEqual({ permissionMode: 'acceptEdits', maxTurns: 15 })
    expect(rules).not.toContain('tools-unknown')
  })

  it('an empty `tools` grants every tool; `disallowedTools` naming every built-in grants none; bubble and auto are Qwen\'s own', () => {
    const { agent } = compile('qwen/.qwen/agents/quiet-reader.md')
    expect(agent.tools).toEqual({ mode: 'none', items: [] })
    expect(agent.model).toMatchObject({ raw: 'fast' })
    expect(agent.color).toBeUndefined()
    expect(agent.extensions).toEqual({ approvalMode: 'bubble' })
  })

  it('recognises `approvalMode:` outside .qwen/; reads display and legacy names, and the legacy modelConfig', () => {
    const { agent } = compile('qwen/elsewhere/doc-linker.md')
    expect(agent.source.dialect).toBe('qwen')
    expect(ids(agent)).toEqual(['read', 'edit', 'glob'])
    expect(agent.model).toMatchObject({ raw: 'openai:gpt-4o' })
    expect(agent.extensions).toEqual({ permissionMode: 'plan', runConfig: { max_turns: 10 }, modelConfig: { model: 'openai:gpt-4o' } })
  })

  it('names tools as Qwen Code does, and as Claude Code does (its display names)', () => {
    const read = (names: string) => names.split(', ').flatMap((name) => idsOf(name, 'qwen'))
    expect(read('read_file, write_file, run_shell_command, list_directory, web_fetch, todo_write, task, search_file_content')).toEqual(['read', 'write', 'shell', 'list', 'web-fetch', 'todo', 'agent', 'search'])
    expect(read('mcp__github__get_pr, mcp__jira, lsp, Frobnicate')).toEqual(['mcp:github/get_pr', 'mcp:jira', 'qwen:lsp', '?Frobnicate'])
    const { agent } = compile('qwen/elsewhere/doc-linker.md')
    expect(agent.tools.items.every((t) => t.known)).toBe(true)
  })
})
