/** The library's functions on their own (issue 10): defaults, plain results, bad input in the results, bad options thrown. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, compile, readAgent, rules, targets, agentSchema, configSchema } from '../src/index.js'
import { tempProject } from './helpers/cli.js'

const source = '---\nname: reviewer\ndescription: Reviews a change.\ntools: Read, Frobnicate\n---\n\nYou review the change, carefully and well.\n'

describe('compile', () => {
  it('writes every built-in target by default, and plain objects only', () => {
    const result = compile(source)
    expect(result.outputs.map((o) => o.target)).toEqual(targets.map((t) => t.id))
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
    // One fact for several targets is one message naming them.
    const dropped = result.diagnostics.filter((d) => d.rule === 'target-dropped' && d.severity === 'warning')
    expect(dropped.some((d) => (d.targets?.length ?? 0) > 1)).toBe(true)
  })

  it('reads bytes, and a dialect by the name given', () => {
    const toml = 'name = "r"\ndescription = "Reviews."\ndeveloper_instructions = "You review the change, carefully."\n'
    const result = compile(new TextEncoder().encode(toml), { path: 'r.toml', targets: ['claude'] })
    expect(result.agents[0]?.source.dialect).toBe('codex')
  })

  it('bad input is in the result, a bad option is thrown', () => {
    const empty = compile('', { targets: ['claude'] })
    expect(empty.outputs).toEqual([])
    expect(empty.diagnostics).toEqual([expect.objectContaining({ rule: 'file-empty', severity: 'error', line: 1, column: 1 })])
    expect(() => compile(source, { targets: ['nope'] })).toThrow(/unknown target `nope`/)
    expect(compile(source, { targets: ['claude'], rules: { 'tools-unknown': 'off' } }).diagnostics.map((d) => d.rule)).not.toContain('tools-unknown')
  })
})

describe('build and readAgent', () => {
  it('build resolves to the report; check finds nothing out of date after it; write: false is a lint', async () => {
    const dir = tempProject({ 'agents/reviewer.md': source })
    const report = await build({ cwd: dir, targets: ['claude', 'opencode'] })
    expect(report.command).toBe('build')
    expect(report.totals).toMatchObject({ files: 1, compiled: 1, written: 2, errors: 0 })
    const check = await build({ cwd: dir, targets: ['claude', 'opencode'], check: true })
    expect(check.totals).toMatchObject({ outOfDate: 0, unchanged: 2 })
    const lint = await build({ cwd: dir, write: false })
    expect(lint.command).toBe('lint')
    expect(lint.totals.written).toBe(0)
  })

  it('readAgent reads one file into the model; an unreadable file is a diagnostic', async () => {
    const dir = tempProject({ 'a.md': source })
    const read = await readAgent(join(dir, 'a.md'))
    expect(read.agents.map((a) => a.name)).toEqual(['reviewer'])
    mkdirSync(join(dir, 'folder'))
    writeFileSync(join(dir, 'folder/x'), '')
    const missing = await readAgent(join(dir, 'folder'))
    expect(missing.agents).toEqual([])
    expect(missing.diagnostics[0]).toMatchObject({ rule: 'file-read', severity: 'error' })
  })

  it('the registries and schemas are plain data', () => {
    expect(rules.map((r) => r.id)).toContain('target-dropped')
    expect(agentSchema).toHaveProperty('$schema')
    expect(configSchema).toHaveProperty('properties.rules')
  })
})
