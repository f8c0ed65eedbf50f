/**
 * The `codex` target: its mapping decisions, its output as Codex's loader reads it,
 * and the round trip: source → codex → read back (as the codex dialect) → claude
 * gives what source → claude gives, but for what Codex cannot hold, which was reported.
 */
import { basename } from 'node:path'
import { parse } from 'smol-toml'
import { describe, expect, it } from 'vitest'
import { targets, type Agent, type Diagnostic } from '../../internal.js'
import { agentWithModel, makeAgent, tool, toolList, view } from '../../../test/helpers/agent.js'
import { bundledAgents, seedPath } from '../../../test/helpers/paths.js'
import { rules } from '../../../test/helpers/targets.js'
import { expectRoundTrip } from '../../../test/helpers/round-trip.js'
import { validateCodex } from '../../../test/helpers/validate.js'

interface CodexView {
  agent: Record<string, unknown>
  document: string
}
const codexView = (agent: Agent, options = {}) => view<CodexView>('codex', agent, options)
const list = toolList
/** An agent with every tool (Codex's default: no sandbox_mode, no note), unless told otherwise. */
const every = { tools: { mode: 'all' as const, items: [] } }
const agentOf = (overrides: Partial<Agent> = {}) => makeAgent({ ...every, ...overrides })
const model = (raw: string, family?: string, tier?: string) => ({ ...agentWithModel(raw, family, tier), ...every })

