/**
 * The `cursor` target: its mapping decisions, its two kinds of output as Cursor's
 * schemas read them, and the round trip: source → cursor → read back (a subagent
 * as the cursor-agent dialect, a rule as the cursor dialect) → claude gives what
 * source → claude gives, but for what Cursor cannot hold, which was reported.
 */
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { targets, type Agent, type Diagnostic } from '../../internal.js'
import { agentWithModel, compileText, makeAgent, outputOf, tool, toolList, view } from '../../../test/helpers/agent.js'
import { bundledAgents, ROOT, seedPath } from '../../../test/helpers/paths.js'
import { rules } from '../../../test/helpers/targets.js'
import { expectRoundTrip } from '../../../test/helpers/round-trip.js'
import { validateCursor } from '../../../test/helpers/validate.js'
import { READ_ONLY_TOOLS } from './tables.js'

interface CursorView {
  frontmatter: Record<string, unknown>
  body: string
}
const cursorView = (agent: Agent, options = {}) => view<CursorView>('cursor', agent, options)
const list = toolList
/** An agent whose source named this model and granted every tool (so no note about tools). */
const model = (raw: string, family?: string, tier?: string) => ({ ...agentWithModel(raw, family, tier), tools: { mode: 'all' as const, items: [] } })
/** An agent read from a Cursor rule. */
const rule = (overrides: Partial<Agent> = {}) =>
  makeAgent({ name: 'react-style', title: 'React Style', tools: { mode: 'all', items: [] }, source: { path: 'react-style.mdc', dialect: 'cursor', promptLine: 5, fields: { description: 2 } }, ...overrides })

