/**
 * The `copilot` target: its mapping decisions, its output as Copilot's schema
 * reads it, and the round trip: source → copilot → read back (as the copilot
 * dialect) → claude gives what source → claude gives, but for what Copilot cannot
 * hold or says more broadly, which was reported.
 */
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { targets, type Agent, type Diagnostic } from '../../internal.js'
import { agentWithModel, makeAgent, tool, toolList, view } from '../../../test/helpers/agent.js'
import { bundledAgents, ROOT, seedPath } from '../../../test/helpers/paths.js'
import { rules } from '../../../test/helpers/targets.js'
import { expectRoundTrip } from '../../../test/helpers/round-trip.js'
import { validateCopilot } from '../../../test/helpers/validate.js'

interface CopilotView {
  frontmatter: Record<string, unknown>
  body: string
}
const copilotView = (agent: Agent, options = {}) => view<CopilotView>('copilot', agent, options)
const list = toolList
const model = agentWithModel

describe('copilot', () => {
  it('writes name (the title), description, tools as aliases; the prompt as the body', () => {
    const agent = makeAgent(list(tool('read', 'Read'), tool('shell', 'Bash')))
    const { view: v, notes } = copilotView(agent)
    expect(v.frontmatter).toEqual({ name: 'Test Agent', description: agent.description, tools: ['read', 'execute'] })
    expect(v.body).toBe(agent.instructions.text)
    expect(notes).toEqual([])
  })

  describe('tools', () => {
    it('all: no key (every tool); none: []', () => {
      expect(copilotView(makeAgent({ tools: { mode: 'all', items: [] } })).view.frontmatter).not.toHaveProperty('tools')
      expect(copilotView(makeAgent({ tools: { mode: 'none', items: [] } })).view.frontmatter.tools).toEqual([])
    })

    it('folds canonical ids into aliases, once each, and says what an alias grants beyond the source', () => {
      const { view: v, notes } = copilotView(
        makeAgent(list(tool('write', 'Write'), tool('multi-edit', 'MultiEdit'), tool('search', 'Grep'), tool('list', 'LS'), tool('web-fetch', 'WebFetch'), tool('agent', 'Task'), tool('todo', 'TodoWrite'))),
      )
      expect(v.frontmatter.tools).toEqual(['edit', 'search', 'web', 'agent', 'todo'])
      expect(rules(notes)).toEqual(['info:target-translated', 'info:target-translated', 'info:target-translated'])
      expect(notes.map((n) => n.message)).toEqual([
        "copilot: Tools `Write`, `MultiEdit` written as Copilot's alias `edit`, which also grants `Edit`",
        "copilot: Tools `Grep`, `LS` written as Copilot's alias `search`, which also grants `Glob`",
        "copilot: Tool `WebFetch` written as Copilot's alias `web`, which also grants `WebSearch`",
      ])
    })

    it('MCP tools as server/tool and server/*; Copilot tools as written; background shell tools folded into the shell, with a note', () => {
      const { view: v, notes } = copilotView(
        makeAgent(list(tool('mcp:github/get_pr', 'mcp__github__get_pr'), tool('mcp:jira', 'mcp__jira'), tool('copilot:problems', 'problems'), tool('shell', 'Bash'), tool('shell-output', 'BashOutput'))),
      )
      expect(v.frontmatter.tools).toEqual(['github/get_pr', 'jira/*', 'problems', 'execute'])
      // `execute` reads back as `Bash` alone: the round trip would lose `BashOutput` without this note.
      expect(notes.map((n) => n.message)).toEqual(["copilot: Tools `Bash`, `BashOutput` written as Copilot's alias `execute`, which grants every tool of its kind"])
    })

    it('reports what Copilot has no alias for: notebooks, unknown names, another host, every MCP server, command patterns', () => {
      const { view: v, notes } = copilotView(
        makeAgent(list(tool('read', 'Read'), tool('notebook', 'NotebookEdit'), tool('Frobnicate', 'Frobnicate', false), tool('opencode:lsp', 'lsp'), tool('mcp:*', 'mcp__*'), tool('Bash(git log:*)', 'Bash(git log:*)', false))),
      )
      expect(v.frontmatter.tools).toEqual(['read'])
      expect(rules(notes)).toEqual(Array(5).fill('warning:target-dropped'))
      expect(notes.map((n) => n.value)).toEqual(['lsp', 'NotebookEdit', 'Frobnicate', 'mcp__*', 'Bash(git log:*)'])
    })
  })

  describe('model', () => {
    it('a Copilot source keeps its model (a list as a list)', () => {
      const source = { path: 'x.agent.md', dialect: 'copilot' as const, promptLine: 4, fields: {} }
      expect(copilotView(makeAgent({ model: { raw: 'GPT-4.1 (copilot)', family: 'openai' }, source })).view.frontmatter.model).toBe('GPT-4.1 (copilot)')
      const both = makeAgent({ model: { raw: 'Claude Sonnet 4.5 (copilot)', family: 'anthropic', tier: 'sonnet', alternatives: [{ raw: 'GPT-5 (copilot)', family: 'openai' }] }, source })
      expect(copilotView(both).view.frontmatter.model).toEqual(['Claude Sonnet 4.5 (copilot)', 'GPT-5 (copilot)'])
    })

    it('another source\'s model is left out with a note; inherit and none silently; --model as given', () => {
      const { view: v, notes } = copilotView(model('sonnet', 'anthropic', 'sonnet'))
      expect(v.frontmatter).not.toHaveProperty('model')
      expect(rules(notes)).toEqual(['info:target-dropped'])
      expect(notes[0]!.message).toContain('`sonnet`')
      for (const agent of [model('inherit', undefined, 'inherit'), makeAgent()]) expect(copilotView(agent).notes).toEqual([])
      expect(copilotView(model('opus', 'anthropic', 'opus'), { model: 'Claude Opus 4.5 (copilot)' }).view.frontmatter.model).toBe('Claude Opus 4.5 (copilot)')
    })
  })

  it('writes target and handoffs when valid, notes the colour, reports the rest', () => {
    const handoffs = [{ label: 'Write the notes', agent: 'notes-writer', prompt: 'Draft them.', send: false }]
    const { view: v, notes } = copilotView(makeAgent({ color: 'blue', extensions: { target: 'vscode', handoffs, maxTurns: 3 } }))
    expect(v.frontmatter).toMatchObject({ target: 'vscode', handoffs })
    expect(notes.map((n) => `${n.severity}: ${n.message}`)).toEqual(['info: copilot: Copilot shows no colour for an agent; `blue` left out', 'warning: copilot: Copilot has no field for `maxTurns`; left out'])
    const bad = copilotView(makeAgent({ extensions: { target: 'jetbrains', handoffs: [{ label: 'x' }] } }))
    expect(bad.view.frontmatter).not.toHaveProperty('target')
    expect(bad.view.frontmatter).not.toHaveProperty('handoffs')
    expect(bad.notes.map((n) => n.message)).toEqual(['copilot: Copilot has no field for `target` (not a valid value), `handoffs` (not a valid value); left out'])
  })

  it('permissionMode plan: no edit, no execute; default: nothing; others reported', () => {
    const plan = copilotView(makeAgent({ ...list(tool('read', 'Read'), tool('edit', 'Edit'), tool('shell', 'Bash')), extensions: { permissionMode: 'plan' } }))
    expect(plan.view.frontmatter.tools).toEqual(['read'])
    expect(rules(plan.notes)).toEqual(['info:target-translated', 'info:target-translated'])
    expect(copilotView(makeAgent({ tools: { mode: 'all', items: [] }, extensions: { permissionMode: 'plan' } })).view.frontmatter.tools).toEqual(['read', 'search', 'web', 'agent', 'todo'])
    expect(copilotView(makeAgent({ extensions: { permissionMode: 'default' } })).notes).toEqual([])
    expect(rules(copilotView(makeAgent({ extensions: { permissionMode: 'bypassPermissions' } })).notes)).toEqual(['warning:target-dropped'])
  })

  it('shortens a prompt over 30,000 characters, with a warning', () => {
    const text = 'x'.repeat(30_005)
    const { view: v, notes } = copilotView(makeAgent({ instructions: { text, outline: [], languages: ['en'] } }))
    expect(v.body).toHaveLength(30_000)
    expect(rules(notes)).toEqual(['warning:target-truncated'])
  })

  it('checks its own output', () => {
    const verify = targets.copilot.verify
    expect(verify('no frontmatter')).not.toEqual([])
    expect(verify('---\ndescription: [unclosed\n---\n')).not.toEqual([])
    expect(verify('---\nname: "x"\n---\n')).not.toEqual([])
    expect(verify('---\ndescription: "x"\ntarget: "jetbrains"\n---\n')).not.toEqual([])
    expect(verify(`---\ndescription: "x"\n---\n\n${'y'.repeat(30_001)}\n`)).not.toEqual([])
    expect(verify('---\nname: "X"\ndescription: "x"\ntools:\n  - "read"\n  - "github/*"\n---\n\nBody.\n')).toEqual([])
  })
})

