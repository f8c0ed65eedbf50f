/**
 * The `opencode` target: its mapping decisions, its output as opencode's schema
 * reads it, and the round trip: source → opencode → read back (as the opencode
 * dialect) → claude gives what source → claude gives, but for what opencode cannot
 * hold, which was reported.
 */
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { targets, type Agent, type Diagnostic } from '../../internal.js'
import { agentWithModel, makeAgent, tool, toolList, view } from '../../../test/helpers/agent.js'
import { bundledAgents, seedPath } from '../../../test/helpers/paths.js'
import { rules } from '../../../test/helpers/targets.js'
import { expectRoundTrip } from '../../../test/helpers/round-trip.js'
import { validateOpencode } from '../../../test/helpers/validate.js'

interface OpencodeView {
  frontmatter: Record<string, unknown>
  body: string
}
const opencodeView = (agent: Agent, options = {}) => view<OpencodeView>('opencode', agent, options)
const list = toolList
const model = agentWithModel

describe('opencode', () => {
  it('writes description, mode, model, permission, colour; the prompt as the body', () => {
    const agent = makeAgent({ ...list(tool('read', 'Read'), tool('shell', 'Bash')), model: { raw: 'opus', family: 'anthropic', tier: 'opus' }, color: '#AABBCC' })
    const { view: v, notes } = opencodeView(agent)
    expect(v.frontmatter).toEqual({
      description: agent.description,
      mode: 'subagent',
      model: 'anthropic/claude-opus-4-5',
      color: '#AABBCC',
      permission: { '*': 'deny', read: 'allow', bash: 'allow', edit: 'deny' },
    })
    expect(Object.keys(v.frontmatter.permission as object)[0]).toBe('*')
    expect(v.body).toBe(agent.instructions.text)
    expect(rules(notes)).toEqual(['info:target-translated'])
  })

  describe('permission', () => {
    it('all: no permission (opencode grants every tool); none: "*" denied', () => {
      expect(opencodeView(makeAgent({ tools: { mode: 'all', items: [] } })).view.frontmatter).not.toHaveProperty('permission')
      expect(opencodeView(makeAgent({ tools: { mode: 'none', items: [] } })).view.frontmatter.permission).toEqual({ '*': 'deny' })
    })

    it('maps canonical ids to permission keys, edits into `edit`, MCP as `server_tool`', () => {
      const { view: v, notes } = opencodeView(
        makeAgent(list(tool('write', 'Write'), tool('multi-edit', 'MultiEdit'), tool('search', 'Grep'), tool('web-fetch', 'WebFetch'), tool('agent', 'Task'), tool('todo', 'TodoWrite'), tool('mcp:github/get_pr', 'mcp__github__get_pr'), tool('mcp:jira', 'mcp__jira'))),
      )
      expect(v.frontmatter.permission).toEqual({ '*': 'deny', edit: 'allow', grep: 'allow', webfetch: 'allow', task: 'allow', todowrite: 'allow', todoread: 'allow', github_get_pr: 'allow', 'jira_*': 'allow', bash: 'deny' })
      expect(rules(notes)).toEqual(['info:target-translated'])
      expect(notes[0]!.message).toContain('`Write`, `MultiEdit`')
    })

    it('a read-only list denies edit and bash by name', () => {
      expect(opencodeView(makeAgent(list(tool('read', 'Read'), tool('search', 'Grep')))).view.frontmatter.permission).toEqual({ '*': 'deny', read: 'allow', grep: 'allow', edit: 'deny', bash: 'deny' })
    })

    it('Bash(pattern) becomes a bash pattern, with a note', () => {
      const { view: v, notes } = opencodeView(makeAgent(list(tool('read', 'Read'), tool('Bash(git log:*)', 'Bash(git log:*)', false))))
      expect(v.frontmatter.permission).toEqual({ '*': 'deny', read: 'allow', bash: { 'git log*': 'allow' }, edit: 'deny' })
      expect(rules(notes)).toEqual(['info:target-translated'])
    })

    it('reports what opencode has no tool for: notebooks, unknown names, another host, every MCP server', () => {
      const { view: v, notes } = opencodeView(makeAgent(list(tool('read', 'Read'), tool('notebook', 'NotebookEdit'), tool('Frobnicate', 'Frobnicate', false), tool('copilot:problems', 'problems'), tool('mcp:*', 'mcp__*'))))
      expect(v.frontmatter.permission).toEqual({ '*': 'deny', read: 'allow', edit: 'deny', bash: 'deny' })
      expect(rules(notes)).toEqual(['warning:target-dropped', 'warning:target-dropped', 'warning:target-dropped', 'warning:target-dropped'])
      expect(notes.map((n) => n.value)).toEqual(['problems', 'NotebookEdit', 'Frobnicate', 'mcp__*'])
    })

    it('keeps an opencode source\'s asks, patterns and non-tool keys', () => {
      const agent = makeAgent({ ...list(tool('read', 'read'), tool('shell', 'bash')), extensions: { permission: { '*': 'deny', read: 'ask', bash: { 'npm *': 'allow' }, external_directory: 'deny', edit: 'deny' } } })
      expect(opencodeView(agent).view.frontmatter.permission).toEqual({ '*': 'deny', read: 'ask', bash: { 'npm *': 'allow' }, edit: 'deny', external_directory: 'deny' })
    })

    it('permissionMode plan: edit and bash denied', () => {
      const { view: v, notes } = opencodeView(makeAgent({ ...list(tool('read', 'Read'), tool('edit', 'Edit')), extensions: { permissionMode: 'plan' } }))
      expect(v.frontmatter.permission).toMatchObject({ edit: 'deny', bash: 'deny' })
      expect(rules(notes)).toEqual(['info:target-translated'])
      expect(rules(opencodeView(makeAgent({ extensions: { permissionMode: 'bypassPermissions' } })).notes)).toEqual(['warning:target-dropped'])
    })
  })

  describe('model', () => {
    it.each([
      ['sonnet', 'anthropic', 'sonnet', 'anthropic/claude-sonnet-4-5'],
      ['Claude Haiku 4.5 (copilot)', 'anthropic', 'haiku', 'anthropic/claude-haiku-4-5'],
      ['claude-opus-4-1-20250805', 'anthropic', 'opus', 'anthropic/claude-opus-4-1-20250805'],
      ['anthropic/claude-sonnet-4-5', 'anthropic', 'sonnet', 'anthropic/claude-sonnet-4-5'],
      ['openai/gpt-5', 'openai', undefined, 'openai/gpt-5'],
      ['gpt-4o', 'openai', undefined, 'openai/gpt-4o'],
      ['gemini-2.5-pro', 'google', undefined, 'google/gemini-2.5-pro'],
    ])('%s → %s', (raw, family, tier, expected) => {
      expect(opencodeView(model(raw, family, tier)).view.frontmatter.model).toBe(expected)
    })

    it('inherit and none: the key is left out, silently (a subagent runs on its caller\'s model)', () => {
      for (const agent of [model('inherit', undefined, 'inherit'), makeAgent()]) {
        const { view: v, notes } = opencodeView(agent)
        expect(v.frontmatter).not.toHaveProperty('model')
        expect(notes).toEqual([])
      }
    })

    it('a model it cannot place is reported, never copied', () => {
      const { view: v, notes } = opencodeView(model('llama-3.1-70b'))
      expect(v.frontmatter).not.toHaveProperty('model')
      expect(rules(notes)).toEqual(['warning:target-dropped'])
    })

    it('follows --model-map entries that are provider/model, and --model', () => {
      expect(opencodeView(model('sonnet', 'anthropic', 'sonnet'), { modelMap: { sonnet: 'openrouter/anthropic/claude-sonnet-4.5' } }).view.frontmatter.model).toBe('openrouter/anthropic/claude-sonnet-4.5')
      const other = opencodeView(model('opus', 'anthropic', 'opus'), { modelMap: { opus: 'o3' } })
      expect(other.view.frontmatter.model).toBe('anthropic/claude-opus-4-5')
      expect(rules(other.notes)).toContain('info:target-defaulted')
      expect(opencodeView(model('opus', 'anthropic', 'opus'), { model: 'openai/gpt-5' }).view.frontmatter.model).toBe('openai/gpt-5')
    })
  })

  describe('colour', () => {
    it.each([
      ['#aabbcc', '#aabbcc', false],
      ['#abc', '#aabbcc', true],
      ['accent', 'accent', false],
      ['blue', '#0040ff', true],
      ['grey', '#808080', true],
    ])('%s → %s', (color, expected, noted) => {
      const { view: v, notes } = opencodeView(makeAgent({ color }))
      expect(v.frontmatter.color).toBe(expected)
      expect(notes.length > 0).toBe(noted)
    })

    it('drops what is no colour, with a warning', () => {
      const { view: v, notes } = opencodeView(makeAgent({ color: 'not-a-colour' }))
      expect(v.frontmatter).not.toHaveProperty('color')
      expect(rules(notes)).toEqual(['warning:target-dropped'])
    })
  })

  it('writes sampling and steps when valid, reports the rest', () => {
    const { view: v, notes } = opencodeView(makeAgent({ extensions: { temperature: 0.2, topP: '0.9', maxTurns: '12', temperatureX: 1, mode: 'primary', hidden: true } }))
    expect(v.frontmatter).toMatchObject({ temperature: 0.2, top_p: 0.9, steps: 12, hidden: true, mode: 'subagent' })
    expect(notes.filter((n) => n.severity === 'warning').map((n) => n.message)).toEqual(['opencode: opencode has no field for `temperatureX`; left out'])
    expect(rules(opencodeView(makeAgent({ extensions: { temperature: 9 } })).notes)).toEqual(['warning:target-dropped'])
  })

  it('puts triggers and examples into the description as the claude target does', () => {
    const raw = '<example>\nuser: "Check this"\nassistant: "Checking."\n</example>'
    const agent = makeAgent({ triggers: [{ kind: 'file', value: '*.sql' }], examples: [{ user: 'Check this', assistant: 'Checking.', raw }] })
    expect(opencodeView(agent).view.frontmatter.description).toBe(`${agent.description}\n\nFiles: \`*.sql\`.\n\nExamples:\n${raw}`)
  })

  it('checks its own output', () => {
    const verify = targets.opencode.verify
    expect(verify('no frontmatter')).not.toEqual([])
    expect(verify('---\ndescription: [unclosed\n---\n')).not.toEqual([])
    expect(verify('---\ndescription: "x"\nmodel: "sonnet"\n---\n')).not.toEqual([])
    expect(verify('---\ndescription: "x"\ncolor: "blue"\n---\n')).not.toEqual([])
    expect(verify('---\ndescription: "x"\npermission:\n  webfetch:\n    "*": "allow"\n---\n')).not.toEqual([])
    expect(verify('---\ndescription: "x"\nsteps: 0\n---\n')).not.toEqual([])
    expect(verify('---\ndescription: "x"\nmode: "subagent"\npermission:\n  "*": "deny"\n  bash:\n    "git *": "allow"\n---\n')).toEqual([])
  })
})