describe('codex', () => {
  it('writes name, description, model, the prompt as developer_instructions, as TOML Codex reads', () => {
    const agent = agentOf({ model: { raw: 'opus', family: 'anthropic', tier: 'opus' } })
    const { view: v, notes } = codexView(agent)
    expect(v.agent).toEqual({ name: agent.name, description: agent.description, model: 'gpt-6-astra', developer_instructions: agent.instructions.text })
    expect(parse(v.document)).toEqual(v.agent)
    expect(Object.keys(parse(v.document))).toEqual(['name', 'description', 'model', 'developer_instructions'])
    expect(validateCodex(v.document)).toEqual([])
    expect(rules(notes)).toEqual(['info:target-translated'])
  })

  describe('tools as sandbox_mode', () => {
    it('a list that neither writes nor runs commands, and no tool at all: read-only, with a note naming the tools', () => {
      const { view: v, notes } = codexView(agentOf(list(tool('read', 'Read'), tool('search', 'Grep'), tool('mcp:github/get_pr', 'mcp__github__get_pr'))))
      expect(v.agent.sandbox_mode).toBe('read-only')
      expect(rules(notes)).toEqual(['info:target-translated'])
      expect(notes[0]!.message).toContain('`Read`, `Grep`, `mcp__github__get_pr`')
      expect(codexView(agentOf({ tools: { mode: 'none', items: [] } })).view.agent.sandbox_mode).toBe('read-only')
    })

    it('a list that writes or runs commands: no sandbox_mode (the session\'s), the list reported as left out', () => {
      for (const [writer, severity] of [[tool('edit', 'Edit'), 'warning'], [tool('Bash(git log:*)', 'Bash(git log:*)', false), 'warning'], [tool('shell', 'Bash'), 'info']] as const) {
        const { view: v, notes } = codexView(agentOf(list(tool('read', 'Read'), writer)))
        expect(v.agent).not.toHaveProperty('sandbox_mode')
        // An unrestricted shell already reaches what Codex's tools do: a note, not a warning.
        expect(rules(notes)).toEqual([`${severity}:target-dropped`])
        expect(notes[0]!.message).toContain(`\`${writer.raw}\``)
      }
    })

    it('every tool: nothing written, nothing said', () => {
      const { view: v, notes } = codexView(agentOf())
      expect(v.agent).not.toHaveProperty('sandbox_mode')
      expect(notes).toEqual([])
    })

    it('permissionMode plan: read-only; other modes are reported', () => {
      const { view: v, notes } = codexView(agentOf({ ...list(tool('read', 'Read'), tool('edit', 'Edit')), extensions: { permissionMode: 'plan' } }))
      expect(v.agent.sandbox_mode).toBe('read-only')
      expect(rules(notes)).toEqual(['info:target-translated', 'warning:target-dropped'])
      const other = codexView(agentOf({ extensions: { permissionMode: 'bypassPermissions' } }))
      expect(other.view.agent).not.toHaveProperty('sandbox_mode')
      expect(other.notes[0]!.message).toContain('`permissionMode`')
    })

    it("a Codex source's own sandbox_mode is written back", () => {
      expect(codexView(agentOf({ extensions: { sandbox_mode: 'workspace-write' } })).view.agent.sandbox_mode).toBe('workspace-write')
      const bad = codexView(agentOf({ extensions: { sandbox_mode: 'workspace-read' } }))
      expect(bad.view.agent).not.toHaveProperty('sandbox_mode')
      expect(rules(bad.notes)).toEqual(['warning:target-dropped'])
    })
  })

  describe('model', () => {
    it.each([
      ['opus', 'anthropic', 'opus', 'gpt-6-astra'],
      ['sonnet', 'anthropic', 'sonnet', 'gpt-6.1-sol'],
      ['claude-haiku-4-5-20251001', 'anthropic', 'haiku', 'gpt-6-luna'],
      ['Claude Sonnet 4.5 (copilot)', 'anthropic', 'sonnet', 'gpt-6.1-sol'],
      ['gpt-5.5', 'openai', undefined, 'gpt-5.5'],
      ['openai/gpt-5', 'openai', undefined, 'gpt-5'],
      ['GPT-4.1 (copilot)', 'openai', undefined, 'gpt-4.1'],
    ])('%s → %s', (raw, family, tier, expected) => {
      expect(codexView(model(raw, family, tier)).view.agent.model).toBe(expected)
    })

    it("prefers a model of the source's list that Codex runs as it is over a Claude model the table stands in for", () => {
      const agent = { ...model('Claude Sonnet 4.5 (copilot)', 'anthropic', 'sonnet'), model: { raw: 'Claude Sonnet 4.5 (copilot)', family: 'anthropic', tier: 'sonnet', alternatives: [{ raw: 'GPT-5 (copilot)', family: 'openai' }] } }
      const { view: v, notes } = codexView(agent)
      expect(v.agent.model).toBe('gpt-5')
      expect(notes[0]!.message).toContain('`Claude Sonnet 4.5 (copilot)`')
    })

    it('inherit and none: the key is left out, silently (the agent runs on the session\'s model)', () => {
      for (const agent of [model('inherit', undefined, 'inherit'), agentOf()]) {
        const { view: v, notes } = codexView(agent)
        expect(v.agent).not.toHaveProperty('model')
        expect(notes).toEqual([])
      }
    })

    it('a model of another vendor is reported, never copied', () => {
      for (const [raw, family] of [['gemini-2.5-pro', 'google'], ['llama-3.1-70b', undefined]] as const) {
        const { view: v, notes } = codexView(model(raw, family))
        expect(v.agent).not.toHaveProperty('model')
        expect(rules(notes)).toEqual(['warning:target-dropped'])
        expect(notes[0]!.message).toContain(`\`${raw}\``)
      }
    })

    it('follows --model-map and --model; a provider/model entry is for another target', () => {
      expect(codexView(model('sonnet', 'anthropic', 'sonnet'), { modelMap: { sonnet: 'gpt-5.4' } }).view.agent.model).toBe('gpt-5.4')
      const other = codexView(model('opus', 'anthropic', 'opus'), { modelMap: { opus: 'openrouter/anthropic/claude-opus' } })
      expect(other.view.agent.model).toBe('gpt-6-astra')
      expect(rules(other.notes)).toContain('info:target-defaulted')
      expect(codexView(model('opus', 'anthropic', 'opus'), { model: 'o3' }).view.agent.model).toBe('o3')
    })
  })

  it('effort as model_reasoning_effort; max as xhigh; what Codex has no field for is reported', () => {
    expect(codexView(agentOf({ extensions: { effort: 'high' } })).view.agent.model_reasoning_effort).toBe('high')
    const max = codexView(agentOf({ extensions: { effort: 'max' } }))
    expect(max.view.agent.model_reasoning_effort).toBe('xhigh')
    expect(rules(max.notes)).toEqual(['info:target-translated'])
    const { view: v, notes } = codexView(agentOf({ color: 'blue', title: 'Shown Name', extensions: { maxTurns: 5, effort: 7 } }))
    expect(v.agent).toEqual(expect.not.objectContaining({ model_reasoning_effort: expect.anything() }))
    expect(rules(notes).sort()).toEqual(['info:target-dropped', 'info:target-dropped', 'warning:target-dropped'])
    expect(notes.map((n) => n.message).join('\n')).toMatch(/`effort` \(not a valid value\).*`maxTurns`|`maxTurns`.*`effort`/)
  })

  it("keeps a Codex source's nickname_candidates and mcp_servers when Codex would accept them", () => {
    const servers = { docs: { url: 'https://example.com/mcp' } }
    const { view: v } = codexView(agentOf({ extensions: { nickname_candidates: ['Ada', 'Grace'], mcp_servers: servers } }))
    expect(v.agent).toMatchObject({ nickname_candidates: ['Ada', 'Grace'], mcp_servers: servers })
    expect(validateCodex(v.document)).toEqual([])
    const bad = codexView(agentOf({ extensions: { nickname_candidates: ['Ada', 'Ada'], mcp_servers: { docs: { enabled_tools: ['x'] } } } }))
    expect(bad.view.agent).not.toHaveProperty('nickname_candidates')
    expect(bad.view.agent).not.toHaveProperty('mcp_servers')
  })

  it("declares Claude Code's inline MCP servers as mcp_servers; a server named only, or over SSE, is reported", () => {
    const mcpServers = [{ files: { command: 'npx', args: ['-y', 'files-mcp'], env: { ROOT: '.' } } }, { docs: { type: 'http', url: 'https://example.com/mcp', headers: { 'X-Key': 'k' } } }, 'github', { old: { type: 'sse', url: 'https://example.com/sse' } }]
    const { view: v, notes } = codexView(agentOf({ extensions: { mcpServers } }))
    expect(v.agent.mcp_servers).toEqual({ files: { command: 'npx', args: ['-y', 'files-mcp'], env: { ROOT: '.' } }, docs: { url: 'https://example.com/mcp', http_headers: { 'X-Key': 'k' } } })
    expect(validateCodex(v.document)).toEqual([])
    expect(targets.codex.verify(v.document)).toEqual([])
    expect(rules(notes)).toEqual(['warning:target-dropped'])
    expect(notes[0]!.message).toContain('`mcpServers[2]` (`github` has no codex equivalent), `mcpServers.old` (`sse` has no codex equivalent)')
  })

  it('puts examples and triggers in the description, and escapes every character TOML needs', () => {
    const raw = '<example>\nuser: "Check this"\nassistant: "Checking."\n</example>'
    const agent = agentOf({ triggers: [{ kind: 'file', value: '*.sql' }], examples: [{ user: 'Check this', assistant: 'Checking.', raw }], instructions: { ...agentOf().instructions, text: 'Quotes " \\ \'\'\' """ tab\t and \u0001 end' } })
    const { view: v } = codexView(agent)
    expect(parse(v.document)).toMatchObject({ description: `${agent.description}\n\nFiles: \`*.sql\`.\n\nExamples:\n${raw}`, developer_instructions: agent.instructions.text })
  })

  it('keeps developer_instructions within 32 KiB and a blank prompt becomes the description, with notes', () => {
    const long = codexView(agentOf({ instructions: { ...agentOf().instructions, text: 'é word '.repeat(6000) } }))
    expect(Buffer.byteLength(long.view.agent.developer_instructions as string)).toBeLessThanOrEqual(32 * 1024)
    expect(rules(long.notes)).toEqual(['warning:target-truncated'])
    const blank = codexView(agentOf({ instructions: { ...agentOf().instructions, text: '  ' } }))
    expect(blank.view.agent.developer_instructions).toBe(blank.view.agent.description)
    expect(validateCodex(blank.view.document)).toEqual([])
  })

  it('checks its own output', () => {
    const verify = targets.codex.verify
    const ok = 'name = "a"\ndescription = "b"\ndeveloper_instructions = "c"\n'
    expect(verify(ok)).toEqual([])
    expect(verify('name = "a\n')).not.toEqual([])
    expect(verify(ok + 'tools = ["Read"]\n')).not.toEqual([])
    expect(verify(ok + 'sandbox_mode = "workspace-read"\n')).not.toEqual([])
    expect(verify(ok + 'model_reasoning_effort = "max"\n')).not.toEqual([])
    expect(verify(ok.replace('"c"', '"  "'))).not.toEqual([])
    expect(verify(ok + 'model = "openai/gpt-5"\n')).not.toEqual([])
    expect(verify(ok + '[mcp_servers.x]\nenabled_tools = ["a"]\n')).not.toEqual([])
  })
})

