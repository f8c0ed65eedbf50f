/**
 * The `kiro` target: its mapping decisions, its output as Kiro's reader and
 * schema take it, and the round trip: source → kiro → read back (as the kiro
 * dialect) → claude gives what source → claude gives, but for what Kiro cannot
 * hold or says more broadly, which was reported.
 */
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { targets, type Agent, type Diagnostic } from '../../internal.js'
import { agentWithModel, makeAgent, tool, toolList, view } from '../../../test/helpers/agent.js'
import { bundledAgents, seedPath } from '../../../test/helpers/paths.js'
import { rules } from '../../../test/helpers/targets.js'
import { expectRoundTrip } from '../../../test/helpers/round-trip.js'
import { validateKiro } from '../../../test/helpers/validate.js'

interface KiroView {
  body: Record<string, unknown>
}
const kiroView = (agent: Agent, options = {}) => view<KiroView>('kiro', agent, options)
const list = toolList
const model = agentWithModel
const render = (agent: Agent) => JSON.stringify(kiroView(agent).view.body)

describe('kiro', () => {
  it('writes $schema, name, description, prompt, tools as Kiro names, model', () => {
    const agent = makeAgent({ ...list(tool('read', 'Read'), tool('shell', 'Bash')), model: { raw: 'opus', family: 'anthropic', tier: 'opus' } })
    const { view: v, notes } = kiroView(agent)
    expect(v.body).toEqual({
      $schema: 'https://raw.githubusercontent.com/aws/amazon-q-developer-cli/refs/heads/main/schemas/agent-v1.json',
      name: 'test-agent',
      description: agent.description,
      prompt: agent.instructions.text,
      tools: ['fs_read', 'execute_bash'],
      model: 'claude-opus-4.5',
    })
    expect(rules(notes)).toEqual(['info:target-translated'])
    expect(validateKiro(render(agent))).toEqual([])
  })

  describe('tools', () => {
    it('all: "*"; none: []', () => {
      expect(kiroView(makeAgent({ tools: { mode: 'all', items: [] } })).view.body.tools).toEqual(['*'])
      expect(kiroView(makeAgent({ tools: { mode: 'none', items: [] } })).view.body.tools).toEqual([])
    })

    it('folds canonical ids into Kiro tools, once each, and says what a tool grants beyond the source', () => {
      const { view: v, notes } = kiroView(
        makeAgent(list(tool('read', 'Read'), tool('list', 'LS'), tool('edit', 'Edit'), tool('search', 'Grep'), tool('glob', 'Glob'), tool('web-fetch', 'WebFetch'), tool('agent', 'Task'), tool('todo', 'TodoWrite'))),
      )
      expect(v.body.tools).toEqual(['fs_read', 'fs_write', 'grep', 'glob', 'web_fetch', 'use_subagent', 'todo_list'])
      expect(notes.map((n) => n.message)).toEqual([
        "kiro: Tools `Read`, `LS` written as Kiro's tool `fs_read`",
        "kiro: Tool `Edit` written as Kiro's tool `fs_write`, which also grants `Write`",
      ])
    })

    it('Claude\'s background shell tools with the shell, said', () => {
      const { view: v, notes } = kiroView(makeAgent(list(tool('shell-output', 'BashOutput'), tool('shell', 'Bash'))))
      expect(v.body.tools).toEqual(['execute_bash'])
      expect(notes.map((n) => n.message)).toEqual(["kiro: Tools `Bash`, `BashOutput` written as Kiro's tool `execute_bash`"])
    })

    it('MCP tools as @server/tool and @server, read from the user\'s mcp.json when the agent defines no server', () => {
      const { view: v, notes } = kiroView(makeAgent(list(tool('mcp:github/get_pr', 'mcp__github__get_pr'), tool('mcp:jira', 'mcp__jira'), tool('kiro:use_aws', 'use_aws'))))
      expect(v.body.tools).toEqual(['@github/get_pr', '@jira', 'use_aws'])
      expect(v.body.useLegacyMcpJson).toBe(true)
      expect(notes.map((n) => n.message)).toEqual(["kiro: MCP tools of `github`, `jira` written with `useLegacyMcpJson: true`: the agent defines no such server, so Kiro reads it from the user's mcp.json"])
    })

    it('keeps the servers a source defines, reports those it only names, never invents a command', () => {
      const servers = { github: { command: 'npx', args: ['-y', 'gh-mcp'] } }
      const { view: v, notes } = kiroView(makeAgent({ ...list(tool('mcp:github/get_pr', 'mcp__github__get_pr')), extensions: { mcpServers: [servers, 'jira'] } }))
      expect(v.body.mcpServers).toEqual(servers)
      expect(v.body).not.toHaveProperty('useLegacyMcpJson')
      expect(notes.map((n) => n.message)).toEqual(['kiro: `mcpServers` names server `jira` without its command or URL, which Kiro needs; left out (agentdef never invents one)'])
    })

    it('Bash(pattern) becomes execute_bash with the command allowed and others denied', () => {
      const { view: v, notes } = kiroView(makeAgent(list(tool('read', 'Read'), tool('Bash(git log:*)', 'Bash(git log:*)', false))))
      expect(v.body.tools).toEqual(['fs_read', 'execute_bash'])
      expect(v.body.toolsSettings).toEqual({ execute_bash: { allowedCommands: ['git log( .*)?'], denyByDefault: true } })
      expect(rules(notes)).toEqual(['info:target-translated'])
      expect(new RegExp(`^${'git log( .*)?'}$`).test('git log --oneline')).toBe(true)
    })

    it('reports what Kiro has no tool for: notebooks, unknown names, another host, every MCP server', () => {
      const { view: v, notes } = kiroView(makeAgent(list(tool('read', 'Read'), tool('notebook', 'NotebookEdit'), tool('Frobnicate', 'Frobnicate', false), tool('copilot:problems', 'problems'), tool('mcp:*', 'mcp__*'))))
      expect(v.body.tools).toEqual(['fs_read'])
      expect(rules(notes)).toEqual(Array(4).fill('warning:target-dropped'))
      expect(notes.map((n) => n.value)).toEqual(['mcp__*', 'problems', 'NotebookEdit', 'Frobnicate'])
    })
  })

  describe('permissionMode', () => {
    it('plan: no fs_write, execute_bash or use_aws; over every tool, the read-only built-ins', () => {
      const plan = kiroView(makeAgent({ ...list(tool('read', 'Read'), tool('edit', 'Edit'), tool('shell', 'Bash')), extensions: { permissionMode: 'plan' } }))
      expect(plan.view.body.tools).toEqual(['fs_read'])
      const every = kiroView(makeAgent({ tools: { mode: 'all', items: [] }, extensions: { permissionMode: 'plan' } }))
      expect(every.view.body.tools).toEqual(['fs_read', 'grep', 'glob', 'web_fetch', 'web_search', 'todo_list', 'thinking', 'introspect'])
      expect(every.notes.map((n) => n.message)).toEqual([
        "kiro: `permissionMode: plan` written as tools without `fs_write` and `execute_bash` (Kiro's read-only built-in tools; the source granted every tool, MCP tools included)",
      ])
    })

    it('acceptEdits: fs_write in allowedTools; others reported', () => {
      const edits = kiroView(makeAgent({ ...list(tool('edit', 'Edit')), extensions: { permissionMode: 'acceptEdits' } }))
      expect(edits.view.body.allowedTools).toEqual(['fs_write'])
      expect(rules(kiroView(makeAgent({ extensions: { permissionMode: 'bypassPermissions' } })).notes)).toEqual(['warning:target-dropped'])
      expect(kiroView(makeAgent({ extensions: { permissionMode: 'default' } })).notes).toEqual([])
    })
  })

  describe('model', () => {
    it.each([
      ['sonnet', 'anthropic', 'sonnet', 'claude-sonnet-4.5'],
      ['haiku', 'anthropic', 'haiku', 'claude-haiku-4.5'],
      ['claude-sonnet-4-5-20250929', 'anthropic', 'sonnet', 'claude-sonnet-4.5'],
      ['claude-opus-4-6', 'anthropic', 'opus', 'claude-opus-4.6'],
      ['claude-sonnet-4-20250514', 'anthropic', 'sonnet', 'claude-sonnet-4'],
      // Stale for Kiro (not in its list): the tier's model.
      ['claude-3-5-haiku-latest', 'anthropic', 'haiku', 'claude-haiku-4.5'],
      ['claude-opus-4-1-20250805', 'anthropic', 'opus', 'claude-opus-4.5'],
    ])('%s → %s', (raw, family, tier, id) => {
      const { view: v, notes } = kiroView(model(raw, family, tier))
      expect(v.body.model).toBe(id)
      expect(rules(notes)).toEqual(['info:target-translated'])
    })

    it('a foreign model is left out with a warning; inherit silently; a Kiro source keeps its own', () => {
      const { view: v, notes } = kiroView(model('gpt-4o', 'openai'))
      expect(v.body).not.toHaveProperty('model')
      expect(notes.map((n) => `${n.severity}: ${n.message}`)).toEqual(["warning: kiro: Model `gpt-4o` is not a model Kiro lists; left out, so the agent runs on Kiro's default model (see --model-map)"])
      expect(kiroView(model('inherit', undefined, 'inherit')).notes).toEqual([])
      const source = { path: '.kiro/agents/x.json', dialect: 'kiro' as const, promptLine: 4, fields: {} }
      expect(kiroView(makeAgent({ model: { raw: 'auto' }, source })).view.body.model).toBe('auto')
    })

    it('follows --model, then --model-map (but not a provider/model or OpenAI entry)', () => {
      expect(kiroView(model('opus', 'anthropic', 'opus'), { model: 'auto' }).view.body.model).toBe('auto')
      expect(kiroView(model('opus', 'anthropic', 'opus'), { modelMap: { opus: 'claude-opus-4.7' } }).view.body.model).toBe('claude-opus-4.7')
      const other = kiroView(model('opus', 'anthropic', 'opus'), { modelMap: { opus: 'anthropic/claude-opus-4-5' } })
      expect(other.view.body.model).toBe('claude-opus-4.5')
      expect(rules(other.notes)).toEqual(['info:target-defaulted', 'info:target-translated'])
      expect(kiroView(model('opus', 'anthropic', 'opus'), { modelMap: { opus: 'o3' } }).view.body.model).toBe('claude-opus-4.5')
    })
  })

  it('keeps a Kiro source\'s fields, reports the colour, the title and the rest', () => {
    const extensions = { allowedTools: ['fs_read'], toolsSettings: { fs_write: { allowedPaths: ['src/**'] } }, resources: ['file://README.md', 'skill://.kiro/skills/**/SKILL.md'], hooks: { agentSpawn: [{ command: 'git status' }] }, keyboardShortcut: 'ctrl+r', welcomeMessage: 'Hi', maxTurns: 3, welcome: 1 }
    const { view: v, notes } = kiroView(makeAgent({ title: 'Tester', color: 'blue', extensions }))
    expect(v.body).toMatchObject({ allowedTools: ['fs_read'], toolsSettings: extensions.toolsSettings, resources: extensions.resources, hooks: extensions.hooks, keyboardShortcut: 'ctrl+r', welcomeMessage: 'Hi' })
    expect(Object.keys(v.body).slice(-3)).toEqual(['hooks', 'keyboardShortcut', 'welcomeMessage'])
    // Kiro's newer fields are not in Q's schema: no `$schema` pointing editors at it.
    expect(v.body).not.toHaveProperty('$schema')
    expect(notes.map((n) => `${n.severity}: ${n.message}`)).toEqual([
      'info: kiro: Kiro has no display name; title `Tester` left out (the agent is `test-agent`)',
      'info: kiro: Kiro shows no colour for an agent; `blue` left out',
      'warning: kiro: Kiro has no field for `maxTurns`, `welcome`; left out',
    ])
    expect(validateKiro(JSON.stringify(v.body))).toEqual([])
    const bad = kiroView(makeAgent({ extensions: { keyboardShortcut: 'alt+x', hooks: { PreToolUse: [] } } }))
    expect(bad.view.body).not.toHaveProperty('keyboardShortcut')
    expect(bad.notes.map((n) => n.message)).toEqual(['kiro: Kiro has no field for `hooks` (not a valid value), `keyboardShortcut` (not a valid value); left out'])
  })

  it('checks its own output', () => {
    const verify = targets.kiro.verify
    expect(verify('{')).not.toEqual([])
    expect(verify('[]')).not.toEqual([])
    expect(verify('{"description":"x"}')).not.toEqual([])
    expect(verify('{"name":"x","color":"blue"}')).not.toEqual([])
    expect(verify('{"name":"x","tools":"fs_read"}')).not.toEqual([])
    expect(verify('{"name":"x","allowedTools":["a","a"]}')).not.toEqual([])
    expect(verify('{"name":"x","mcpServers":{"a":{"args":[]}}}')).not.toEqual([])
    expect(verify('{"name":"x","tools":["fs_read","@git"],"mcpServers":{"git":{"command":"git-mcp"}},"model":"auto"}')).toEqual([])
  })
})

