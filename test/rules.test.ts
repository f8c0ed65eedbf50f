/**
 * The message catalogue (src/diagnostics/catalogue.ts): `agentdef rules` and
 * `agentdef lint --rules` list it, the README's table of rules is the same list,
 * and a report's data must have its rule's shape (checked by `npm run typecheck`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { catalogue, messageText, rules, type RuleId } from '../src/diagnostics/catalogue.js'
import { report } from '../src/diagnostics/report.js'
import { diagnosticsOf } from '../src/internal.js'
import { run } from './helpers/cli.js'
import { ROOT } from './helpers/paths.js'

const IDS = Object.keys(catalogue) as RuleId[]

describe('agentdef rules', () => {
  it('lists every rule of the catalogue, in its order, with severity and explanation', () => {
    const result = run(ROOT, 'rules')
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(IDS)
    expect(lines.find((line) => line.startsWith('tools-unknown '))).toMatch(/^tools-unknown +warning +A tool name is not in the vocabulary of its dialect; it was kept as written\.$/)
    // A severity the data decides: each one it can give.
    expect(lines.find((line) => line.startsWith('langgpt-catalogue '))).toMatch(/^langgpt-catalogue +warning\|info +/)
    expect(lines.find((line) => line.startsWith('output-stale '))).toMatch(/^output-stale +error\|warning +/)
  })

  it('is what `lint --rules` prints, and as JSON the same rows', () => {
    const pretty = run(ROOT, 'rules').stdout
    expect(run(ROOT, 'lint', '--rules')).toEqual({ status: 0, stdout: pretty, stderr: '' })
    const json = JSON.parse(run(ROOT, 'rules', '--format', 'json').stdout) as { rules: { id: string; severity: string; explanation: string }[] }
    expect(json.rules.map((r) => r.id)).toEqual(IDS)
    expect(json.rules.map((r) => r.explanation)).toEqual(IDS.map((id) => rules[id]))
  })

  it('includes the command line errors', () => {
    expect(IDS).toEqual(expect.arrayContaining(['config-invalid', 'usage-invalid']))
    expect(messageText('usage-invalid', { oneTarget: true })).toBe('--to takes exactly one target')
  })
})

describe('the README', () => {
  it('lists every rule of the catalogue with its severity and explanation, in the same order', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| ((?:error|warning|info)(?:\\\|(?:error|warning|info))*) \| (.*) \|$/gm)].map((m) => ({
      id: m[1],
      severity: m[2]!.replaceAll('\\|', '|'),
      explanation: m[3],
    }))
    const listed = run(ROOT, 'rules', '--format', 'json').stdout
    expect(rows).toEqual((JSON.parse(listed) as { rules: unknown[] }).rules)
  })
})

describe('report', () => {
  it('takes the severity and the text from the catalogue, the severity from the data where it varies', () => {
    const file = new VFile({ path: 'a.md', value: '' })
    report(file, 'tools-unknown', { raw: 'Frobnicate' })
    report(file, 'langgpt-catalogue', { names: ['A', 'B'], lost: false })
    report(file, 'langgpt-catalogue', { names: ['A'], outside: { lines: 2, first: 9 }, lost: true })
    expect(diagnosticsOf(file).map((d) => `${d.severity}: ${d.message} (${d.rule})`)).toEqual([
      'warning: Unknown tool `Frobnicate`; kept as written (--tool-map reads it as a known tool) (tools-unknown)',
      'info: The file lists 2 LangGPT role(s) in code blocks; each is an agent: `A`, `B` (langgpt-catalogue)',
      'warning: The file lists 1 LangGPT role(s) in code blocks; each is an agent: `A`; the 2 line(s) of text outside the blocks (the first at line 9) belong to no role and were left out (langgpt-catalogue)',
    ])
  })

  it('refuses data of the wrong shape at compile time', () => {
    // Never called: `npm run typecheck` fails if these type-check.
    const wrong = (file: VFile) => {
      // @ts-expect-error -- `tools-unknown` is written from `{ raw }`
      report(file, 'tools-unknown', { key: 'x' })
      // @ts-expect-error -- `yaml-key-case` needs the canonical key too
      report(file, 'yaml-key-case', { key: 'Name' })
      // @ts-expect-error -- not a rule of the catalogue
      report(file, 'no-such-rule', {})
    }
    expect(wrong).toBeTypeOf('function')
  })
})
