/**
 * The `gemini` target: its mapping decisions, its output as Gemini CLI's strict
 * loader reads it, and the round trip: source → gemini → read back (as the gemini
 * dialect) → claude gives what source → claude gives, but for what Gemini CLI cannot
 * hold or names otherwise, which was reported.
 */
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { targets, type Agent, type Diagnostic } from '../../internal.js'
import { agentWithModel, makeAgent, tool, toolList, view } from '../../../test/helpers/agent.js'
import { bundledAgents, seedPath } from '../../../test/helpers/paths.js'
import { rules } from '../../../test/helpers/targets.js'
import { expectRoundTrip } from '../../../test/helpers/round-trip.js'
import { validateGemini } from '../../../test/helpers/validate.js'

interface GeminiView {
  frontmatter: Record<string, unknown>
  body: string
}
const geminiView = (agent: Agent, options = {}) => view<GeminiView>('gemini', agent, options)
const list = toolList
const model = agentWithModel

describe('gemini', () => {
  it('writes name, display_name, description, tools as Gemini names; the prompt as the body', () => {
    const agent = makeAgent(list(tool('read', 'Read'), tool('shell', 'Bash')))
    const { view: v, notes } = geminiView(agent)
    expect(v.frontmatter).toEqual({ name: 'test-agent', display_name: 'Test Agent', description: agent.description, tools: ['read_file', 'run_shell_command'] })
    expect(v.body).toBe(agent.instructions.text)
    expect(notes).toEqual([])
  })

  describe('tools', () => {
    it('all: no key (the subagent inherits every tool); none: []', () => {
      expect(geminiView(makeAgent({ tools: { mode: 'all', items: [] } })).view.frontmatter).not.toHaveProperty('tools')
      expect(geminiView(makeAgent({ tools: { mode: 'none', items: [] } })).view.frontmatter.tools).toEqual([])
    })

    it('maps each canonical id to its Gemini tool, once, and folds MultiEdit into replace with a note', () => {
      const { view: v, notes } = geminiView(
        makeAgent(list(tool('write', 'Write'), tool('edit', 'Edit'), tool('multi-edit', 'MultiEdit'), tool('search', 'Grep'), tool('glob', 'Glob'), tool('list', 'LS'), tool('web-fetch', 'WebFetch'), tool('web-search', 'WebSearch'), tool('todo', 'TodoWrite'), tool('skill', 'Skill'))),
      )
      expect(v.frontmatter.tools).toEqual(['write_file', 'replace', 'grep_search', 'glob', 'list_directory', 'web_fetch', 'google_web_search', 'write_todos', 'activate_skill'])
      expect(notes.map((n) => n.message)).toEqual(["gemini: Tool `MultiEdit` written as Gemini CLI's `replace`, the tool of its own that covers it"])
    })

    it('MCP tools as mcp_server_tool, mcp_server_*, mcp_*; Gemini tools as written', () => {
      const { view: v, notes } = geminiView(makeAgent(list(tool('mcp:github/get_pr', 'mcp__github__get_pr'), tool('mcp:jira', 'mcp__jira'), tool('mcp:*', 'mcp__*'), tool('gemini:ask_user', 'ask_user'))))
      expect(v.frontmatter.tools).toEqual(['mcp_github_get_pr', 'mcp_jira_*', 'mcp_*', 'ask_user'])
      expect(notes).toEqual([])
    })

    it('background shell tools go with the shell, with a note; without the shell they are left out, not widened to it', () => {
      const withShell = geminiView(makeAgent(list(tool('shell', 'Bash'), tool('shell-output', 'BashOutput'), tool('shell-kill', 'KillShell'), tool('notebook-read', 'NotebookRead'))))
      expect(withShell.view.frontmatter.tools).toEqual(['run_shell_command', 'read_file'])
      expect(withShell.notes.map((n) => n.message)).toEqual([
        "gemini: Tools `BashOutput`, `KillShell` written as Gemini CLI's `run_shell_command`, the tool of its own that covers them",
        "gemini: Tool `NotebookRead` written as Gemini CLI's `read_file`, the tool of its own that covers it",
      ])
      const alone = geminiView(makeAgent(list(tool('read', 'Read'), tool('shell-output', 'BashOutput'))))
      expect(alone.view.frontmatter.tools).toEqual(['read_file'])
      expect(rules(alone.notes)).toEqual(['warning:target-dropped'])
    })

    it('reports what Gemini CLI cannot name or grant: agents, command patterns, notebooks, unknown names, another host, a server with `_`', () => {
      const { view: v, notes } = geminiView(
        makeAgent(list(tool('read', 'Read'), tool('agent', 'Task'), tool('Bash(git log:*)', 'Bash(git log:*)', false), tool('notebook', 'NotebookEdit'), tool('Frobnicate', 'Frobnicate', false), tool('copilot:problems', 'problems'), tool('mcp:my_server/x', 'mcp__my_server__x'))),
      )
      // A read-only list stays read-only: `Bash(git log:*)` does not become the whole shell.
      expect(v.frontmatter.tools).toEqual(['read_file'])
      // Gemini never gives a subagent another agent: a note (the host's design), the rest warnings.
      expect(rules(notes)).toEqual(['info:target-dropped', ...Array(5).fill('warning:target-dropped')])
      expect(notes.map((n) => n.value)).toEqual(['Task', 'Bash(git log:*)', 'problems', 'NotebookEdit', 'Frobnicate', 'mcp__my_server__x'])
      expect(notes[0]!.message).toContain('cannot call other agents')
    })

    it('permissionMode plan: no write_file, replace or run_shell_command; over every tool, the plan-mode tools', () => {
      const plan = geminiView(makeAgent({ ...list(tool('read', 'Read'), tool('edit', 'Edit'), tool('shell', 'Bash')), extensions: { permissionMode: 'plan' } }))
      expect(plan.view.frontmatter.tools).toEqual(['read_file'])
      expect(rules(plan.notes)).toEqual(['info:target-translated'])
      const every = geminiView(makeAgent({ tools: { mode: 'all', items: [] }, extensions: { permissionMode: 'plan' } })).view.frontmatter.tools as string[]
      expect(every).toContain('read_file')
      expect(every.filter((t) => ['write_file', 'replace', 'run_shell_command'].includes(t))).toEqual([])
      expect(geminiView(makeAgent({ extensions: { permissionMode: 'default' } })).notes).toEqual([])
      const other = geminiView(makeAgent({ extensions: { permissionMode: 'bypassPermissions' } }))
      expect(other.notes.map((n) => n.message)).toEqual(['gemini: Gemini CLI has no field for `permissionMode` (`bypassPermissions` has no gemini equivalent); left out'])
    })
  })

  describe('model', () => {
    it.each([
      ['opus', 'anthropic', 'opus', 'pro'],
      ['sonnet', 'anthropic', 'sonnet', 'pro'],
      ['claude-haiku-4-5-20251001', 'anthropic', 'haiku', 'flash'],
      ['Claude Sonnet 4.5 (copilot)', 'anthropic', 'sonnet', 'pro'],
      ['google/gemini-2.5-flash', 'google', undefined, 'gemini-2.5-flash'],
    ])('%s → %s, with a note', (raw, family, tier, expected) => {
      const { view: v, notes } = geminiView(model(raw, family, tier))
      expect(v.frontmatter.model).toBe(expected)
      expect(notes.map((n) => n.message)).toEqual([`gemini: Model \`${raw}\` written as \`${expected}\``])
    })

    it('a Gemini model or alias as written, silently', () => {
      for (const raw of ['gemini-3-flash-preview', 'gemini-2.5-pro', 'flash-lite', 'gemma-4-31b-it']) {
        const { view: v, notes } = geminiView(model(raw, 'google'))
        expect(v.frontmatter.model).toBe(raw)
        expect(notes).toEqual([])
      }
    })

    it('inherit and none: the key is left out, silently (the session\'s model)', () => {
      for (const agent of [model('inherit', undefined, 'inherit'), makeAgent()]) {
        const { view: v, notes } = geminiView(agent)
        expect(v.frontmatter).not.toHaveProperty('model')
        expect(notes).toEqual([])
      }
    })

    it('another vendor\'s model and a retired Gemini are reported, never copied', () => {
      for (const raw of ['gpt-4o', 'gemini-1.5-pro', 'gemini-2.0-flash', 'llama-3.1-70b']) {
        const { view: v, notes } = geminiView(model(raw))
        expect(v.frontmatter).not.toHaveProperty('model')
        expect(rules(notes)).toEqual(['warning:target-dropped'])
        expect(notes[0]!.message).toContain(`\`${raw}\``)
      }
    })

    it('takes the first model of a list it can run, naming the others', () => {
      const agent = makeAgent({ model: { raw: 'GPT-5 (copilot)', family: 'openai', alternatives: [{ raw: 'gemini-2.5-pro', family: 'google' }] } })
      const { view: v, notes } = geminiView(agent)
      expect(v.frontmatter.model).toBe('gemini-2.5-pro')
      expect(notes[0]!.message).toContain('`GPT-5 (copilot)`')
    })

    it('follows --model-map entries that are Gemini models, and --model', () => {
      expect(geminiView(model('sonnet', 'anthropic', 'sonnet'), { modelMap: { sonnet: 'flash' } }).view.frontmatter.model).toBe('flash')
      const other = geminiView(model('opus', 'anthropic', 'opus'), { modelMap: { opus: 'o3' } })
      expect(other.view.frontmatter.model).toBe('pro')
      expect(rules(other.notes)).toContain('info:target-defaulted')
      expect(geminiView(model('opus', 'anthropic', 'opus'), { model: 'gemini-3-pro-preview' }).view.frontmatter.model).toBe('gemini-3-pro-preview')
      const foreign = geminiView(model('opus', 'anthropic', 'opus'), { model: 'gpt-5' })
      expect(foreign.view.frontmatter).not.toHaveProperty('model')
      expect(rules(foreign.notes)).toEqual(['warning:target-dropped'])
    })
  })

  describe('fields', () => {
    it('writes temperature, max_turns (from maxTurns, steps), timeout_mins; reports the rest by name', () => {
      const { view: v, notes } = geminiView(makeAgent({ color: 'blue', extensions: { temperature: 0.3, maxTurns: '12', timeout_mins: 5, top_p: 0.9, kind: 'local', hooks: {} } }))
      expect(v.frontmatter).toMatchObject({ temperature: 0.3, max_turns: 12, timeout_mins: 5 })
      expect(v.frontmatter).not.toHaveProperty('kind')
      expect(notes.map((n) => `${n.severity}: ${n.message}`)).toEqual([
        'info: gemini: Gemini CLI shows no colour for an agent; `blue` left out',
        "info: gemini: `maxTurns` written as Gemini CLI's `max_turns`",
        'warning: gemini: Gemini CLI has no field for `top_p`, `hooks`; left out',
      ])
    })

    it('reports values out of range or of the wrong type', () => {
      const { view: v, notes } = geminiView(makeAgent({ extensions: { temperature: 3, max_turns: 0 } }))
      expect(v.frontmatter).not.toHaveProperty('temperature')
      expect(v.frontmatter).not.toHaveProperty('max_turns')
      expect(notes.map((n) => n.message)).toEqual(['gemini: Gemini CLI has no field for `temperature` (not a valid value), `max_turns` (not a valid value); left out'])
    })

    it('writes MCP servers a source defines as mcp_servers, under Gemini\'s keys; reports what it cannot hold', () => {
      const copilot = {
        docs: { type: 'http', url: 'https://mcp.example.com/mcp', headers: { Authorization: 'Bearer $TOKEN' }, tools: ['search', 'fetch'] },
        local: { type: 'local', command: 'node', args: ['server.js'], tools: ['*'], cache: true },
      }
      const { view: v, notes } = geminiView(makeAgent({ extensions: { 'mcp-servers': copilot, mcpServers: ['github'] } }))
      expect(v.frontmatter.mcp_servers).toEqual({
        docs: { type: 'http', url: 'https://mcp.example.com/mcp', headers: { Authorization: 'Bearer $TOKEN' }, include_tools: ['search', 'fetch'] },
        local: { command: 'node', args: ['server.js'] },
      })
      expect(notes.map((n) => n.message)).toEqual(['gemini: Gemini CLI has no field for `mcp-servers.local.cache` (not a valid value), `mcpServers.github` (not a valid value); left out'])
    })
  })

  it('puts triggers and examples in the description, where Gemini\'s main agent reads when to delegate', () => {
    const raw = '<example>\nuser: "Check this"\nassistant: "Checking."\n</example>'
    const agent = makeAgent({ triggers: [{ kind: 'keyword', value: 'sql' }], examples: [{ user: 'Check this', assistant: 'Checking.', raw }] })
    expect(geminiView(agent).view.frontmatter.description).toBe(`${agent.description}\n\nKeywords: sql.\n\nExamples:\n${raw}`)
  })

  it('checks its own output as the strict loader would', () => {
    const verify = targets.gemini.verify
    expect(verify('no frontmatter')).not.toEqual([])
    expect(verify('---\nname: "x"\ndescription: [unclosed\n---\n')).not.toEqual([])
    expect(verify('---\nname: "X Y"\ndescription: "x"\n---\n')).not.toEqual([])
    expect(verify('---\nname: "x"\ndescription: "x"\ncolor: "blue"\n---\n')).not.toEqual([])
    expect(verify('---\nname: "x"\ndescription: "x"\ntools:\n  - "Read"\n---\n')).not.toEqual([])
    expect(verify('---\nname: "x"\ndescription: "x"\ntools:\n  - "mcp_my_server_x"\n---\n')).toEqual([])
    expect(verify('---\nname: "x"\ndescription: "x"\ntools:\n  - "mcp__x"\n---\n')).not.toEqual([])
    expect(verify('---\nname: "x"\ndescription: "x"\nmax_turns: 0\n---\n')).not.toEqual([])
    expect(verify('---\nname: "x"\ndescription: "x"\nmcp_servers:\n  a:\n    cmd: "x"\n---\n')).not.toEqual([])
    const good = '---\nname: "x_y-1"\ndisplay_name: "X"\ndescription: "x"\ntools:\n  - "read_file"\n  - "mcp_github_*"\nmodel: "pro"\ntemperature: 0.2\nmax_turns: 3\n---\n\nBody.\n'
    expect(verify(good)).toEqual([])
    expect(validateGemini(good)).toEqual([])
  })
})

