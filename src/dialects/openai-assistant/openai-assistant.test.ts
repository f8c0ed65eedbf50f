/** The openai-assistant dialect: which JSON it claims (and which it leaves alone), and what it reads from an assistant. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findInputs } from '../../internal.js'
import { compileBytes, errorsOf, messagesOf } from '../../../test/helpers/dialects.js'
import { tempProject } from '../../../test/helpers/cli.js'

const json = (value: unknown) => JSON.stringify(value, null, 2)
const dialectOf = (path: string, value: unknown) => compileBytes(path, json(value)).agents.map((a) => a.source.dialect)

const assistant = {
  name: 'Query Tuner',
  description: 'Tunes slow SQL queries. Use when a query is slow.',
  model: 'gpt-4.1-mini',
  instructions: 'You tune SQL queries.\n\n## Examples of when to use this assistant\n\n### Example 1\nUser: This report takes a minute\nAssistant: I will look at its query plan.',
  tools: [
    { type: 'function', function: { name: 'read_file', parameters: { type: 'object' } } },
    { type: 'function', function: { name: 'mcp__db__explain' } },
    { type: 'file_search' },
  ],
  metadata: { source_model: 'haiku', color: 'teal', triggers_keyword: 'slow query, EXPLAIN', triggers_command: '/tune (plan, then rewrite)', maxTurns: '6', team: 'data' },
  reasoning_effort: 'low',
}

describe('openai-assistant dialect', () => {
  it('claims an assistant body or object, and leaves other JSON to others or skips it', () => {
    expect(dialectOf('a.json', assistant)).toEqual(['openai-assistant'])
    expect(dialectOf('a.json', { id: 'asst_1', object: 'assistant', created_at: 1, model: 'gpt-4o', instructions: null, tools: [] })).toEqual(['openai-assistant'])
    // No mark of an assistant: a Responses request template.
    expect(dialectOf('a.json', { model: 'gpt-4o', instructions: 'x' })).toEqual(['openai-responses'])
    for (const other of [
      { name: 'app', version: '1.0.0', description: 'x', scripts: {} },
      { compilerOptions: { strict: true } },
      // A Kiro / Amazon Q CLI agent: `prompt`, not `instructions`.
      { name: 'reviewer', description: 'x', prompt: 'You review.', tools: ['fs_read'], allowedTools: ['fs_read'], model: 'claude-sonnet-4' },
      // A chat completions body.
      { model: 'gpt-4o', messages: [{ role: 'system', content: 'x' }] },
      // A key the Assistants API does not have.
      { ...assistant, messages: [] },
      { ...assistant, object: 'thread' },
      // Flat function tools are the Responses shape.
      { ...assistant, tools: [{ type: 'function', name: 'read_file' }] },
    ]) {
      const result = compileBytes('x.json', json(other))
      expect(result.agents.map((a) => a.source.dialect), json(other)).not.toContain('openai-assistant')
    }
  })

  it('is found in a folder beside package.json and tsconfig.json, which are skipped', () => {
    const dir = tempProject({ 'package.json': json({ name: 'x', description: 'y' }), 'tsconfig.json': json({ compilerOptions: {} }), 'assistants/tuner.json': json(assistant) })
    expect(findInputs([dir]).files).toEqual([join(dir, 'assistants', 'tuner.json')])
  })

  describe('an assistant', () => {
    const result = compileBytes('assistants/tuner.json', json(assistant))
    const agent = result.agents[0]!

    it('reads the file name as the id and `name` as the title, the description, and the prompt without the examples section', () => {
      expect(errorsOf(result)).toEqual([])
      expect([agent.name, agent.title, agent.description]).toEqual(['tuner', 'Query Tuner', assistant.description])
      expect(agent.instructions.text).toBe('You tune SQL queries.')
      expect(agent.examples).toEqual([{ user: 'This report takes a minute', assistant: 'I will look at its query plan.', raw: '<example>\nuser: "This report takes a minute"\nassistant: "I will look at its query plan."\n</example>' }])
    })

    it('reads the model, then the source model agentdef kept', () => {
      expect(agent.model).toMatchObject({ raw: 'gpt-4.1-mini', alternatives: [{ raw: 'haiku', tier: 'haiku' }] })
    })

    it('reads function names back as canonical tools, a tool only OpenAI has as such', () => {
      expect(agent.tools.items.map((t) => t.id)).toEqual(['read', 'mcp:db/explain', 'openai:file_search'])
      expect(messagesOf(result, 'tools-unknown')).toEqual([])
    })

    it('reads colour, triggers (a comma inside a note does not split) and the other metadata as extensions', () => {
      expect(agent.color).toBe('teal')
      expect(agent.triggers).toEqual([
        { kind: 'keyword', value: 'slow query' },
        { kind: 'keyword', value: 'EXPLAIN' },
        { kind: 'command', value: '/tune', note: 'plan, then rewrite' },
      ])
      expect(agent.extensions).toEqual({ effort: 'low', maxTurns: 6, team: 'data' })
    })

    it('places an unknown tool on its name', () => {
      const other = compileBytes('a.json', json({ ...assistant, tools: [{ type: 'function', function: { name: 'frobnicate' } }] }))
      const [unknown] = messagesOf(other, 'tools-unknown')
      expect(unknown?.line).toBe(json({ ...assistant, tools: [{ type: 'function', function: { name: 'frobnicate' } }] }).split('\n').findIndex((l) => l.includes('"frobnicate"')) + 1)
    })
  })

  it('reads exactly the 12 standard functions, in agentdef\'s order, as every tool', () => {
    const names = ['read_file', 'write_file', 'edit_file', 'run_shell_command', 'grep', 'glob', 'list_directory', 'web_fetch', 'web_search', 'delegate_to_agent', 'todo_write', 'notebook_edit']
    const tools = (list: string[]) => list.map((name) => ({ type: 'function', function: { name } }))
    expect(compileBytes('a.json', json({ ...assistant, tools: tools(names) })).agents[0]!.tools).toEqual({ mode: 'all', items: [] })
    expect(compileBytes('a.json', json({ ...assistant, tools: tools(names.slice(1)) })).agents[0]!.tools.mode).toBe('list')
    expect(compileBytes('a.json', json({ ...assistant, tools: [] })).agents[0]!.tools).toEqual({ mode: 'none', items: [] })
  })

  it('reads a block written as the author wrote it back inside example tags, and a section that is the whole instructions', () => {
    const instructions = '## Examples of when to use this assistant\n\n### Example 1\nWhen a report is slow, look at its plan.\n\n### Example 2\nUser: Tune this\nplease\nAssistant: Tuning.'
    const agent = compileBytes('a.json', json({ ...assistant, instructions })).agents[0]!
    expect(agent.instructions.text).toBe('')
    expect(agent.examples.map((e) => e.raw)).toEqual(['<example>\nWhen a report is slow, look at its plan.\n</example>', '<example>\nuser: "Tune this\nplease"\nassistant: "Tuning."\n</example>'])
  })

  it('keeps a section that only looks like the examples section in the prompt', () => {
    const instructions = 'You tune SQL.\n\n## Examples of when to use this assistant\n\n### Example 1\nUser: x\n\n## Output\nA plan.'
    const agent = compileBytes('a.json', json({ ...assistant, instructions })).agents[0]!
    expect(agent.instructions.text).toBe(instructions)
    expect(agent.examples).toEqual([])
  })
})
