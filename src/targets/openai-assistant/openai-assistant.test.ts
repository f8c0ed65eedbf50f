/** The `openai-assistant` target's view: every mapping decision, and a note for what it translates, defaults or drops. */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { ASSISTANT_MODEL_MAP, emit, targets, type Diagnostic } from '../../internal.js'
import { compileText, makeAgent, outputOf, problems } from '../../../test/helpers/agent.js'
import { bundledAgents, SCHEMAS, seedPath } from '../../../test/helpers/paths.js'
import { expectRoundTrip } from '../../../test/helpers/round-trip.js'
import { claudeModel, openaiView, rules } from '../../../test/helpers/targets.js'
import { parseClaude, validateOpenAI } from '../../../test/helpers/validate.js'

describe('openai-assistant', () => {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, 'openai-create-assistant.strict.schema.json'), 'utf8')) as {
    $defs: { AssistantSupportedModels: { enum: string[] } }
  }
  const supported = schema.$defs.AssistantSupportedModels.enum

  it('writes title, description, instructions, model, tools', () => {
    const agent = makeAgent({ model: { raw: 'sonnet', family: 'anthropic', tier: 'sonnet' } })
    const { view: v } = openaiView(agent)
    expect(v.body).toMatchObject({ name: 'Test Agent', description: agent.description, instructions: agent.instructions.text, model: ASSISTANT_MODEL_MAP.sonnet })
    expect(v.body.tools.map((t) => t.function.name)).toEqual(['read_file'])
  })

  describe('description', () => {
    it('is kept when it fits in 512 characters', () => {
      const description = 'x'.repeat(512)
      const { view: v, notes } = openaiView(makeAgent({ description }))
      expect(v.body.description).toBe(description)
      expect(notes.filter((n) => n.rule === 'target-truncated')).toEqual([])
    })

    it('is shortened to at most 512 characters with a target-truncated warning when longer', () => {
      const description = 'Reviews code for correctness and style. '.repeat(20).trim()
      expect(description.length).toBeGreaterThan(512)
      const { view: v, notes } = openaiView(makeAgent({ description }))
      expect(v.body.description.length).toBeLessThanOrEqual(512)
      expect(description.startsWith(v.body.description.replace(/…$/, ''))).toBe(true)
      expect(notes.filter((n) => n.rule === 'target-truncated').map((n) => n.severity)).toEqual(['warning'])
    })

    it('is shortened in the compiled output, reported as a diagnostic; Claude keeps it whole', () => {
      const description = 'Reviews code for correctness and style. '.repeat(20).trim()
      const result = compileText('long.md', `---\nname: long\ndescription: ${description}\n---\nYou review code.\n`, { targets: ['openai-assistant', 'claude'] })
      const body = JSON.parse(outputOf(result, 'openai-assistant')) as { description: string }
      expect(body.description.length).toBeLessThanOrEqual(512)
      expect(validateOpenAI(outputOf(result, 'openai-assistant'))).toEqual([])
      expect(problems(result).map((d) => `${d.severity}:${d.rule}`)).toEqual(['warning:target-truncated'])
      expect(parseClaude(outputOf(result, 'claude')).frontmatter.description).toBe(description)
    })
  })

  describe('metadata', () => {
    it('holds colour, source model, triggers and extensions as strings', () => {
      const agent = makeAgent({
        color: 'teal',
        model: { raw: 'haiku', family: 'anthropic', tier: 'haiku' },
        triggers: [{ kind: 'file', value: '*.sql' }, { kind: 'file', value: '*.prisma' }, { kind: 'command', value: '/migrate', note: 'write one' }],
        extensions: { 'review-depth': 'thorough', maxTurns: 5, skills: ['a', 'b'] },
      })
      const { view: v, notes } = openaiView(agent)
      expect(v.body.metadata).toEqual({
        source_model: 'haiku',
        color: 'teal',
        triggers_file: '*.sql, *.prisma',
        triggers_command: '/migrate (write one)',
        'review-depth': 'thorough',
        maxTurns: '5',
        skills: '["a","b"]',
      })
      expect(notes.filter((n) => n.severity === 'warning')).toEqual([])
    })

    it('holds at most 16 keys, reporting the ones left out', () => {
      const extensions = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key${String(i).padStart(2, '0')}`, `value ${i}`]))
      const { view: v, notes } = openaiView(makeAgent({ extensions }))
      expect(Object.keys(v.body.metadata!)).toHaveLength(16)
      const dropped = notes.filter((n) => n.rule === 'target-dropped')
      expect(dropped.map((n) => n.severity)).toEqual(['warning'])
      for (const key of ['key16', 'key17', 'key18', 'key19']) expect(dropped[0]!.message).toContain(key)
    })

    it('keeps keys ≤ 64 and values ≤ 512 characters', () => {
      const { view: v, notes } = openaiView(makeAgent({ extensions: { ['k'.repeat(80)]: 'short', long: 'v'.repeat(600) } }))
      for (const [key, value] of Object.entries(v.body.metadata!)) {
        expect(key.length).toBeLessThanOrEqual(64)
        expect(value.length).toBeLessThanOrEqual(512)
      }
      expect(notes.filter((n) => n.rule === 'target-truncated').map((n) => n.severity)).toEqual(['warning'])
    })

    it('is left out when there is nothing to hold', () => {
      expect(openaiView(makeAgent()).view.body).not.toHaveProperty('metadata')
    })
  })

  describe('model table', () => {
    it('has an entry for every Claude alias and a default, each a model the API lists', () => {
      for (const key of ['opus', 'sonnet', 'haiku', 'inherit', 'default']) {
        expect(ASSISTANT_MODEL_MAP[key], key).toBeTruthy()
        expect(supported, key).toContain(ASSISTANT_MODEL_MAP[key])
      }
    })

    it.each([
      ['opus', 'anthropic', 'opus', ASSISTANT_MODEL_MAP.opus],
      ['sonnet', 'anthropic', 'sonnet', ASSISTANT_MODEL_MAP.sonnet],
      ['haiku', 'anthropic', 'haiku', ASSISTANT_MODEL_MAP.haiku],
      ['inherit', undefined, 'inherit', ASSISTANT_MODEL_MAP.inherit],
      ['claude-opus-4-1-20250805', 'anthropic', 'opus', ASSISTANT_MODEL_MAP.opus],
      ['claude-3-5-haiku-latest', 'anthropic', 'haiku', ASSISTANT_MODEL_MAP.haiku],
      ['gpt-4o', 'openai', undefined, 'gpt-4o'],
      ['openai/gpt-4o-mini', 'openai', undefined, 'gpt-4o-mini'],
    ])('maps %s to the table entry', (raw, family, tier, expected) => {
      const { view: v, notes } = openaiView(claudeModel(raw, family, tier))
      expect(v.body.model).toBe(expected)
      expect(notes.filter((n) => n.severity === 'warning')).toEqual([])
    })

    it('uses the default, with a note, when the source has no model', () => {
      const { view: v, notes } = openaiView(makeAgent())
      expect(v.body.model).toBe(ASSISTANT_MODEL_MAP.default)
      expect(rules(notes)).toContain('info:target-defaulted')
    })

    it('uses the default, with a warning, for a model it cannot map', () => {
      const { view: v, notes } = openaiView(claudeModel('llama-3.1-70b'))
      expect(v.body.model).toBe(ASSISTANT_MODEL_MAP.default)
      expect(rules(notes)).toContain('warning:target-defaulted')
    })

    it('follows --model-map over the table, for aliases and full ids', () => {
      expect(openaiView(claudeModel('sonnet', 'anthropic', 'sonnet'), { modelMap: { sonnet: 'gpt-5-mini' } }).view.body.model).toBe('gpt-5-mini')
      expect(openaiView(claudeModel('claude-sonnet-4-5', 'anthropic', 'sonnet'), { modelMap: { sonnet: 'gpt-5-mini' } }).view.body.model).toBe('gpt-5-mini')
      expect(openaiView(claudeModel('claude-sonnet-4-5', 'anthropic', 'sonnet'), { modelMap: { 'claude-sonnet-4-5': 'o3-mini' } }).view.body.model).toBe('o3-mini')
      expect(openaiView(makeAgent(), { modelMap: { default: 'gpt-5-nano' } }).view.body.model).toBe('gpt-5-nano')
    })

    it('follows --model over everything', () => {
      expect(openaiView(claudeModel('opus', 'anthropic', 'opus'), { model: 'gpt-4o', modelMap: { opus: 'gpt-5' } }).view.body.model).toBe('gpt-4o')
      expect(openaiView(makeAgent(), { model: 'gpt-4o' }).view.body.model).toBe('gpt-4o')
    })
  })

  describe('tools mode', () => {
    it('none: no tools', () => {
      expect(openaiView(makeAgent({ tools: { mode: 'none', items: [] } })).view.body.tools).toEqual([])
    })

    it('all: the standard tools as functions, with a note', () => {
      const { view: v, notes } = openaiView(makeAgent({ tools: { mode: 'all', items: [] } }))
      const names = v.body.tools.map((t) => t.function.name)
      expect(names).toEqual(expect.arrayContaining(['read_file', 'write_file', 'edit_file', 'run_shell_command', 'grep', 'glob']))
      expect(new Set(names).size).toBe(names.length)
      expect(rules(notes)).toContain('info:target-translated')
    })

    it('list: each tool once, unknown and MCP tools as functions with valid names and open parameters', () => {
      const { view: v, notes } = openaiView(
        makeAgent({
          tools: {
            mode: 'list',
            items: [
              { id: 'read', raw: 'Read', known: true },
              { id: 'shell', raw: 'Bash', known: true },
              { id: 'mcp:ide/getDiagnostics', raw: 'mcp__ide__getDiagnostics', known: true },
              { id: 'My Tool!', raw: 'My Tool!', known: false },
            ],
          },
        }),
      )
      const names = v.body.tools.map((t) => t.function.name)
      expect(names.slice(0, 3)).toEqual(['read_file', 'run_shell_command', 'mcp__ide__getDiagnostics'])
      expect(names).toHaveLength(4)
      for (const name of names) expect(name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/)
      expect(v.body.tools[2]!.function.parameters).toMatchObject({ type: 'object' })
      expect(notes.filter((n) => n.rule === 'target-translated')).toHaveLength(2)
    })

    it('holds at most 128 tools, reporting the rest', () => {
      const items = Array.from({ length: 130 }, (_, i) => ({ id: `mcp:srv/tool${i}`, raw: `mcp__srv__tool${i}`, known: true }))
      const { view: v, notes } = openaiView(makeAgent({ tools: { mode: 'list', items } }))
      expect(v.body.tools).toHaveLength(128)
      expect(rules(notes)).toContain('warning:target-dropped')
    })
  })

  it('lists the examples in the instructions', () => {
    const agent = makeAgent({ examples: [{ context: 'A PR is open.', user: 'Review it', assistant: 'Reviewing.', commentary: 'A review request.', raw: '<example>…</example>' }] })
    const { instructions } = openaiView(agent).view.body
    expect(instructions.startsWith(agent.instructions.text)).toBe(true)
    for (const text of ['A PR is open.', 'Review it', 'Reviewing.', 'A review request.']) expect(instructions).toContain(text)
    expect(instructions).not.toContain('<example>')
  })

  it('gives output valid against the strict schema for a busy agent', () => {
    const agent = makeAgent({
      description: 'd'.repeat(700),
      title: 't'.repeat(300),
      color: 'grey',
      model: { raw: 'mystery-model' },
      tools: { mode: 'all', items: [] },
      extensions: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, 'v'.repeat(600)])),
    })
    const file = new VFile({ path: 'busy.md' })
    const output = emit(agent, 'openai-assistant', { lang: 'all', modelMap: {} }, file)
    expect(output).toBeDefined()
    expect(validateOpenAI(output!.content)).toEqual([])
    const reported = file.messages.map((m) => m.ruleId)
    expect(reported).toEqual(expect.arrayContaining(['target-truncated', 'target-dropped', 'target-defaulted']))
  })

  it('checks its own output', () => {
    const verify = targets['openai-assistant'].verify
    expect(verify('not json')).not.toEqual([])
    expect(verify('{"name":"x"}')).not.toEqual([])
    expect(verify('{"model":"gpt-4.1","surprise":1}')).not.toEqual([])
    expect(verify(JSON.stringify({ model: 'gpt-4.1', description: 'x'.repeat(513) }))).not.toEqual([])
    expect(verify('{"model":"gpt-4.1","tools":[{"type":"function","function":{"name":"bad name"}}]}')).not.toEqual([])
    expect(verify('{"model":"gpt-4.1","name":"x"}')).toEqual([])
  })
})

describe('openai-assistant sampling settings', () => {
  it('writes temperature and top_p from the source when in range, else keeps them in metadata', () => {
    const inRange = openaiView(makeAgent({ extensions: { temperature: 0.2, topP: 0.9 } })).view.body
    expect([inRange.temperature, inRange.top_p]).toEqual([0.2, 0.9])
    expect(inRange.metadata ?? {}).not.toHaveProperty('temperature')
    const outOfRange = openaiView(makeAgent({ extensions: { temperature: 7 } })).view.body
    expect(outOfRange.temperature).toBeUndefined()
    expect(outOfRange.metadata?.temperature).toBe('7')
  })
})

/**
 * The round trip, on the bundled examples and the five seeds: source → openai-assistant →
 * read back (as the openai-assistant dialect) → claude gives what source → claude gives,
 * model and tools included (the source's model is kept in `metadata.source_model`).
 */
describe('openai-assistant round trip', () => {
  const sources = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath)]
  const expectModel = (got: unknown, want: unknown, reported: Diagnostic[]) => {
    expect(got).toBe(want)
    if (want !== undefined) expect(reported.some((d) => d.rule === 'target-translated' && d.message.includes(`\`${String(want)}\``))).toBe(true)
  }
  it.each(sources.map((path) => [basename(path), path]))('%s', (_name, path) => {
    expectRoundTrip(path, {
      target: 'openai-assistant',
      dialect: 'openai-assistant',
      pathOf: (name) => `assistants/${name}.json`,
      validate: validateOpenAI,
      expectModel,
      expectTools: (got, want) => expect(got).toEqual(want),
    })
  })
})