describe('cursor subagent', () => {
  it('writes name, description, model; the prompt as the body; a read-only list as `readonly: true`', () => {
    const agent = makeAgent({ ...list(tool('read', 'Read'), tool('search', 'Grep')), model: { raw: 'opus', family: 'anthropic', tier: 'opus' } })
    const { view: v, notes } = cursorView(agent)
    expect(v.frontmatter).toEqual({ name: 'test-agent', description: agent.description, model: 'opus-4.5', readonly: true })
    expect(v.body).toBe(agent.instructions.text)
    expect(rules(notes)).toEqual(['info:target-translated', 'info:target-translated'])
    expect(notes[1]!.message).toContain('Tools `Read`, `Grep` written as `readonly: true`')
    expect(targets.cursor.extensionOf!(agent)).toBe('.md')
  })

  describe('tools', () => {
    it('every tool: nothing written, nothing said (a subagent has its caller\'s tools)', () => {
      const { view: v, notes } = cursorView(makeAgent({ tools: { mode: 'all', items: [] } }))
      expect(v.frontmatter).not.toHaveProperty('readonly')
      expect(notes).toEqual([])
    })

    it('a list that writes or runs commands is left out, each tool named, with a note (Cursor\'s default: the caller\'s tools)', () => {
      const { view: v, notes } = cursorView(makeAgent(list(tool('read', 'Read'), tool('edit', 'Edit'), tool('shell', 'Bash'))))
      expect(v.frontmatter).not.toHaveProperty('readonly')
      expect(rules(notes)).toEqual(['info:target-dropped'])
      expect(notes[0]!.message).toBe('cursor: Cursor subagents have no tool list; tools `Read`, `Edit`, `Bash` left out, so the subagent gets every tool of its caller')
    })

    it('an unknown tool or a Bash pattern may write: no `readonly`', () => {
      expect(cursorView(makeAgent(list(tool('read', 'Read'), tool('Frobnicate', 'Frobnicate', false)))).view.frontmatter).not.toHaveProperty('readonly')
      expect(cursorView(makeAgent(list(tool('Bash(git log:*)', 'Bash(git log:*)', false)))).view.frontmatter).not.toHaveProperty('readonly')
    })

    it('a read-only list with MCP or agent tools: `readonly: true`, and those tools named in a note', () => {
      const { view: v, notes } = cursorView(makeAgent(list(tool('read', 'Read'), tool('mcp:github/get_pr', 'mcp__github__get_pr'), tool('agent', 'Task'))))
      expect(v.frontmatter.readonly).toBe(true)
      expect(rules(notes)).toEqual(['info:target-translated', 'info:target-dropped'])
      expect(notes[1]!.message).toContain('Tools `mcp__github__get_pr`, `Task` left out')
      expect(notes[1]!.value).toBe('mcp__github__get_pr')
    })

    it('no tools at all: `readonly: true`, the narrowest Cursor has, with a note', () => {
      const { view: v, notes } = cursorView(makeAgent({ tools: { mode: 'none', items: [] } }))
      expect(v.frontmatter.readonly).toBe(true)
      expect(rules(notes)).toEqual(['info:target-dropped'])
    })

    it('permissionMode plan is `readonly: true`; its writing tools are reported', () => {
      const { view: v, notes } = cursorView(makeAgent({ ...list(tool('read', 'Read'), tool('edit', 'Edit')), extensions: { permissionMode: 'plan' } }))
      expect(v.frontmatter.readonly).toBe(true)
      expect(rules(notes)).toEqual(['info:target-translated', 'info:target-dropped'])
      expect(notes[0]!.field).toBe('permissionMode')
      expect(cursorView(makeAgent({ tools: { mode: 'all', items: [] }, extensions: { permissionMode: 'plan' } })).view.frontmatter.readonly).toBe(true)
      expect(rules(cursorView(makeAgent({ extensions: { permissionMode: 'acceptEdits' } })).notes)).toContain('warning:target-dropped')
    })
  })

  describe('model', () => {
    it.each([
      ['opus', 'anthropic', 'opus', 'opus-4.5'],
      ['sonnet', 'anthropic', 'sonnet', 'sonnet-4.5'],
      ['claude-sonnet-4-5-20250929', 'anthropic', 'sonnet', 'sonnet-4.5'],
      ['Claude Opus 4.5 (copilot)', 'anthropic', 'opus', 'opus-4.5'],
      ['haiku', 'anthropic', 'haiku', 'fast'],
      ['openai/gpt-5', 'openai', undefined, 'gpt-5'],
      ['GPT-4.1 (copilot)', 'openai', undefined, 'gpt-4.1'],
      ['gemini-3-pro', 'google', undefined, 'gemini-3-pro'],
    ])('%s → %s', (raw, family, tier, expected) => {
      const { view: v, notes } = cursorView(model(raw, family, tier))
      expect(v.frontmatter.model).toBe(expected)
      expect(notes.some((n) => n.rule === 'target-translated' && n.field === 'model')).toBe(expected !== raw)
    })

    it('inherit is written as Cursor says it; none leaves the key out (Cursor\'s default is inherit)', () => {
      expect(cursorView(model('inherit', undefined, 'inherit')).view.frontmatter.model).toBe('inherit')
      expect(cursorView(makeAgent()).view.frontmatter).not.toHaveProperty('model')
    })

    it('a Cursor source\'s model is written as it is', () => {
      const agent = makeAgent({ model: { raw: 'composer-2-fast' }, tools: { mode: 'all', items: [] }, source: { path: '.cursor/agents/x.md', dialect: 'cursor-agent', promptLine: 5, fields: {} } })
      const { view: v, notes } = cursorView(agent)
      expect(v.frontmatter.model).toBe('composer-2-fast')
      expect(notes).toEqual([])
    })

    it('a model it cannot place is reported, never copied', () => {
      const { view: v, notes } = cursorView(model('llama-3.1-70b'))
      expect(v.frontmatter).not.toHaveProperty('model')
      expect(rules(notes)).toEqual(['warning:target-dropped'])
      expect(notes[0]!.message).toContain('`llama-3.1-70b`')
    })

    it('follows --model-map and --model', () => {
      expect(cursorView(model('haiku', 'anthropic', 'haiku'), { modelMap: { haiku: 'composer-1' } }).view.frontmatter.model).toBe('composer-1')
      expect(cursorView(model('opus', 'anthropic', 'opus'), { model: 'gpt-5.2' }).view.frontmatter.model).toBe('gpt-5.2')
      const other = cursorView(model('sonnet', 'anthropic', 'sonnet'), { modelMap: { sonnet: 'openrouter/anthropic/claude-sonnet-4.5' } })
      expect(other.view.frontmatter.model).toBe('sonnet-4.5')
      expect(rules(other.notes)).toContain('info:target-defaulted')
    })
  })

  it('is_background from Cursor\'s key or Claude Code\'s `background`; other fields, colour and title reported', () => {
    expect(cursorView(makeAgent({ extensions: { is_background: true } })).view.frontmatter.is_background).toBe(true)
    const claude = cursorView(makeAgent({ tools: { mode: 'all', items: [] }, extensions: { background: 'true' } }))
    expect(claude.view.frontmatter.is_background).toBe(true)
    expect(rules(claude.notes)).toEqual(['info:target-translated'])
    const { view: v, notes } = cursorView(makeAgent({ title: 'Tester', color: 'teal', extensions: { maxTurns: 5, is_background: 'sometimes' } }))
    expect(v.frontmatter).not.toHaveProperty('is_background')
    expect(notes.map((n) => n.message)).toEqual([
      'cursor: Cursor has no display name; title `Tester` left out (the agent is `test-agent`)',
      'cursor: Tool `Read` written as `readonly: true`: Cursor subagents have no tool list, and a read-only one reads, lists and searches files and the web',
      'cursor: Cursor shows no colour for an agent; `teal` left out',
      'cursor: Cursor has no field for `maxTurns`, `is_background` (not a valid value); left out',
    ])
  })

  it('puts triggers and examples into the description as the claude target does', () => {
    const raw = '<example>\nuser: "Check this"\nassistant: "Checking."\n</example>'
    const agent = makeAgent({ triggers: [{ kind: 'keyword', value: 'audit' }], examples: [{ user: 'Check this', assistant: 'Checking.', raw }] })
    expect(cursorView(agent).view.frontmatter.description).toBe(`${agent.description}\n\nKeywords: audit.\n\nExamples:\n${raw}`)
  })
})

