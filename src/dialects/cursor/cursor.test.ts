/** Cursor rules (`.mdc`), on invented fixtures under test/fixtures/dialects/cursor/. */
import { describe, expect, it } from 'vitest'
import { globsOf } from './read.js'
import { compileOne as compile } from '../../../test/helpers/dialects.js'

describe('Cursor rules', () => {
  it('reads a .mdc rule: file name, description, globs as file triggers', () => {
    const { agent, rules } = compile('cursor/svelte-style.mdc')
    expect(agent.source.dialect).toBe('cursor')
    expect(agent.name).toBe('svelte-style')
    expect(agent.description).toBe('Style rules for Svelte components and their tests')
    expect(agent.triggers).toEqual([
      { kind: 'file', value: 'src/**/*.{ts,svelte}' },
      { kind: 'file', value: 'tests/**/*.ts' },
    ])
    expect(agent.tools).toEqual({ mode: 'all', items: [] })
    expect(agent.model).toBeUndefined()
    expect(agent.extensions).toEqual({ alwaysApply: false })
    expect(agent.instructions.text.startsWith('- Keep components')).toBe(true)
    expect(rules).not.toContain('name-missing')
  })

  it('reads `globs: **/*.sh`, which is not valid YAML, as the glob it means', () => {
    const { agent, rules } = compile('cursor/shell-scripts.mdc')
    expect(agent.source.dialect).toBe('cursor')
    expect(agent.name).toBe('shell-scripts')
    expect(agent.triggers).toEqual([{ kind: 'file', value: '**/*.sh' }])
    expect(agent.extensions).toEqual({ alwaysApply: true })
    expect(rules).toContain('yaml-alias-value')
  })

  it('reads globs as a list; without a description, the prompt gives one', () => {
    const { agent, rules } = compile('cursor/sql-naming.mdc')
    expect(agent.name).toBe('sql-naming')
    expect(agent.triggers.map((t) => t.value)).toEqual(['db/**/*.sql', 'migrations/*.sql'])
    expect(agent.description).toBe('Use snake_case for tables and columns.')
    expect(rules).toContain('description-missing')
  })

  it('splits globs on commas outside braces', () => {
    expect(globsOf('a/**/*.{js,ts}, b/*.md,c')).toEqual(['a/**/*.{js,ts}', 'b/*.md', 'c'])
    expect(globsOf(['x/*.py', 'y/*.py, z/*.py', 3])).toEqual(['x/*.py', 'y/*.py', 'z/*.py'])
    expect(globsOf(undefined)).toEqual([])
  })
})
