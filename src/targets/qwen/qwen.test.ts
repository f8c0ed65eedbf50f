/**
 * The `qwen` target: its mapping decisions, its output as Qwen Code's validator
 * reads it, and the round trip: source → qwen → read back (as the qwen dialect)
 * → claude gives what source → claude gives, but for what Qwen Code cannot hold
 * or names otherwise, which was reported.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileSource, targets, type Agent, type Diagnostic } from '../../internal.js'
import { agentWithModel, compileText, makeAgent, outputOf, tool, toolList, view } from '../../../test/helpers/agent.js'
import { bundledAgents, seedPath } from '../../../test/helpers/paths.js'
import { rules } from '../../../test/helpers/targets.js'
import { expectRoundTrip } from '../../../test/helpers/round-trip.js'
import { validateQwen } from '../../../test/helpers/validate.js'

interface QwenView {
  frontmatter: Record<string, unknown>
  body: string
}
const qwenView = (agent: Agent, options = {}) => view<QwenView>('qwen', agent, options)
const list = toolList
const model = agentWithModel

describe('qwen', () => {
  it('writes name, description, tools as Qwen names, model, colour; the prompt as the body', () => {
    const agent = makeAgent({ ...list(tool('read', 'Read'), tool('shell', 'Bash'), tool('mcp:github/get_pr', 'mcp__github__get_pr')), model: { raw: 'sonnet', family: 'anthropic', tier: 'sonnet' }, color: 'cyan' })
    const { view: v, notes } = qwenView(agent)
    expect(v.frontmatter).toEqual({
      name: 'test-agent',
      description: agent.description,
      tools: ['read_file', 'run_shell_command', 'mcp__github__get_pr'],
      model: 'qwen3-coder-plus',
      color: 'cyan',
    })
    expect(v.body).toBe(agent.instructions.text)
    expect(notes.map((n) => n.message)).toEqual(['qwen: Model `sonnet` written as `qwen3-coder-plus`'])
  })

  describe('tools', () => {
    it('maps every canonical id Qwen Code has a tool for', () => {
      const ids = ['read', 'write', 'edit', 'shell', 'search', 'glob', 'list', 'web-fetch', 'web-search', 'agent', 'todo', 'notebook', 'skill']
      const { view: v, notes } = qwenView(makeAgent(list(...ids.map((id) => tool(id, id)))))
      expect(v.frontmatter.tools).toEqual(['read_file', 'write_file', 'edit', 'run_shell_command', 'grep_search', 'glob', 'list_directory', 'web_fetch', 'web_search', 'agent', 'todo_write', 'notebook_edit', 'skill'])
      expect(notes).toEqual([])
    })

    it('all: no `tools` (Qwen Code grants every tool)', () => {
      expect(qwenView(makeAgent({ tools: { mode: 'all', items: [] } })).view.frontmatter).not.toHaveProperty('tools')
    })

    it('none: `disallowedTools` with its tools, since an empty `tools` grants every tool', () => {
      const { view: v, notes } = qwenView(makeAgent({ tools: { mode: 'none', items: [] } }))
      expect(v.frontmatter).not.toHaveProperty('tools')
      expect(v.frontmatter.disallowedTools).toContain('run_shell_command')
      expect(rules(notes)).toEqual(['info:target-translated'])
    })

    it('MultiEdit folds into `edit`; a whole MCP server, another host\'s tool and an unknown name are reported', () => {
      const { view: v, notes } = qwenView(makeAgent(list(tool('edit', 'Edit'), tool('multi-edit', 'MultiEdit'), tool('mcp:jira', 'mcp__jira'), tool('copilot:problems', 'problems'), tool('Frobnicate', 'Frobnicate', false))))
      expect(v.frontmatter.tools).toEqual(['edit'])
      expect(notes.map((n) => `${n.severity}:${n.value}`)).toEqual(['warning:mcp__jira', 'warning:problems', 'warning:Frobnicate', 'info:MultiEdit'])
    })

    it('a list with nothing Qwen Code has is written as no tool, never as an empty list', () => {
      const { view: v } = qwenView(makeAgent(list(tool('Frobnicate', 'Frobnicate', false))))
      expect(v.frontmatter).not.toHaveProperty('tools')
      expect(v.frontmatter.disallowedTools).toContain('read_file')
    })

    it('translates a source\'s `disallowedTools` to Qwen names', () => {
      const { view: v } = qwenView(makeAgent({ extensions: { disallowedTools: 'Bash, Write, mcp__slack' } }))
      expect(v.frontmatter.disallowedTools).toEqual(['run_shell_command', 'write_file', 'mcp__slack'])
    })
  })

  describe('name', () => {
    it.each([
      ['default', 'default-agent'],
      ['x', 'x-agent'],
      ['a'.repeat(48) + '-bcd', 'a'.repeat(48) + '-b'],
      ['reviewer', 'reviewer'],
      ['代码-审查', '代码-审查'],
    ])('%s → %s', (name, expected) => {
      const { view: v, notes } = qwenView(makeAgent({ name, title: name }))
      expect(v.frontmatter.name).toBe(expected)
      expect(notes.some((n) => n.rule === 'target-translated' && n.field === 'name')).toBe(name !== expected)
    })
  })

  describe('prompt', () => {
    it('a prompt under 10 characters comes after the description, with a warning', () => {
      const { view: v, notes } = qwenView(makeAgent({ instructions: { text: 'Be brief.', outline: [], languages: ['en'] } }))
      expect(v.body).toBe(`${makeAgent().description}\n\nBe brief.`)
      expect(rules(notes)).toEqual(['warning:target-defaulted'])
    })

    it('with no prompt nor description to speak of, a sentence naming the agent', () => {
      const { view: v } = qwenView(makeAgent({ description: 'Hi', instructions: { text: '', outline: [], languages: ['en'] } }))
      expect(v.body).toBe('You are the Test Agent agent.\n\nHi')
    })
  })

  describe('model', () => {
    it.each([
      ['opus', 'anthropic', 'opus', 'qwen3-coder-plus'],
      ['claude-haiku-4-5', 'anthropic', 'haiku', 'fast'],
      ['qwen3-coder-plus', undefined, undefined, 'qwen3-coder-plus'],
      ['openai:gpt-4o', 'openai', undefined, 'openai:gpt-4o'],
    ])('%s → %s', (raw, family, tier, expected) => {
      expect(qwenView(model(raw, family, tier)).view.frontmatter.model).toBe(expected)
    })

    it('inherit and none: the key is left out, silently', () => {
      for (const agent of [model('inherit', undefined, 'inherit'), makeAgent()]) {
        const { view: v, notes } = qwenView(agent)
        expect(v.frontmatter).not.toHaveProperty('model')
        expect(notes).toEqual([])
      }
    })

    it('a foreign model is reported, never copied; --model-map and --model are followed', () => {
      const foreign = qwenView(model('gpt-4o', 'openai'))
      expect(foreign.view.frontmatter).not.toHaveProperty('model')
      expect(rules(foreign.notes)).toEqual(['warning:target-dropped'])
      expect(qwenView(model('gpt-4o', 'openai'), { modelMap: { 'gpt-4o': 'openai:gpt-4o' } }).view.frontmatter.model).toBe('openai:gpt-4o')
      expect(qwenView(model('sonnet', 'anthropic', 'sonnet'), { modelMap: { sonnet: 'qwen3-max' } }).view.frontmatter.model).toBe('qwen3-max')
      expect(qwenView(model('opus', 'anthropic', 'opus'), { model: 'glm-5' }).view.frontmatter.model).toBe('glm-5')
    })
  })

  it('a Qwen file\'s own model is kept, but a Claude tier in it is translated', () => {
    const fromQwen = (raw: string, family?: string, tier?: string) => makeAgent({ model: { raw, ...(family ? { family } : {}), ...(tier ? { tier } : {}) }, source: { ...makeAgent().source, dialect: 'qwen' } })
    expect(qwenView(fromQwen('glm-5')).view.frontmatter.model).toBe('glm-5')
    expect(qwenView(fromQwen('sonnet', 'anthropic', 'sonnet')).view.frontmatter.model).toBe('qwen3-coder-plus')
  })

  describe('approvalMode and other fields', () => {
    it.each([
      ['plan', 'plan'],
      ['acceptEdits', 'auto-edit'],
      ['bypassPermissions', 'yolo'],
      ['dontAsk', 'default'],
    ])('permissionMode %s → approvalMode %s, with a note', (mode, expected) => {
      const { view: v, notes } = qwenView(makeAgent({ extensions: { permissionMode: mode } }))
      expect(v.frontmatter.approvalMode).toBe(expected)
      expect(v.frontmatter).not.toHaveProperty('permissionMode')
      expect(rules(notes)).toEqual(['info:target-translated'])
    })

    it('keeps maxTurns, background, hooks, mcpServers (a Claude list turned into a map); reports what Qwen Code does not read', () => {
      const server = { command: 'node', args: ['server.js'] }
      const { view: v, notes } = qwenView(makeAgent({ color: 'grey', extensions: { maxTurns: '5', background: true, mcpServers: [{ fs: server }], effort: 'high', permissionMode: 'sometimes' } }))
      expect(v.frontmatter).toMatchObject({ maxTurns: 5, background: true, mcpServers: { fs: server } })
      expect(v.frontmatter).not.toHaveProperty('effort')
      expect(notes.map((n) => n.message)).toEqual([
        'qwen: Qwen Code keeps eight colours; `grey` is near none of them and was left out',
        'qwen: `mcpServers` written as Qwen Code\'s `mcpServers (a map of server name → spec)`',
        'qwen: Qwen Code has no field for `permissionMode` (not a valid value), `effort`; left out',
      ])
    })

    it('folds a colour to the nearest of the eight', () => {
      const { view: v, notes } = qwenView(makeAgent({ color: 'indigo' }))
      expect(v.frontmatter.color).toBe('purple')
      expect(rules(notes)).toEqual(['info:target-translated'])
    })
  })

  it('checks its own output', () => {
    const verify = targets.qwen.verify
    const body = '\n\nYou review code.\n'
    expect(verify('no frontmatter')).not.toEqual([])
    expect(verify(`---\nname: "x"\ndescription: "d"\n---${body}`)).not.toEqual([])
    expect(verify(`---\nname: "default"\ndescription: "d"\n---${body}`)).not.toEqual([])
    expect(verify(`---\nname: "-ab"\ndescription: "d"\n---${body}`)).not.toEqual([])
    expect(verify('---\nname: "ab"\ndescription: "d"\n---\n\nshort\n')).not.toEqual([])
    expect(verify(`---\nname: "ab"\ndescription: "d"\napprovalMode: "acceptEdits"\n---${body}`)).not.toEqual([])
    expect(verify(`---\nname: "ab"\ndescription: "d"\ntools: []\n---${body}`)).not.toEqual([])
    expect(verify(`---\nname: "ab"\ndescription: "d"\nmcpServers:\n  - "github"\n---${body}`)).not.toEqual([])
    expect(verify(`---\nname: "code_reviewer"\ndescription: "d"\ntools:\n  - "read_file"\napprovalMode: "bubble"\ncolor: "cyan"\n---${body}`)).toEqual([])
  })

  it('its output validates, is read back by the qwen dialect, and compiles again to itself', () => {
    const source = '---\nname: planner\ndescription: Plans changes. Use before a refactor.\ntools: Read, Grep, Bash\nmodel: haiku\npermissionMode: plan\n---\n\nYou plan changes and write the plan down.\n'
    const first = outputOf(compileText('planner.md', source, { targets: ['qwen'] }), 'qwen')
    expect(validateQwen(first)).toEqual([])
    const again = compileText('.qwen/agents/planner.md', first, { targets: ['qwen'] })
    expect(again.agents[0]!.source.dialect).toBe('qwen')
    expect(outputOf(again, 'qwen')).toBe(first)
  })
})

/** The round trip, on the bundled examples and the five seeds. */
const sources = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath)]