/** The round trip, on the bundled examples and the five seeds. */
const sources = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath)]

describe('kiro round trip', () => {
  it.each(sources.map((path) => [basename(path), path]))('%s', (_name, path) => {
    expectRoundTrip(path, { target: 'kiro', dialect: 'kiro', pathOf: (name) => `.kiro/agents/${name}.json`, validate: validateKiro, expectModel, expectTools })
  })
})

/** The same model, or Kiro's id for it, or none, each with a note naming the source's. */
function expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void {
  if (got === want || (want === 'inherit' && got === undefined)) return
  const named = reported.some((d) => (d.rule === 'target-dropped' || d.rule === 'target-translated') && d.message.includes(`Model \`${String(want)}\``))
  expect(named, `model ${String(want)} became ${String(got)} without a note`).toBe(true)
}

/** The same tools, but for each one left out, or granted by a Kiro tool beyond the source's, which a note names. */
function expectTools(got: unknown, want: unknown, reported: Diagnostic[]): void {
  const split = (t: unknown) => (typeof t === 'string' ? t.split(', ').filter(Boolean) : undefined)
  const [g, w] = [split(got), split(want)]
  if (w === undefined) return expect(g).toBeUndefined()
  expect(g).toBeDefined()
  const named = (name: string) => reported.some((d) => d.message.toLowerCase().includes(`\`${name.toLowerCase()}\``))
  for (const name of w.filter((n) => !g!.includes(n))) expect(named(name), `tool ${name} lost without a note`).toBe(true)
  for (const name of g!.filter((n) => !w.includes(n))) expect(named(name), `tool ${name} gained without a note`).toBe(true)
}
