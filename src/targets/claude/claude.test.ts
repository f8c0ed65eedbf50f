/** The `claude` target's view: every mapping decision, and a note for what it translates, defaults or drops. */
import { describe, expect, it } from 'vitest'
import { targets } from '../../internal.js'
import { makeAgent } from '../../../test/helpers/agent.js'
import { claudeModel, claudeView, rules } from '../../../test/helpers/targets.js'

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
      'Files: `*.sql`.',
      'Commands: `/migrate` (write a migration).',
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

describe('claude: read as Claude Code reads it (issue 12: the lazy `---` match)', () => {
  it('its check refuses a frontmatter Claude Code would end early, at a `---` inside a quoted value', async () => {
    const { checkClaude } = await import('./check.js')
    expect(checkClaude('---\nname: "a"\ndescription: "Splits a --- b"\n---\n\nBody.\n')).toContain('Claude Code would end the frontmatter early: a `---` inside it')
    expect(checkClaude('---\nname: "a"\ndescription: "Splits a - b"\n---\n\nBody.\n')).toEqual([])
  })

  it('writes dashes so that no three stand in a row, and every value survives both readings', async () => {
    const { compileSource } = await import('../../internal.js')
    const source = '---\nname: splitter\ndescription: "Splits a --- b, and ------ too"\n---\n\nYou split --- and keep the body as written.\n'
    const { outputs, file } = compileSource('splitter.md', Buffer.from(source), { targets: ['claude'], lang: 'all', modelMap: {} })
    expect(file.messages.filter((m) => m.ruleId === 'target-invalid')).toEqual([])
    const text = outputs[0]!.content
    const frontmatter = text.slice(4, text.indexOf('\n---\n'))
    expect(frontmatter).not.toContain('---')
    const back = compileSource('splitter.md', Buffer.from(text), { targets: ['claude'], lang: 'all', modelMap: {} })
    expect(back.agents[0]!.description).toBe('Splits a --- b, and ------ too')
    expect(back.outputs[0]!.content).toBe(text)
  })
})