/** The round trip, on the bundled examples and the five seeds. */
const sources = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath)]

describe('opencode round trip', () => {
  it.each(sources.map((path) => [basename(path), path]))('%s', (_name, path) => {
    expectRoundTrip(path, { target: 'opencode', dialect: 'opencode', pathOf: (name) => `.opencode/agent/${name}.md`, validate: validateOpencode, expectModel, expectTools })
  })
})

/** The same model, or the same Claude tier written as `anthropic/…` with a note. */
function expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void {
  if (got === want || (want === 'inherit' && got === undefined)) return
  const tier = (m: unknown) => ['opus', 'sonnet', 'haiku'].find((t) => typeof m === 'string' && m.includes(t))
  expect(tier(got), `model ${String(got)} for ${String(want)}`).toBe(tier(want))
  expect(reported.some((d) => d.rule === 'target-translated' && d.message.includes(`\`${String(want)}\``)), `no note for model ${String(want)}`).toBe(true)
}

/** The same tools, but for each one left out or narrowed, which a note names. */
function expectTools(got: unknown, want: unknown, reported: Diagnostic[]): void {
  const split = (t: unknown) => (typeof t === 'string' ? t.split(', ').filter(Boolean) : undefined)
  const [g, w] = [split(got), split(want)]
  if (w === undefined) return expect(g).toBeUndefined()
  expect(g).toBeDefined()
  for (const name of w.filter((n) => !g!.includes(n))) {
    // The note names the tool as the source wrote it (`write` in a heading file, `Write` in a Claude one).
    expect(reported.some((d) => d.message.toLowerCase().includes(`\`${name.toLowerCase()}\``)), `tool ${name} lost without a note`).toBe(true)
  }
  for (const name of g!.filter((n) => !w.includes(n))) expect(w.some((n) => n.startsWith(`${name}(`)), `tool ${name} gained`).toBe(true)
}
