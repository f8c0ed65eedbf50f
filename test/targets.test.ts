/**
 * The views of each target (`claude`, `openai-assistant`, `prompt`): every
 * mapping decision, and a note for what a target translates, defaults or drops.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { DEFAULT_MODEL_MAP, emit, TARGET_IDS, targets, type Agent, type Note } from '../src/index.js'
import { compileText, makeAgent, outputOf, problems, view } from './helpers/agent.js'
import { SCHEMAS } from './helpers/paths.js'
import { parseClaude, validateClaude, validateOpenAI } from './helpers/validate.js'

interface ClaudeView {
  frontmatter: Record<string, unknown>
  body: string
}
interface OpenAIView {
  body: {
    model: string
    name: string
    description: string
    instructions: string
    tools: { type: string; function: { name: string; parameters: Record<string, unknown> } }[]
    metadata?: Record<string, string>
  }
}
interface PromptView {
  text: string
}

const claudeView = (agent: Agent, options = {}) => view<ClaudeView>('claude', agent, options)
const openaiView = (agent: Agent, options = {}) => view<OpenAIView>('openai-assistant', agent, options)
const rules = (notes: Note[]) => notes.map((n) => `${n.severity}:${n.rule}`)
const claudeModel = (raw: string, family?: string, tier?: string) => makeAgent({ model: { raw, ...(family ? { family } : {}), ...(tier ? { tier } : {}) } })

describe('claude', () => {
  it('writes name, description, tools, model, colour', () => {
    const agent = makeAgent({
      tools: { mode: 'list', items: [{ id: 'read', raw: 'Read', known: true }, { id: 'shell', raw: 'Bash', known: true }, { id: 'mcp:github/get_pull_request', raw: 'mcp__github__get_pull_request', known: true }] },
      model: { raw: 'opus', family: 'anthropic', tier: 'opus' },
      color: 'blue',
    })
    const { view: v, notes } = claudeView(agent)
    expect(v.frontmatter).toEqual({ name: 'test-agent', description: agent.description, tools: 'Read, Bash, mcp__github__get_pull_request', model: 'opus', color: 'blue' })
    expect(v.body).toBe(agent.instructions.text)
    expect(notes).toEqual([])
  })

  describe('tools mode', () => {
    it('all: the key is left out (Claude Code then grants every tool)', () => {
      expect(claudeView(makeAgent({ tools: { mode: 'all', items: [] } })).view.frontmatter).not.toHaveProperty('tools')
    })
    it('none: an empty string', () => {
      expect(claudeView(makeAgent({ tools: { mode: 'none', items: [] } })).view.frontmatter.tools).toBe('')
    })
    it('list: Claude names, `Task` written as `Agent` with a note, unknown names as written', () => {
      const { view: v, notes } = claudeView(
        makeAgent({
          tools: {
            mode: 'list',
            items: [
              { id: 'search', raw: 'grep', known: true },
              { id: 'agent', raw: 'Task', known: true },
              { id: 'web-fetch', raw: 'WebFetch', known: true },
              { id: 'Frobnicate', raw: 'Frobnicate', known: false },
            ],
          },
        }),
      )
      expect(v.frontmatter.tools).toBe('Grep, Agent, WebFetch, Frobnicate')
      expect(rules(notes)).toEqual(['info:target-translated'])
    })
  })

  describe('model', () => {
    it.each([
      ['sonnet', 'sonnet'],
      ['Opus', 'opus'],
      ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5-20250929'],
      ['anthropic/claude-opus-4-1', 'claude-opus-4-1'],
    ])('keeps the Claude model %s as %s', (raw, expected) => {
      const tier = ['opus', 'sonnet', 'haiku'].find((t) => raw.toLowerCase().includes(t))
      const { view: v, notes } = claudeView(claudeModel(raw, 'anthropic', tier))
      expect(v.frontmatter.model).toBe(expected)
      expect(notes).toEqual([])
    })

    it('keeps inherit', () => {
      expect(claudeView(claudeModel('inherit', undefined, 'inherit')).view.frontmatter.model).toBe('inherit')
    })

    it('leaves a non-Claude model out, with a warning', () => {
      const { view: v, notes } = claudeView(claudeModel('gpt-4o', 'openai'))
      expect(v.frontmatter).not.toHaveProperty('model')
      expect(rules(notes)).toEqual(['warning:target-dropped'])
      expect(notes[0]!.message).toContain('gpt-4o')
    })

    it('leaves the key out when there is no model, silently', () => {
      const { view: v, notes } = claudeView(makeAgent())
      expect(v.frontmatter).not.toHaveProperty('model')
      expect(notes).toEqual([])
    })
  })

  describe('colour', () => {
    it.each(['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan'])('keeps %s', (color) => {
      const { view: v, notes } = claudeView(makeAgent({ color }))
      expect(v.frontmatter.color).toBe(color)
      expect(notes).toEqual([])
    })

    it.each([
      ['teal', 'cyan'],
      ['#ff0000', 'red'],
      ['#00f', 'blue'],
    ])('folds %s to %s, with a note', (color, expected) => {
      const { view: v, notes } = claudeView(makeAgent({ color }))
      expect(v.frontmatter.color).toBe(expected)
      expect(rules(notes)).toEqual(['info:target-translated'])
    })

    it.each(['grey', 'gray', '#808080', 'black', 'white', 'not-a-colour'])('drops %s, with a warning', (color) => {
      const { view: v, notes } = claudeView(makeAgent({ color }))
      expect(v.frontmatter).not.toHaveProperty('color')
      expect(rules(notes)).toEqual(['warning:target-dropped'])
      expect(notes[0]!.message).toContain(color)
    })
  })

  it('puts every trigger into the description, one labelled line per kind, and drops none', () => {
    const agent = makeAgent({
      triggers: [
        { kind: 'auto', value: 'API changes' },
        { kind: 'explicit', value: 'schema design' },
        { kind: 'keyword', value: 'database' },
        { kind: 'file', value: '*.sql' },
        { kind: 'command', value: '/migrate', note: 'write a migration' },
      ],
    })
    const { view: v, notes } = claudeView(agent)
    const description = v.frontmatter.description as string
    expect(description.startsWith(agent.description)).toBe(true)
    expect(description.split('\n\n').slice(1)).toEqual([
      'Use proactively for: API changes.',
      'Use explicitly for: schema design.',
      'Keywords: database.',
      'Files: *.sql.',
      'Commands: /migrate (write a migration).',
    ])
    expect(rules(notes)).toEqual([])
  })

  it('appends the examples, as the author wrote them, to the description', () => {
    const raw = '<example>\nuser: "Check this"\nassistant: "Checking."\n</example>'
    const agent = makeAgent({ examples: [{ user: 'Check this', assistant: 'Checking.', raw }] })
    const description = claudeView(agent).view.frontmatter.description as string
    expect(description).toBe(`${agent.description}\n\nExamples:\n${raw}`)
  })

  it('writes the Claude fields it can check and reports the other keys as left out', () => {
    const agent = makeAgent({ extensions: { 'review-depth': 'thorough', permissionMode: 'plan', maxTurns: '12', memory: 'everywhere', name: 'other' } })
    const { view, notes } = claudeView(agent)
    const { frontmatter } = view
    expect(frontmatter.permissionMode).toBe('plan')
    expect(frontmatter.maxTurns).toBe(12)
    expect(frontmatter.name).toBe('test-agent')
    expect('review-depth' in frontmatter).toBe(false)
    expect('memory' in frontmatter).toBe(false)
    const dropped = notes.filter((n) => n.rule === 'target-dropped' && n.severity === 'warning')
    expect(dropped.map((n) => n.message).join('\n')).toMatch(/`review-depth`/)
    expect(dropped.map((n) => n.message).join('\n')).toMatch(/`memory` \(not a valid value\)/)
  })

  it('checks its own output', () => {
    expect(targets.claude.verify('no frontmatter')).not.toEqual([])
    expect(targets.claude.verify('---\nname: x\ndescription: [unclosed\n---\n')).not.toEqual([])
    expect(targets.claude.verify('---\nname: Not Kebab\ndescription: "ok"\n---\n')).not.toEqual([])
    expect(targets.claude.verify('---\r\nname: "x"\r\ndescription: "ok"\r\n---\r\n')).not.toEqual([])
    expect(targets.claude.verify('---\nname: "x"\ndescription: "ok"\n---\n')).toEqual([])
  })
})

describe('openai-assistant', () => {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, 'openai-create-assistant.strict.schema.json'), 'utf8')) as {
    $defs: { AssistantSupportedModels: { enum: string[] } }
  }
  const supported = schema.$defs.AssistantSupportedModels.enum

  it('writes title, description, instructions, model, tools', () => {
    const agent = makeAgent({ model: { raw: 'sonnet', family: 'anthropic', tier: 'sonnet' } })
    const { view: v } = openaiView(agent)
    expect(v.body).toMatchObject({ name: 'Test Agent', description: agent.description, instructions: agent.instructions.text, model: DEFAULT_MODEL_MAP.sonnet })
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
      const result = compileText('long.md', `---\nname: long\ndescription: ${description}\n---\nYou review code.\n`)
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
        expect(DEFAULT_MODEL_MAP[key], key).toBeTruthy()
        expect(supported, key).toContain(DEFAULT_MODEL_MAP[key])
      }
    })

    it.each([
      ['opus', 'anthropic', 'opus', DEFAULT_MODEL_MAP.opus],
      ['sonnet', 'anthropic', 'sonnet', DEFAULT_MODEL_MAP.sonnet],
      ['haiku', 'anthropic', 'haiku', DEFAULT_MODEL_MAP.haiku],
      ['inherit', undefined, 'inherit', DEFAULT_MODEL_MAP.inherit],
      ['claude-opus-4-1-20250805', 'anthropic', 'opus', DEFAULT_MODEL_MAP.opus],
      ['claude-3-5-haiku-latest', 'anthropic', 'haiku', DEFAULT_MODEL_MAP.haiku],
      ['gpt-4o', 'openai', undefined, 'gpt-4o'],
      ['openai/gpt-4o-mini', 'openai', undefined, 'gpt-4o-mini'],
    ])('maps %s to the table entry', (raw, family, tier, expected) => {
      const { view: v, notes } = openaiView(claudeModel(raw, family, tier))
      expect(v.body.model).toBe(expected)
      expect(notes.filter((n) => n.severity === 'warning')).toEqual([])
    })

    it('uses the default, with a note, when the source has no model', () => {
      const { view: v, notes } = openaiView(makeAgent())
      expect(v.body.model).toBe(DEFAULT_MODEL_MAP.default)
      expect(rules(notes)).toContain('info:target-defaulted')
    })

    it('uses the default, with a warning, for a model it cannot map', () => {
      const { view: v, notes } = openaiView(claudeModel('llama-3.1-70b'))
      expect(v.body.model).toBe(DEFAULT_MODEL_MAP.default)
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

describe('prompt', () => {
  it('holds the instructions only, and says so once as a note', () => {
    const agent = makeAgent({ model: { raw: 'opus', family: 'anthropic', tier: 'opus' }, color: 'red' })
    const { view: v, notes } = view<PromptView>('prompt', agent)
    expect(v).toEqual({ text: agent.instructions.text })
    expect(rules(notes)).toEqual(['info:target-dropped'])
  })

  it('writes the prompt with one final newline', () => {
    const result = compileText('p.md', '---\nname: p\ndescription: A prompt.\n---\n\nLine one.\n\nLine two.\n\n\n')
    expect(outputOf(result, 'prompt')).toBe('Line one.\n\nLine two.\n')
  })

  it('checks its own output', () => {
    expect(targets.prompt.verify('a\r\nb')).not.toEqual([])
    expect(targets.prompt.verify('a\nb\n')).toEqual([])
  })
})

describe('every target', () => {
  it('gives the same output for the same agent (pure views)', () => {
    const agent = makeAgent({ color: 'teal', model: { raw: 'sonnet', family: 'anthropic', tier: 'sonnet' } })
    for (const id of TARGET_IDS) {
      expect(view(id, agent).view, id).toEqual(view(id, structuredClone(agent)).view)
    }
  })

  it('gives valid Claude output for an agent with every optional field', () => {
    const result = compileText(
      'full.md',
      '---\nname: full\ndescription: Everything set.\ntools: Read, Task, mcp__db__query\nmodel: haiku\ncolor: teal\npermissionMode: plan\n---\nYou do everything.\n',
    )
    const text = outputOf(result, 'claude')
    expect(validateClaude(text)).toEqual([])
    expect(parseClaude(text).frontmatter).toEqual({
      name: 'full',
      description: 'Everything set.',
      tools: 'Read, Agent, mcp__db__query',
      model: 'haiku',
      color: 'cyan',
      permissionMode: 'plan',
    })
    expect(problems(result)).toEqual([])
  })
})

describe('tools only one host has', () => {
  it('are left out of claude and openai-assistant with one note per host listing them', () => {
    const agent = makeAgent({
      tools: {
        mode: 'list',
        items: [
          { id: 'read', raw: 'read', known: true },
          { id: 'copilot:problems', raw: 'problems', known: true },
          { id: 'copilot:changes', raw: 'changes', known: true },
        ],
      },
    })
    const claude = claudeView(agent)
    expect(claude.view.frontmatter.tools).toBe('Read')
    const openai = openaiView(agent)
    expect(openai.view.body.tools.map((t) => (t.type === 'function' ? t.function.name : t.type))).toEqual(['read_file'])
    for (const { notes } of [claude, openai]) {
      const dropped = notes.filter((n) => n.rule === 'target-dropped')
      expect(dropped.map((n) => n.message)).toEqual(['Tools `problems`, `changes` exist only in copilot; left out'])
    }
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
