/**
 * Roo Code modes (`.roomodes`, one-mode YAML, JSON), fabric patterns and LangGPT
 * roles, on fixtures written for the project (test/fixtures/dialects-other).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compileSource, findInputs, type CompileResult } from '../src/index.js'

const FIXTURES = fileURLToPath(new URL('fixtures/dialects-other/', import.meta.url))
const compile = (rel: string): CompileResult => compileSource(join(FIXTURES, rel), readFileSync(join(FIXTURES, rel)))
const compileText = (path: string, text: string): CompileResult => compileSource(path, new TextEncoder().encode(text))
const messages = (result: CompileResult, ruleId: string) => result.file.messages.filter((m) => m.ruleId === ruleId)
const errors = (result: CompileResult) => result.file.messages.filter((m) => m.fatal === true)
const toolIds = (result: CompileResult, index = 0) => result.agents[index]!.tools.items.map((t) => t.id)

describe('Roo Code modes', () => {
  describe('a .roomodes file with three modes', () => {
    const result = compile('roo/.roomodes')
    const [keeper, bench, planner] = result.agents

    it('gives one agent per mode, in order', () => {
      expect(errors(result)).toEqual([])
      expect(result.agents.map((a) => a.name)).toEqual(['doc-keeper', 'bench-runner', 'planner'])
      expect(result.agents.map((a) => a.source.dialect)).toEqual(['roo', 'roo', 'roo'])
      expect(result.outputs.filter((o) => o.target === 'claude').map((o) => o.path)).toEqual([
        'claude/doc-keeper.md',
        'claude/bench-runner.md',
        'claude/planner.md',
      ])
    })

    it('maps name to title and roleDefinition to the prompt', () => {
      expect(result.agents.map((a) => a.title)).toEqual(['📘 Doc Keeper', '⏱️ Bench Runner', '🧭 Planner'])
      expect(keeper!.instructions.text).toBe("You keep the project's documentation true to its code.\nYou never change code.")
      expect(keeper!.source.promptLine).toBe(5)
      expect(keeper!.source.fields).toMatchObject({ name: 2, title: 3, description: 7, tools: 9 })
    })

    it('prefers whenToUse, then description, then the first sentence of roleDefinition', () => {
      expect(keeper!.description).toBe('Use when the docs drift from the code.')
      expect(keeper!.extensions.shortDescription).toBe('Keeps docs true.')
      expect(planner!.description).toBe('Plans and delegates.')
      expect(bench!.description).toBe('You run the benchmarks and read their numbers.')
      const derived = messages(result, 'description-derived')
      expect(derived).toHaveLength(1)
      expect(derived[0]!.fatal).toBeUndefined()
      expect(derived[0]!.line).toBe(17)
      expect(messages(result, 'description-missing')).toEqual([])
    })

    it('appends customInstructions under their own heading', () => {
      expect(bench!.instructions.text).toBe(
        'You run the benchmarks and read their numbers. Then you report.\n\n# Custom Instructions\n\n## Steps\n1. Run the suite.\n2. Compare with the last run.',
      )
      expect(bench!.instructions.outline.map((s) => s.title)).toEqual(['Custom Instructions', 'Steps'])
    })

    it('maps groups to canonical tools and keeps fileRegex options', () => {
      expect(toolIds(result, 0)).toEqual(['read', 'search', 'glob', 'list', 'write', 'edit'])
      expect(keeper!.extensions.groupOptions).toEqual({ edit: { fileRegex: '\\.mdx?$', description: 'Markdown files only' } })
      expect(keeper!.extensions.source).toBe('project')
      expect(toolIds(result, 1)).toEqual(['read', 'search', 'glob', 'list', 'shell', 'web-fetch', 'mcp:*'])
      expect(toolIds(result, 2)).toEqual(['read', 'search', 'glob', 'list', 'agent'])
      expect(messages(result, 'tools-unknown')).toEqual([])
    })
  })

  it('reads the JSON form', () => {
    const result = compile('roo/team.json')
    expect(errors(result)).toEqual([])
    expect(result.agents.map((a) => [a.name, a.title, a.description])).toEqual([
      ['lint-fixer', 'Lint Fixer', 'Use when the linter fails.'],
      ['reader', 'Reader', 'You answer questions about the code.'],
    ])
    expect(toolIds(result, 0)).toEqual(['read', 'search', 'glob', 'list', 'write', 'edit', 'shell'])
    expect(result.agents[1]!.source.fields.name).toBe(11)
  })

  it('reads a file holding one mode, keeping its other keys', () => {
    const result = compile('roo/one-mode.yaml')
    expect(result.agents).toHaveLength(1)
    const [agent] = result.agents
    expect(agent!.name).toBe('tidy-up')
    expect(agent!.title).toBe('🧹 Tidy Up')
    expect(agent!.description).toBe('Use after a large refactoring.')
    expect(agent!.extensions).toEqual({ category: 'maintenance', version: '2.1' })
    expect(agent!.source.promptLine).toBe(5)
  })

  it('reports a YAML error at its line and column, and gives no agent', () => {
    const result = compile('roo/broken.yaml')
    const [error] = errors(result)
    expect(error?.ruleId).toBe('data-invalid')
    expect(error?.reason).toMatch(/unique/)
    expect([error?.line, error?.column]).toEqual([5, 5])
    expect(result.agents).toEqual([])
    expect(result.outputs).toEqual([])
  })

  it('reports an unresolved alias (errors empty, toJS throws) at the alias', () => {
    const result = compile('roo/alias.yaml')
    const [error] = errors(result)
    expect(error?.ruleId).toBe('data-invalid')
    expect(error?.reason).toMatch(/alias/i)
    expect([error?.line, error?.column]).toEqual([5, 13])
    expect(result.agents).toEqual([])
  })

  it('keeps `__proto__` as plain data', () => {
    const result = compileText('x/.roomodes', 'customModes:\n  - slug: p\n    name: P\n    roleDefinition: You are P.\n    groups: [read]\n    __proto__: { polluted: true }\n')
    const extensions = result.agents[0]!.extensions
    expect(Object.getPrototypeOf(extensions)).toBe(Object.prototype)
    expect(Object.keys(extensions)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('warns about missing groups and repeated slugs', () => {
    const text = [
      'customModes:',
      '  - slug: a',
      '    name: A',
      '    roleDefinition: You are A.',
      '  - slug: a',
      '    name: A again',
      '    roleDefinition: You are A too.',
      '    groups: [read]',
      '  - just a string',
      '',
    ].join('\n')
    const result = compileText('x/.roomodes', text)
    expect(result.agents.map((a) => a.title)).toEqual(['A'])
    expect(result.agents[0]!.tools.mode).toBe('none')
    const warnings = messages(result, 'roo-mode-invalid')
    expect(warnings.map((m) => m.line)).toEqual([2, 5, 9])
    expect(warnings.every((m) => m.fatal === false)).toBe(true)
  })

  it('reports a data file of another shape instead of guessing', () => {
    const result = compile('roo/package.json')
    expect(result.agents).toEqual([])
    expect(messages(result, 'input-skipped')).toHaveLength(1)
    expect(errors(result)).toEqual([])
  })
})

describe('fabric patterns', () => {
  it('takes the name from the pattern folder and the description from IDENTITY', () => {
    const result = compile('fabric/patterns/rank_recipes/system.md')
    const [agent] = result.agents
    expect(agent!.source.dialect).toBe('fabric')
    expect(agent!.name).toBe('rank-recipes')
    expect(agent!.title).toBe('Rank Recipes')
    expect(agent!.description).toBe('You are a careful judge of home recipes.')
    expect(agent!.instructions.text.startsWith('# IDENTITY and PURPOSE\n')).toBe(true)
    expect(agent!.instructions.text.endsWith('INPUT:')).toBe(true)
    expect(agent!.source.promptLine).toBe(1)
    expect(agent!.tools.mode).toBe('none')
    const derived = messages(result, 'description-derived')
    expect(derived.map((m) => [m.line, m.fatal])).toEqual([[3, undefined]])
    expect(result.file.messages.filter((m) => m.fatal === false)).toEqual([])
  })

  it('recognises IDENTITY and OUTPUT sections in a file of any name', () => {
    const result = compile('fabric/loose/sort_socks.md')
    expect(result.agents.map((a) => [a.source.dialect, a.name, a.description])).toEqual([['fabric', 'sort-socks', 'You sort socks into pairs with great care.']])
  })
})

describe('LangGPT roles', () => {
  it('reads an English role', () => {
    const result = compile('langgpt/tea_master.md')
    const [agent] = result.agents
    expect(agent!.source.dialect).toBe('langgpt')
    expect(agent!.name).toBe('tea-master')
    expect(agent!.title).toBe('Tea Master')
    expect(agent!.description).toBe('A tea master who pairs teas with moods. Patient and warm.')
    expect(agent!.source.fields).toMatchObject({ name: 1, description: 8 })
    expect(agent!.instructions.text).toBe(readFileSync(join(FIXTURES, 'langgpt/tea_master.md'), 'utf8').trimEnd())
    expect(result.file.messages.filter((m) => m.fatal === false)).toEqual([])
  })

  it('names a Chinese role after an ASCII file name and keeps the Chinese title', () => {
    const [agent] = compile('langgpt/tea_poet.md').agents
    expect(agent!.name).toBe('tea-poet')
    expect(agent!.title).toBe('茶诗人')
    expect(agent!.description).toBe('为每一杯茶写一首短诗的诗人。')
  })

  it('gives a Chinese role in a Chinese file name a stable hash id, and a description from its first sentence', () => {
    const first = compile('langgpt/茶馆掌柜.md')
    const [agent] = first.agents
    expect(agent!.source.dialect).toBe('langgpt')
    expect(agent!.name).toMatch(/^ai-[0-9a-f]{8}$/)
    expect(compile('langgpt/茶馆掌柜.md').agents[0]!.name).toBe(agent!.name)
    expect(agent!.title).toBe('茶馆掌柜AI分身')
    expect(agent!.description).toBe('你是一位老茶馆的掌柜。')
    expect(messages(first, 'description-derived')[0]?.fatal).toBeUndefined()
  })

  it('reads every role of a catalogue from its code blocks, one agent each', () => {
    const result = compile('langgpt/catalogue/prompts.md')
    expect(result.agents[0]!.name).toBe('brewer')
    expect([result.agents[0]!.description, result.agents[0]!.source.promptLine]).toEqual(['Brews tea by the rules.', 8])
    expect(result.agents.length).toBeGreaterThan(1)
    expect(result.agents.map((a) => a.title)).toContain('Taster')
    const [note] = messages(result, 'langgpt-catalogue')
    expect(note?.reason).toMatch(/Taster/)
    expect(note?.fatal).toBeUndefined()
  })

  it('reads a role written as YAML', () => {
    const result = compile('langgpt/data/tea_role.yaml')
    const [agent] = result.agents
    expect([agent!.source.dialect, agent!.name, agent!.title, agent!.description]).toEqual(['langgpt', 'tea-scholar', 'Tea Scholar', 'Explains the history of tea.'])
    expect(agent!.source.fields).toMatchObject({ name: 2, description: 5 })
    expect(agent!.instructions.text.startsWith('Role:\n  name: Tea Scholar')).toBe(true)
  })
})

describe('finding inputs', () => {
  it('compiles .roomodes and agent-shaped data files; skips package.json and fabric user.md', () => {
    const { files, skipped } = findInputs([FIXTURES])
    const rel = (paths: string[]) => paths.map((p) => p.slice(FIXTURES.length).replace(/\\/g, '/')).sort()
    expect(rel(files)).toContain('roo/.roomodes')
    expect(rel(files)).toContain('roo/team.json')
    expect(rel(files)).toContain('roo/one-mode.yaml')
    expect(rel(files)).toContain('langgpt/data/tea_role.yaml')
    expect(rel(skipped)).toEqual(['fabric/patterns/rank_recipes/user.md', 'roo/package.json'])
  })
})