/** The round trip, on the bundled examples, the five seeds and the copilot dialect's fixtures. */
const FIXTURES = join(ROOT, 'test', 'fixtures', 'dialects', 'copilot')
const sources = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath), join(FIXTURES, 'release-scout.agent.md'), join(FIXTURES, 'quiet-helper.chatmode.md')]

describe('copilot round trip', () => {
  it.each(sources.map((path) => [basename(path), path]))('%s', (_name, path) => {
    expectRoundTrip(path, { target: 'copilot', dialect: 'copilot', pathOf: (name) => `.github/agents/${name}.agent.md`, validate: validateCopilot, expectModel, expectTools })
  })
})

/** The same model, or none with a note naming the source's. */
function expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void {
  if (got === want || (want === 'inherit' && got === undefined)) return
  expect(got, `model ${String(want)} became ${String(got)}`).toBeUndefined()
  expect(reported.some((d) => d.rule === 'target-dropped' && d.message.includes('Model')), `no note for model ${String(want)}`).toBe(true)
}

/** The same tools, but for each one left out, or granted by an alias beyond the source's, which a note names. */
function expectTools(got: unknown, want: unknown, reported: Diagnostic[]): void {
  const split = (t: unknown) => (typeof t === 'string' ? t.split(', ').filter(Boolean) : undefined)
  const [g, w] = [split(got), split(want)]
  if (w === undefined) return expect(g).toBeUndefined()
  expect(g).toBeDefined()
  const named = (name: string) => reported.some((d) => d.message.toLowerCase().includes(`\`${name.toLowerCase()}\``))
  for (const name of w.filter((n) => !g!.includes(n))) expect(named(name), `tool ${name} lost without a note`).toBe(true)
  for (const name of g!.filter((n) => !w.includes(n))) expect(named(name), `tool ${name} gained without a note`).toBe(true)
}
