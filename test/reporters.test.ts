/**
 * The report in each format (issue 10): `lint` of a fixture folder rendered as
 * pretty, JSON, GitHub annotations and SARIF, each compared with its expected file
 * (test/fixtures/report/expected/; `npx vitest run test/reporters.test.ts -u`
 * rewrites them: review the diff). SARIF validated against the published 2.1.0
 * schema; the GitHub format read back line by line.
 */
import { createRequire } from 'node:module'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run, tempProject } from './helpers/cli.js'
import { ROOT, SHARED } from './helpers/paths.js'
import { progressLine } from '../src/command-line/progress.js'

const FIXTURE = join(ROOT, 'test/fixtures/report')
const expected = (name: string) => join(FIXTURE, 'expected', name)

function lint(...args: string[]) {
  // A copy, so that the paths are the same wherever the repository is.
  const dir = mkdtempSync(join(tmpdir(), 'agentdef-report-'))
  cpSync(join(FIXTURE, 'agents'), join(dir, 'agents'), { recursive: true })
  return run(dir, 'lint', 'agents', ...args)
}

interface JsonReport {
  files: { path: string; messages: { rule: string; severity: string; message: string; line: number; column: number; endLine?: number; endColumn?: number; targets?: string[] }[] }[]
  totals: { errors: number; warnings: number; infos: number }
}

describe('each format, on the fixture folder', () => {
  it('pretty: grouped by file, one fact for several targets said once, the summary by rule', async () => {
    const result = lint()
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    await expect(result.stderr).toMatchFileSnapshot(expected('lint.pretty.txt'))
    await expect(lint('--verbose').stderr).toMatchFileSnapshot(expected('lint.verbose.txt'))
  })

  it('json: one shape, the same counts as the summary', async () => {
    const result = lint('--format', 'json')
    expect(result.stderr).toBe('')
    await expect(result.stdout).toMatchFileSnapshot(expected('lint.json'))
    const report = JSON.parse(result.stdout) as JsonReport
    const messages = report.files.flatMap((f) => f.messages)
    expect(report.totals.errors).toBe(messages.filter((m) => m.severity === 'error').length)
    expect(report.totals.warnings).toBe(messages.filter((m) => m.severity === 'warning').length)
    // The model left out for four targets is one message naming them.
    expect(messages.filter((m) => m.rule === 'target-dropped' && m.line === 4)).toEqual([
      expect.objectContaining({ severity: 'warning', targets: ['claude', 'qwen', 'kiro', 'gemini'] }),
      expect.objectContaining({ severity: 'info', targets: ['copilot', 'roo'] }),
    ])
  })

  it('github: each line an annotation GitHub reads, which decodes to the JSON report', async () => {
    const result = lint('--format', 'github')
    await expect(result.stdout).toMatchFileSnapshot(expected('lint.github.txt'))
    const report = JSON.parse(lint('--format', 'json').stdout) as JsonReport
    const shown = report.files.flatMap((f) => f.messages.filter((m) => m.severity !== 'info').map((m) => ({ ...m, path: f.path })))
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(shown.length)
    const decode = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
    lines.forEach((line, i) => {
      const m = /^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$/.exec(line)
      expect(m, line).not.toBeNull()
      const properties = Object.fromEntries(m![2]!.split(',').map((p) => p.split('=') as [string, string]).map(([k, v]) => [k, decode(v)]))
      const want = shown[i]!
      expect(m![1]).toBe(want.severity)
      expect(properties).toEqual({ file: want.path, line: String(want.line), col: String(want.column), ...(want.endLine ? { endLine: String(want.endLine), endColumn: String(want.endColumn) } : {}), title: `agentdef ${want.rule}` })
      expect(decode(m![3]!)).toBe(want.message)
    })
  })

  it('github: a message or a path with a newline, a comma or a colon stays one annotation; an escape sequence is written as text', () => {
    const dir = tempProject({ 'agents/a,b:c\n.md': '---\nname: a\ndescription: "Line one\\nline two: 100%"\ntools: "Frob\\x1b[2Jnicate"\n---\n\nYou do a.\n' })
    const result = run(dir, 'lint', 'agents', '--format', 'github', '--target', 'claude')
    expect(result.stdout).not.toContain('\x1b')
    expect(result.stdout).toContain('Frob\\x1b[2Jnicate')
    for (const line of result.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::warning file=agents\/a%2Cb%3Ac%0A\.md,line=\d+,col=\d+[^:]*::[^\n]*$/)
  })

  it('sarif: validates against the SARIF 2.1.0 schema, a result for each message shown', async () => {
    const result = lint('--format', 'sarif')
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
    // The driver's version is agentdef's: the expected file holds a placeholder, so that a release changes nothing here.
    await expect(result.stdout.replace(`"version": "${version}"`, '"version": "<agentdef version>"')).toMatchFileSnapshot(expected('lint.sarif.json'))
    const log = JSON.parse(result.stdout) as { runs: { results: { ruleId: string; ruleIndex: number; level: string }[]; tool: { driver: { rules: { id: string }[] } } }[] }
    expect(validateSarif(log)).toEqual([])
    const report = JSON.parse(lint('--format', 'json').stdout) as JsonReport
    expect(log.runs[0]!.results).toHaveLength(report.totals.errors + report.totals.warnings)
    const driver = log.runs[0]!.tool.driver
    for (const r of log.runs[0]!.results) expect(driver.rules[r.ruleIndex]!.id).toBe(r.ruleId)
  })
})

