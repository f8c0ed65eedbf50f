/** Kiro CLI / Amazon Q Developer CLI agents (JSON), on fixtures written for the project (test/fixtures/dialects/kiro/). */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileSource } from '../../internal.js'
import { compileBytes, compileOne, idsOf, messagesOf, toolIdsOf } from '../../../test/helpers/dialects.js'
import { isKiroData } from './read.js'
import { kiro } from './index.js'

describe('Kiro agents', () => {
  it('reads a Kiro agent in .kiro/agents/: name, description, prompt, tools, model; the rest as extensions', () => {
    const { agent, rules } = compileOne('kiro/.kiro/agents/release-checker.json')
    expect(agent.source.dialect).toBe('kiro')
    expect([agent.name, agent.description]).toEqual(['release-checker', 'Checks a release branch before tagging. Use when a release is about to be cut.'])
    expect(agent.instructions.text).toBe('You check release branches.\n\n## Steps\n1. Read the changelog.\n2. Run the test suite.\n3. Report what blocks the release.')
    expect(agent.instructions.outline.map((s) => s.title)).toEqual(['Steps'])
    expect(toolIdsOf(agent)).toEqual(['read', 'search', 'shell', 'mcp:tracker/list_issues', 'kiro:thinking', 'todo'])
    expect(agent.model).toMatchObject({ raw: 'claude-haiku-4.5', family: 'anthropic', tier: 'haiku' })
    expect(Object.keys(agent.extensions)).toEqual(['mcpServers', 'allowedTools', 'toolsSettings', 'resources', 'hooks', 'includeMcpJson', 'keyboardShortcut', 'welcomeMessage'])
    expect(agent.source.fields).toMatchObject({ name: 3, description: 4, prompt: 5, tools: 9, model: 15 })
    expect(rules).not.toContain('tools-unknown')
  })

  it('reads a Q CLI agent in .amazonq/cli-agents/ with Q\'s tool names', () => {
    const { agent } = compileOne('kiro/.amazonq/cli-agents/bucket-auditor.json')
    expect(agent.source.dialect).toBe('kiro')
    expect(toolIdsOf(agent)).toEqual(['read', 'kiro:use_aws', 'shell', 'kiro:report_issue'])
    expect(agent.model).toBeUndefined()
    expect(agent.extensions.useLegacyMcpJson).toBe(true)
  })

  it('reads Q and Kiro names alike; @server, @server/tool, @builtin', () => {
    expect(idsOf('fs_write', 'kiro')).toEqual(['write', 'edit'])
    expect(idsOf('write', 'kiro')).toEqual(['write', 'edit'])
    expect(idsOf('aws', 'kiro')).toEqual(['kiro:use_aws'])
    expect(idsOf('@git', 'kiro')).toEqual(['mcp:git'])
    expect(idsOf('@git/git_status', 'kiro')).toEqual(['mcp:git/git_status'])
    expect(idsOf('@builtin', 'kiro')).toContain('web-search')
    expect(idsOf('Read', 'kiro')).toEqual(['?Read'])
  })

  it('no tools key: no tools (Q CLI\'s default); "*": every tool; no name: the file\'s', () => {
    const none = compileBytes('x/.kiro/agents/quiet.json', '{"description":"Says little.","prompt":"You say little."}')
    expect(none.agents[0]!.tools.mode).toBe('none')
    expect(none.agents[0]!.name).toBe('quiet')
    const all = compileBytes('x/.kiro/agents/loud.json', '{"name":"loud","description":"Says a lot.","prompt":"You talk.","tools":["*"]}')
    expect(all.agents[0]!.tools.mode).toBe('all')
  })

  it.each(['kiro/.kiro/agents/release-checker.json', 'kiro/.amazonq/cli-agents/bucket-auditor.json'])('%s compiled to kiro is the same agent, field for field, with no note', (path) => {
    const source = readFileSync(`test/fixtures/dialects/${path}`, 'utf8')
    const result = compileSource(`test/fixtures/dialects/${path}`, Buffer.from(source), { targets: ['kiro'], lang: 'all', modelMap: {} })
    const { $schema: _written, ...output } = JSON.parse(result.outputs[0]!.content) as Record<string, unknown>
    const { $schema: _source, ...input } = JSON.parse(source) as Record<string, unknown>
    expect(output).toEqual(input)
    expect(result.file.messages.filter((m) => String(m.reason).startsWith('kiro: '))).toEqual([])
  })

  describe('claims', () => {
    it('by path, by Q\'s $schema, or by a prompt with Kiro tool names', () => {
      expect(isKiroData({ name: 'a' }, 'p/.kiro/agents/a.json')).toBe(true)
      expect(isKiroData({ name: 'a' }, '/home/u/.aws/amazonq/cli-agents/a.json')).toBe(true)
      expect(isKiroData({ $schema: 'https://raw.githubusercontent.com/aws/amazon-q-developer-cli/refs/heads/main/schemas/agent-v1.json', name: 'a' })).toBe(true)
      expect(isKiroData({ name: 'a', prompt: 'x', tools: ['fs_read'] })).toBe(true)
      expect(isKiroData({ name: 'a', prompt: 'x', mcpServers: {} })).toBe(true)
    })

    it('not package.json, tsconfig.json, OpenAI JSON or a name alone', () => {
      expect(isKiroData({ name: 'pkg', version: '1.0.0', description: 'x' })).toBe(false)
      expect(isKiroData({ compilerOptions: { strict: true } })).toBe(false)
      expect(isKiroData({ model: 'gpt-4o', name: 'a', instructions: 'x', tools: [{ type: 'function' }] })).toBe(false)
      expect(isKiroData({ model: 'gpt-5', instructions: 'x', prompt: { id: 'pmpt_1' }, tools: [] })).toBe(false)
      expect(isKiroData({ name: 'a', description: 'b' })).toBe(false)
      expect(isKiroData({ name: 'a', prompt: 'x', tools: ['fs_read'], temperature: 1 })).toBe(false)
    })

    it('sniffs a folder\'s JSON files the same way', () => {
      const sniff = kiro.data.sniff
      expect(sniff('a.json', '{"name":"a"}', 'p/.kiro/agents/a.json')).toBe(true)
      expect(sniff('a.json', '{\n  "prompt": "x",\n  "tools": ["fs_read"]\n}', 'p/a.json')).toBe(true)
      expect(sniff('package.json', '{"name":"x","scripts":{}}', 'package.json')).toBe(false)
    })

    it('a JSON file no dialect claims is skipped with a note naming Kiro', () => {
      const result = compileBytes('notes.json', '{"title":"x"}')
      expect(result.agents).toEqual([])
      expect(messagesOf(result, 'input-skipped')[0]!.message).toContain('Kiro agent')
    })
  })
})
