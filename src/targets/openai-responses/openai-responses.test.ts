/**
 * The `openai-responses` target: its mapping decisions, its output as the Responses
 * API's schema reads it, and the round trip: source → openai-responses → read back
 * (as the openai-responses dialect) → claude gives what source → claude gives.
 */
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL_MAP, targets, type Agent, type Diagnostic } from '../../internal.js'
import { agentWithModel, compileText, makeAgent, outputOf, tool, toolList, view } from '../../../test/helpers/agent.js'
import { bundledAgents, seedPath } from '../../../test/helpers/paths.js'
import { rules } from '../../../test/helpers/targets.js'
import { expectRoundTrip } from '../../../test/helpers/round-trip.js'
import { validateOpenAIResponses } from '../../../test/helpers/validate.js'
import type { ResponseCreateParamsNonStreaming } from 'openai/resources/responses/responses'
import type { ResponsesRequest } from './view.js'

/**
 * The request type of OpenAI's own SDK (the `openai` package, 6.49.0, a dependency of the
 * test-only @openai/agents): `npm run typecheck` fails if the view's body is not one.
 */
const asSdkRequest = (body: ResponsesRequest): ResponseCreateParamsNonStreaming => body

interface ResponsesView {
  body: {
    model: string
    instructions: string
    tools: { type: string; name: string; description: string; parameters: Record<string, unknown>; strict: boolean }[]
    reasoning?: { effort: string }
    temperature?: number
    top_p?: number
    metadata?: Record<string, string>
  }
}
const responsesView = (agent: Agent, options = {}) => view<ResponsesView>('openai-responses', agent, options)
/** A model the target writes as it is, without a note: a current model of OpenAI's catalog. */
const gpt = { model: { raw: 'gpt-6.1-sol', family: 'openai' } }

