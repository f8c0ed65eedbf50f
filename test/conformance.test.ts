/**
 * The conformance suite: one folder per case under `test/conformance/`, data not
 * code. Each holds `input/` (one source file, at the path a dialect may need:
 * `.opencode/agent/x.md`, `x.agent.md`, `.roomodes`…), an optional `options.json`
 * (`lang`, `targets`, `modelMap`, `model`, `toolMap`) and `expected/`: the model
 * (`model.json`), every output (`<target>/<name>.<ext>`, or the one file of a target that
 * gathers the case's agents: `roo/.roomodes`) and every diagnostic
 * (`diagnostics.txt`, notes included), as the compiler gives them today.
 *
 * A change in behaviour shows as a diff of these files, to be read and accepted:
 * `npx vitest run test/conformance.test.ts -u` rewrites them. Every output is also
 * checked by its target's validator (scripts/validate.mjs), so an accepted diff can
 * never be an invalid file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compileSource, DEFAULT_OPTIONS, diagnosticsOf, formatDiagnostic, toToolMap, type CompileOptions } from '../src/internal.js'
import { validateOutput } from './helpers/validate.js'

const CASES = fileURLToPath(new URL('./conformance/', import.meta.url))

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort()
}

function optionsOf(dir: string): CompileOptions {
  const path = join(dir, 'options.json')
  if (!existsSync(path)) return DEFAULT_OPTIONS
  const { toolMap, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as Partial<CompileOptions> & { toolMap?: Record<string, string | string[]> }
  return { ...DEFAULT_OPTIONS, ...rest, ...(toolMap ? { toolMap: toToolMap(toolMap) } : {}) }
}

const cases = readdirSync(CASES).filter((name) => statSync(join(CASES, name)).isDirectory()).sort()

describe('conformance', () => {
  it('has cases, each with exactly one input file', () => {
    expect(cases.length).toBeGreaterThan(10)
    for (const name of cases) expect(filesUnder(join(CASES, name, 'input')), name).toHaveLength(1)
  })

  it.each(cases)('%s', async (name) => {
    const dir = join(CASES, name)
    const [input] = filesUnder(join(dir, 'input'))
    const result = compileSource(input!, readFileSync(join(dir, 'input', input!)), optionsOf(dir))
    const expected: string[] = []
    const match = async (file: string, text: string) => {
      expected.push(file)
      await expect(text).toMatchFileSnapshot(join(dir, 'expected', file))
    }
    await match('model.json', JSON.stringify(result.agents, null, 2) + '\n')
    for (const output of result.outputs) {
      // A target that gathers agents into one file (Roo's `.roomodes`) gives each agent of the case that file, whole.
      if (expected.includes(output.path)) {
        expect(output.content, output.path).toBe(result.outputs.find((o) => o.path === output.path)!.content)
        continue
      }
      expect(validateOutput(output), output.path).toEqual([])
      await match(output.path, output.content)
    }
    await match('diagnostics.txt', diagnosticsOf(result.file).map(formatDiagnostic).join('\n') + '\n')
    // An expected file the compiler no longer produces is stale: delete it with the change that removed it.
    const stale = filesUnder(join(dir, 'expected')).filter((f) => !expected.includes(f))
    expect(stale, `stale files in ${relative(CASES, dir)}/expected`).toEqual([])
  })
})