/** The round trip, on the bundled examples and the five seeds. */
const sources = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath)]

describe('gemini round trip', () => {
  it.each(sources.map((path) => [basename(path), path]))('%s', (_name, path) => {
    expectRoundTrip(path, { target: 'gemini', dialect: 'gemini', pathOf: (name) => `.gemini/agents/${name}.md`, validate: validateGemini, expectModel, expectTools })
  })
})

/** The same model, or none (a Gemini model is no Claude model) with a note naming the source's. */
function expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void {
  if (got === want || (want === 'inherit' && got === undefined)) return
  expect(got, `model ${String(want)} became ${String(got)}`).toBeUndefined()
  expect(reported.some((d) => (d.rule === 'target-translated' || d.rule === 'target-dropped') && d.message.includes(`\`${String(want)}\``)), `no note for model ${String(want)}`).toBe(true)
}

/** The same tools, but for each one left out or folded into another, which a note names; none gained. */
function expectTools(got: unknown, want: unknown, reported: Diagnostic[]): void {
  const split = (t: unknown) => (typeof t === 'string' ? t.split(', ').filter(Boolean) : undefined)
  const [g, w] = [split(got), split(want)]
  if (w === undefined) return expect(g).toBeUndefined()
  expect(g).toBeDefined()
  for (const name of w.filter((n) => !g!.includes(n))) {
    expect(reported.some((d) => d.message.toLowerCase().includes(`\`${name.toLowerCase()}\``)), `tool ${name} lost without a note`).toBe(true)
  }
  expect(g!.filter((n) => !w.includes(n)), 'tools gained').toEqual([])
}