describe('cursor rule', () => {
  it('a source that is a Cursor rule is written as a rule: `.mdc`, description, globs, alwaysApply', () => {
    const agent = rule({ triggers: [{ kind: 'file', value: 'src/**/*.tsx' }, { kind: 'file', value: 'test/*.tsx' }], extensions: { alwaysApply: false } })
    const { view: v, notes } = cursorView(agent)
    expect(targets.cursor.extensionOf!(agent)).toBe('.mdc')
    expect(v.frontmatter).toEqual({ description: agent.description, globs: 'src/**/*.tsx,test/*.tsx', alwaysApply: false })
    expect(notes).toEqual([])
  })

  it('globs holding a comma are a list; other triggers go to the description', () => {
    const agent = rule({ triggers: [{ kind: 'file', value: 'src/*.{ts,tsx}' }, { kind: 'keyword', value: 'hooks' }] })
    const { view: v } = cursorView(agent)
    expect(v.frontmatter.globs).toEqual(['src/*.{ts,tsx}'])
    expect(v.frontmatter.description).toBe(`${agent.description}\n\nKeywords: hooks.`)
    expect(v.frontmatter.alwaysApply).toBe(false)
  })

  it('a rule source with no tools says nothing about them (a rule has none)', () => {
    expect(cursorView(rule({ tools: { mode: 'none', items: [] } })).notes).toEqual([])
  })

  it('a rule without a description field is written without one (the prompt gives it again)', () => {
    expect(cursorView(rule({ source: { path: 'r.mdc', dialect: 'cursor', promptLine: 3, fields: {} } })).view.frontmatter).toEqual({ alwaysApply: false })
  })

  it('alwaysApply as a string becomes the boolean, with a note; tools, model, colour, other keys reported', () => {
    const { view: v, notes } = cursorView(rule({ ...list(tool('read', 'Read')), model: { raw: 'sonnet', tier: 'sonnet', family: 'anthropic' }, color: 'red', extensions: { alwaysApply: 'true', name: 'x' } }))
    expect(v.frontmatter.alwaysApply).toBe(true)
    expect(notes.map((n) => n.message)).toEqual([
      'cursor: `alwaysApply: "true"` written as the boolean Cursor reads (it reads a string as false)',
      'cursor: A Cursor rule has no tools; tool `Read` left out',
      'cursor: Cursor shows no colour for an agent; `red` left out',
      'cursor: Cursor has no field for `model`, `name`; left out',
    ])
  })
})

