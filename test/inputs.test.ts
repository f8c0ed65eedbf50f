/** Input discovery over the dialect fixtures: which files are compiled, which skipped with a note. */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findInputs } from '../src/index.js'

const FIXTURES = fileURLToPath(new URL('fixtures/dialects-other/', import.meta.url))

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
