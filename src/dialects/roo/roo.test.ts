/** Roo Code modes (`.roomodes`, one-mode YAML, JSON), on fixtures written for the project (test/fixtures/dialects-other/roo/). */
import { describe, expect, it } from 'vitest'
import { compileOther as compile, compileBytes as compileText, messagesOf as messages, errorsOf as errors, toolIdsAt as toolIds } from '../../../test/helpers/dialects.js'

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