describe('cursor check', () => {
  const verify = targets.cursor.verify
  it('reads a subagent strictly', () => {
    expect(verify('no frontmatter')).not.toEqual([])
    expect(verify('---\nname: [unclosed\n---\n')).not.toEqual([])
    expect(verify('---\ndescription: "x"\n---\n')).toContain('name is not a non-empty string')
    expect(verify('---\nname: "x"\ndescription: "x"\nreadonly: "true"\n---\n')).toContain('readonly is not a boolean')
    expect(verify('---\nname: "x"\ndescription: "x"\ntools: "Read"\n---\n')).toContain('a subagent has no field `tools`')
    expect(verify('---\nname: "x"\ndescription: "x"\nmodel: "fast"\nreadonly: true\nis_background: false\n---\n\nBody\n')).toEqual([])
  })

  it('reads a rule (told by `alwaysApply`) strictly', () => {
    expect(verify('---\nalwaysApply: "true"\n---\n')).toContain('alwaysApply is not a boolean')
    expect(verify('---\nalwaysApply: false\nname: "x"\n---\n')).toContain('a rule has no field `name`')
    expect(verify('---\nalwaysApply: false\nglobs: []\n---\n')).toContain('globs is not a string or a list of globs')
    expect(verify('---\ndescription: "d"\nglobs: "*.ts"\nalwaysApply: true\n---\n\nBody\n')).toEqual([])
  })

  it('agrees with the independent validator on both kinds', () => {
    expect(validateCursor('---\nname: "x"\ndescription: "x"\nreadonly: "yes"\n---\n')).not.toEqual([])
    expect(validateCursor('---\nalwaysApply: false\nname: "x"\n---\n')).not.toEqual([])
    expect(validateCursor('---\ndescription: "d"\nglobs: ["a/*.ts", "b/*.ts"]\nalwaysApply: false\n---\n')).toEqual([])
  })
})

/** The round trip of subagents, on the bundled examples and the five seeds. */
const sources = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath)]

describe('cursor round trip', () => {
  it.each(sources.map((path) => [basename(path), path]))('%s', (_name, path) => {
    expectRoundTrip(path, { target: 'cursor', dialect: 'cursor-agent', pathOf: (name) => `.cursor/agents/${name}.md`, validate: validateCursor, expectModel, expectTools })
  })

  it.each(['svelte-style.mdc', 'shell-scripts.mdc', 'sql-naming.mdc'])('rule %s', (name) => {
    const path = join(ROOT, 'test', 'fixtures', 'dialects', 'cursor', name)
    expectRoundTrip(path, { target: 'cursor', dialect: 'cursor', pathOf: (n) => `.cursor/rules/${n}.mdc`, validate: validateCursor, expectModel, expectTools })
  })

  it('a rule read back keeps its globs and alwaysApply', () => {
    const text = '---\ndescription: Shell style\nglobs: "**/*.sh, scripts/*.{bash,zsh}"\nalwaysApply: true\n---\n\nQuote every variable.\n'
    const first = compileText('.cursor/rules/shell.mdc', text, { targets: ['cursor'] })
    const again = compileText('.cursor/rules/shell.mdc', outputOf(first, 'cursor'), { targets: ['cursor'] })
    expect(again.agents[0]!.triggers).toEqual(first.agents[0]!.triggers)
    expect(again.agents[0]!.extensions).toEqual({ alwaysApply: true })
    expect(outputOf(again, 'cursor')).toBe(outputOf(first, 'cursor'))
  })
})

/** The same model, or the same Claude tier under Cursor's name, with a note; `fast` for haiku, with a note. */
function expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void {
  if (got === want || (want === 'inherit' && got === undefined) || (want === undefined && got === 'inherit')) return
  const noted = reported.some((d) => d.rule.startsWith('target-') && d.message.includes(`\`${String(want)}\``))
  expect(noted, `model ${String(want)} read back as ${String(got)} without a note`).toBe(true)
}

/** The same tools, but for each one left out (named in a note) or gained through `readonly: true` (a read-only tool, noted). */
function expectTools(got: unknown, want: unknown, reported: Diagnostic[]): void {
  const split = (t: unknown) => (typeof t === 'string' ? t.split(', ').filter(Boolean) : undefined)
  const [g, w] = [split(got), split(want)]
  if (w === undefined) return expect(g).toBeUndefined()
  const readonly = reported.some((d) => d.message.includes('`readonly: true`'))
  // Every tool: the tool list was left out, with a note naming each.
  for (const name of w.filter((n) => g === undefined || !g.includes(n))) {
    expect(reported.some((d) => d.message.toLowerCase().includes(`\`${name.toLowerCase()}\``)), `tool ${name} lost without a note`).toBe(true)
  }
  const readOnlyNames = ['Read', 'Grep', 'Glob', 'LS', 'WebFetch', 'WebSearch']
  expect(readOnlyNames.length).toBe(READ_ONLY_TOOLS.length)
  for (const name of (g ?? []).filter((n) => !w.includes(n))) expect(readonly && readOnlyNames.includes(name), `tool ${name} gained`).toBe(true)
}