describe('openai-responses', () => {
  it('writes model, instructions, flat function tools; name and description in metadata', () => {
    const agent = makeAgent({ ...toolList(tool('read', 'Read'), tool('shell', 'Bash')), model: { raw: 'sonnet', family: 'anthropic', tier: 'sonnet' } })
    const { view: v, notes } = responsesView(agent)
    expect(Object.keys(v.body)).toEqual(['model', 'instructions', 'tools', 'metadata'])
    expect(v.body.model).toBe(DEFAULT_MODEL_MAP.sonnet)
    expect(v.body.instructions).toBe(agent.instructions.text)
    expect(v.body.tools.map((t) => [t.type, t.name, t.strict])).toEqual([
      ['function', 'read_file', true],
      ['function', 'run_shell_command', true],
    ])
    expect(v.body.tools[0]).not.toHaveProperty('function')
    expect(v.body.metadata).toEqual({ name: 'test-agent', description: agent.description, source_model: 'sonnet' })
    expect(rules(notes)).toEqual(['info:target-translated'])
  })

  it('writes the title only when it is not the name\'s, and shortens a long description with a warning', () => {
    expect(responsesView(makeAgent({ title: '🧭 Planner' })).view.body.metadata).toMatchObject({ name: 'test-agent', title: '🧭 Planner' })
    const { view: v, notes } = responsesView(makeAgent({ ...gpt, description: 'Reviews code. '.repeat(60).trim() }))
    expect(v.body.metadata!.description!.length).toBeLessThanOrEqual(512)
    expect(rules(notes)).toEqual(['warning:target-truncated'])
  })

  describe('tools', () => {
    it('makes known functions strict: every property required, the optional ones nullable', () => {
      const { body } = responsesView(makeAgent(toolList(tool('read', 'Read'), tool('notebook', 'NotebookEdit'), tool('todo', 'TodoWrite')))).view
      const [read, notebook, todo] = body.tools
      expect(read!.parameters).toMatchObject({ required: ['path', 'offset', 'limit'], additionalProperties: false })
      expect((read!.parameters.properties as Record<string, { type: unknown }>).offset!.type).toEqual(['integer', 'null'])
      expect((notebook!.parameters.properties as Record<string, { enum: unknown[] }>).edit_mode!.enum).toEqual(['replace', 'insert', 'delete', null])
      expect(todo!.parameters).toMatchObject({ required: ['todos'], additionalProperties: false })
      expect(targets['openai-responses'].verify(JSON.stringify(body))).toEqual([])
    })

    it('declares an MCP or unknown tool with open parameters, not strict, with a note', () => {
      const { view: v, notes } = responsesView(makeAgent({ ...gpt, ...toolList(tool('mcp:github/get_pr', 'mcp__github__get_pr'), tool('Frob', 'Frob', false)) }))
      expect(v.body.tools.map((t) => [t.name, t.strict, t.parameters.additionalProperties])).toEqual([
        ['mcp__github__get_pr', false, true],
        ['Frob', false, true],
      ])
      expect(rules(notes)).toEqual(['info:target-translated', 'info:target-translated'])
    })

    it('all: the 12 standard functions, with a note; none: no tools; a whole MCP server and another host\'s tool: left out with a warning', () => {
      const all = responsesView(makeAgent({ ...gpt, tools: { mode: 'all', items: [] } }))
      expect(all.view.body.tools).toHaveLength(12)
      expect(rules(all.notes)).toEqual(['info:target-translated'])
      expect(responsesView(makeAgent({ tools: { mode: 'none', items: [] } })).view.body.tools).toEqual([])
      const left = responsesView(makeAgent({ ...gpt, ...toolList(tool('read', 'Read'), tool('mcp:jira', 'mcp__jira'), tool('copilot:problems', 'problems')) }))
      expect(left.view.body.tools.map((t) => t.name)).toEqual(['read_file'])
      expect(rules(left.notes)).toEqual(['warning:target-dropped', 'warning:target-dropped'])
    })
  })

  it('declares a source\'s own function with its definition; `functions` it does not declare stay in metadata', () => {
    const functions = { page: { description: 'Page someone.', parameters: { type: 'object', properties: { who: { type: 'string' } }, required: ['who'], additionalProperties: false }, strict: true } }
    const held = responsesView(makeAgent({ ...gpt, ...toolList(tool('page', 'page', false)), extensions: { functions } }))
    expect(held.view.body.tools).toEqual([{ type: 'function', name: 'page', ...functions.page }])
    expect(held.view.body.metadata ?? {}).not.toHaveProperty('functions')
    expect(held.notes).toEqual([])
    const unused = responsesView(makeAgent({ ...gpt, extensions: { functions } })).view.body
    expect(JSON.parse(unused.metadata!.functions!)).toEqual(functions)
  })

  describe('reasoning and sampling', () => {
    it('a reasoning model takes the effort, not temperature (kept in metadata, with a note)', () => {
      const { view: v, notes } = responsesView(makeAgent({ model: { raw: 'opus', family: 'anthropic', tier: 'opus' }, extensions: { effort: 'high', temperature: 0.3 } }))
      expect(v.body.model).toBe('gpt-6-astra')
      expect(v.body.reasoning).toEqual({ effort: 'high' })
      expect(v.body).not.toHaveProperty('temperature')
      expect(v.body.metadata).toMatchObject({ temperature: '0.3' })
      expect(v.body.metadata).not.toHaveProperty('effort')
      expect(notes.map((n) => n.message)).toContain('openai-responses: `temperature` is not taken by the reasoning model `gpt-6-astra`; kept in metadata')
    })

    it('another model takes temperature and top_p, not the effort (kept in metadata, with a note)', () => {
      const { view: v, notes } = responsesView(makeAgent({ model: { raw: 'gpt-4.1', family: 'openai' }, extensions: { model_reasoning_effort: 'low', temperature: 0.3, topP: 0.9 } }))
      expect(v.body).toMatchObject({ model: 'gpt-4.1', temperature: 0.3, top_p: 0.9 })
      expect(v.body).not.toHaveProperty('reasoning')
      expect(v.body.metadata).toMatchObject({ model_reasoning_effort: 'low' })
      expect(notes.map((n) => n.message)).toContain('openai-responses: `model_reasoning_effort` is taken by reasoning models only, not `gpt-4.1`; kept in metadata')
      // An older model is kept as the source wrote it, and said to be outside OpenAI's catalog.
      expect(notes.map((n) => n.message)).toContain("openai-responses: Model `gpt-4.1` is not in OpenAI's catalog of 2026-12-04; kept as written: check that it is still served, or map it with --model-map")
    })

    it('an effort the API does not know, or a temperature out of range, stays in metadata', () => {
      const { body } = responsesView(agentWithModel('o3', 'openai')).view
      expect(body.model).toBe('o3')
      const odd = responsesView(makeAgent({ model: { raw: 'o3', family: 'openai' }, extensions: { effort: 'extreme', temperature: 9 } })).view.body
      expect(odd).not.toHaveProperty('reasoning')
      expect(odd.metadata).toMatchObject({ effort: 'extreme', temperature: '9' })
    })
  })

  it('lists the examples in the instructions, as openai-assistant does', () => {
    const agent = makeAgent({ examples: [{ context: 'A PR is open.', user: 'Review it', assistant: 'Reviewing.', raw: '<example>…</example>' }] })
    const { instructions } = responsesView(agent).view.body
    expect(instructions).toBe(`${agent.instructions.text}\n\n## Examples of when to use this assistant\n\n### Example 1\nContext: A PR is open.\nUser: Review it\nAssistant: Reviewing.`)
  })

  it('is valid against the schema for a busy agent, every loss reported', () => {
    const agent = makeAgent({
      description: 'd'.repeat(700),
      model: { raw: 'mystery-model' },
      tools: { mode: 'all', items: [] },
      triggers: [{ kind: 'file', value: '*.sql' }],
      extensions: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, 'v'.repeat(600)])),
    })
    const result = compileText('busy.md', '---\nname: busy\ndescription: x\n---\nx\n', { targets: ['openai-responses'] })
    expect(validateOpenAIResponses(outputOf(result, 'openai-responses'))).toEqual([])
    const { view: v, notes } = responsesView(agent)
    expect(validateOpenAIResponses(JSON.stringify(v.body))).toEqual([])
    expect(Object.keys(v.body.metadata!)).toHaveLength(16)
    expect(new Set(rules(notes))).toEqual(new Set(['warning:target-defaulted', 'info:target-translated', 'warning:target-truncated', 'warning:target-dropped']))
  })

  it('gives a body of the request type of OpenAI\'s SDK', () => {
    const body = targets['openai-responses'].toView(makeAgent({ tools: { mode: 'all', items: [] } }), { lang: 'all', modelMap: {} }, []).body
    expect(asSdkRequest(body).tools).toHaveLength(12)
  })

  it('checks its own output', () => {
    const verify = targets['openai-responses'].verify
    const fn = { type: 'function', name: 'f', description: 'd', parameters: { type: 'object', properties: {} }, strict: false }
    expect(verify('not json')).not.toEqual([])
    expect(verify('{"instructions":"x"}')).not.toEqual([])
    expect(verify('{"model":"gpt-5","name":"x"}')).not.toEqual([])
    expect(verify(JSON.stringify({ model: 'gpt-5', tools: [{ type: 'function', function: { name: 'f' } }] }))).not.toEqual([])
    expect(verify(JSON.stringify({ model: 'gpt-5', tools: [{ ...fn, name: 'bad name' }] }))).not.toEqual([])
    expect(verify(JSON.stringify({ model: 'gpt-5', tools: [{ ...fn, strict: true, parameters: { type: 'object', properties: { a: { type: 'string' } } } }] }))).not.toEqual([])
    expect(verify(JSON.stringify({ model: 'gpt-5', reasoning: { effort: 'extreme' } }))).not.toEqual([])
    expect(verify(JSON.stringify({ model: 'gpt-5', metadata: { a: 'v'.repeat(513) } }))).not.toEqual([])
    expect(verify(JSON.stringify({ model: 'gpt-5', temperature: 3 }))).not.toEqual([])
    expect(verify(JSON.stringify({ model: 'gpt-5', instructions: 'x', tools: [fn], reasoning: { effort: 'low' }, metadata: { name: 'x' } }))).toEqual([])
  })
})

/** The round trip, on the bundled examples and the five seeds. */
const sources = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath)]

describe('openai-responses round trip', () => {
  it.each(sources.map((path) => [basename(path), path]))('%s', (_name, path) => {
    expectRoundTrip(path, { target: 'openai-responses', dialect: 'openai-responses', pathOf: (name) => `responses/${name}.json`, validate: validateOpenAIResponses, expectModel, expectTools })
  })
})

/** The model comes back: the file's model first, then the source's (`metadata.source_model`), which the claude target takes. */
function expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void {
  expect(got).toBe(want)
  if (want !== undefined) expect(reported.some((d) => d.rule === 'target-translated' && d.message.includes(`\`${String(want)}\``)), `no note for model ${String(want)}`).toBe(true)
}

/** The tools come back as they were: agentdef's function names read as their canonical ids, the standard 12 as every tool. */
function expectTools(got: unknown, want: unknown): void {
  expect(got).toEqual(want)
}