/** The round trip, on the bundled examples and the five seeds. */
const sources = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath)]

describe('codex round trip', () => {
  it.each(sources.map((path) => [basename(path), path]))('%s', (_name, path) => {
    expectRoundTrip(path, { target: 'codex', dialect: 'codex', pathOf: (name) => `.codex/agents/${name}.toml`, validate: validateCodex, expectModel, expectTools })
  })
})

/** Codex runs OpenAI models: a Claude model comes back as the model of the table it was written as, with a note. */
function expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void {
  if (got === want || (want === 'inherit' && got === undefined)) return
  expect(reported.some((d) => d.message.includes(`\`${String(want)}\``)), `no note for model ${String(want)}`).toBe(true)
}

/** The same tools, but for those a note names; a read-only list comes back as Codex's read-only tools. */
function expectTools(got: unknown, want: unknown, reported: Diagnostic[]): void {
  const split = (t: unknown) => (typeof t === 'string' ? t.split(', ').filter(Boolean) : undefined)
  const [g, w] = [split(got), split(want)]
  if (w === undefined) return expect(g).toBeUndefined()
  for (const name of w.filter((n) => !g?.includes(n))) {
    expect(reported.some((d) => d.message.toLowerCase().includes(`\`${name.toLowerCase()}\``)), `tool ${name} lost without a note`).toBe(true)
  }
  // What comes back is either every tool (the session's sandbox, reported) or the read-only tools.
  if (g !== undefined) for (const name of g) expect(['Read', 'Grep', 'Glob', 'LS'], `tool ${name} gained`).toContain(name)
}