describe('qwen round trip', () => {
  it.each(sources.map((path) => [basename(path), path]))('%s', (_name, path) => {
    expectRoundTrip(path, { target: 'qwen', dialect: 'qwen', pathOf: (name) => `.qwen/agents/${name}.md`, validate: validateQwen, expectModel, expectTools })
  })

  it.each(sources.map((path) => [basename(path), path]))('%s: read back and written again, the same file', (_name, path) => {
    const direct = compileSource(path, readFileSync(path), { targets: ['qwen'], lang: 'all', modelMap: {} })
    for (const agent of direct.agents) {
      const output = outputOf(direct, 'qwen', agent.name)
      expect(outputOf(compileText(`.qwen/agents/${agent.name}.md`, output, { targets: ['qwen'] }), 'qwen')).toBe(output)
    }
  })
})

/** The same model, or the Claude tier written as a Qwen model (which Claude Code then leaves out), with a note naming it. */
function expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void {
  if (got === want || (want === 'inherit' && got === undefined)) return
  expect(got, `model ${String(want)} became ${String(got)}`).toBeUndefined()
  expect(reported.some((d) => d.message.includes(`\`${String(want)}\``)), `no note for model ${String(want)}`).toBe(true)
}

/** The same tools, but for each one left out or folded, which a note names. */
function expectTools(got: unknown, want: unknown, reported: Diagnostic[]): void {
  const split = (t: unknown) => (typeof t === 'string' ? t.split(', ').filter(Boolean) : undefined)
  const [g, w] = [split(got), split(want)]
  if (w === undefined) return expect(g).toBeUndefined()
  expect(g).toBeDefined()
  const named = (name: string) => reported.some((d) => d.message.toLowerCase().includes(`\`${name.toLowerCase()}\``))
  for (const name of w.filter((n) => !g!.includes(n))) expect(named(name), `tool ${name} lost without a note`).toBe(true)
  for (const name of g!.filter((n) => !w.includes(n))) expect(named(name), `tool ${name} gained without a note`).toBe(true)
}