/** The published SARIF 2.1.0 schema (draft-04), as @microsoft/jest-sarif ships it, read with the ajv it ships with (ajv 8 reads no draft-04). */
function validateSarif(log: unknown): string[] {
  const require = createRequire(import.meta.url)
  const base = dirname(require.resolve('@microsoft/jest-sarif/package.json'))
  const local = createRequire(join(base, 'package.json'))
  const Ajv = local('ajv') as new (options: object) => { addMetaSchema(s: object): void; validate(s: object, d: unknown): boolean; errors?: { dataPath: string; message: string }[] }
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true })
  ajv.addMetaSchema(local('ajv/lib/refs/json-schema-draft-04.json') as object)
  const schema = JSON.parse(readFileSync(join(base, 'lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object
  return ajv.validate(schema, log) ? [] : (ajv.errors ?? []).map((e) => `${e.dataPath} ${e.message}`)
}

describe.runIf(existsSync(join(SHARED, 'corpus/github__awesome-copilot')))('on a corpus collection (224 files, thousands of messages)', () => {
  it('the summary fits a screen, and no progress line goes into a pipe', () => {
    const result = run(SHARED, 'lint', 'corpus/github__awesome-copilot')
    expect(result.stderr).not.toMatch(/\r|\x1b/)
    const summary = result.stderr.slice(result.stderr.lastIndexOf('\n\n') + 2).trimEnd().split('\n')
    expect(summary[0]).toMatch(/^\d+ files checked, \d+ errors, \d+ warnings$/)
    expect(summary.length).toBeLessThanOrEqual(12)
  }, 60_000)
})

describe('the config\'s rules', () => {
  const warned = '---\nname: a\ndescription: Does a.\ntools: Frobnicate\n---\n\nYou do a, carefully and well.\n'
  it('turns a rule off, or raises a warning to an error, in every format and the exit status', () => {
    const dir = tempProject({ 'agents/a.md': warned, 'agentdef.config.json': JSON.stringify({ rules: { 'tools-unknown': 'error', 'target-dropped': 'off' } }) })
    const result = run(dir, 'lint', '--format', 'json')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report.files[0]!.messages.filter((m) => m.severity !== 'info').map((m) => [m.rule, m.severity])).toEqual([['tools-unknown', 'error']])
    expect(report.files[0]!.messages.map((m) => m.rule)).not.toContain('target-dropped')
    writeFileSync(join(dir, 'agentdef.config.json'), JSON.stringify({ rules: { 'tools-unknown': 'off', 'target-dropped': 'info' } }))
    expect(run(dir, 'lint', '--strict').status).toBe(0)
  })

  it('the shipped config schema lists every rule of the catalogue, in its order', async () => {
    const { catalogue } = await import('../src/diagnostics/catalogue.js')
    const schema = JSON.parse(readFileSync(join(ROOT, 'src/config/config.schema.json'), 'utf8')) as { properties: { rules: { propertyNames: { enum: string[] } } } }
    expect(schema.properties.rules.propertyNames.enum).toEqual(Object.keys(catalogue))
  })

  it('cannot lower a rule that is always an error, nor name an unknown rule', () => {
    const dir = tempProject({ 'agents/a.md': warned, 'agentdef.config.json': JSON.stringify({ rules: { 'file-empty': 'warning' } }) })
    const lowered = run(dir, 'lint')
    expect(lowered.status).toBe(2)
    expect(lowered.stderr).toContain('rules.file-empty')
    writeFileSync(join(dir, 'agentdef.config.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }))
    expect(run(dir, 'lint').stderr).toContain('rules.no-such-rule')
  })
})

describe('the progress line', () => {
  const terminal = () => {
    let text = ''
    return { stream: { isTTY: true, columns: 40, write: (s: string) => ((text += s), true) }, text: () => text }
  }
  it('is drawn on a terminal after a second, at most ten times a second, and erased at the end', () => {
    const t = terminal()
    let clock = 0
    const progress = progressLine({ stdout: t.stream, stderr: t.stream, env: {} }, () => clock)!
    progress.update(0, 3, 'agents/a.md')
    expect(t.text()).toBe('')
    clock = 1500
    progress.update(1, 3, 'agents/b.md')
    clock = 1550
    progress.update(2, 3, 'agents/c.md')
    progress.end()
    expect(t.text()).toBe('\r\x1b[2KCompiling 2/3 agents/b.md\r\x1b[2K')
  })

  it('is never drawn in CI, into a pipe, or on a dumb terminal', () => {
    const t = terminal()
    expect(progressLine({ stdout: t.stream, stderr: t.stream, env: { CI: 'true' } })).toBeUndefined()
    expect(progressLine({ stdout: t.stream, stderr: t.stream, env: { TERM: 'dumb' } })).toBeUndefined()
    expect(progressLine({ stdout: t.stream, stderr: { write: () => true }, env: {} })).toBeUndefined()
  })
})
