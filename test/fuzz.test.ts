/**
 * Property-based tests: whatever the input, compileSource returns (never throws),
 * never reports a bug of its own (`internal-error`, `target-invalid`), and every
 * output it gives is valid for its strictest reader; outputs are deterministic,
 * and compiling a Claude output again gives the same Claude output.
 *
 * The seed is fixed (AGENTDEF_FUZZ_SEED changes it) and AGENTDEF_FUZZ_RUNS sets
 * the run counts: see test/helpers/fuzz.ts. On a failure fast-check prints the
 * seed and path with the shrunk counterexample: rerun with them.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diagnosticsOf, formatDiagnostic } from '../src/internal.js'
import {
  agentFile,
  bytesOf,
  claudeFile,
  compile,
  compileOptions,
  expectNoProblems,
  headingFile,
  mutate,
  mutations,
  plainFile,
  realFiles,
  resultProblems,
  type SourceFile,
} from './helpers/arbitraries.js'
import { DEFAULT_SEED, fuzzRuns, fuzzSeed } from './helpers/fuzz.js'

const RUNS = fuzzRuns(250)

const real = realFiles()
const realFile: fc.Arbitrary<SourceFile> = fc.constantFrom(...real)

/** Files to mutate: generated ones and real ones. */
const baseFile: fc.Arbitrary<SourceFile> = fc.oneof({ weight: 3, arbitrary: agentFile }, { weight: 2, arbitrary: realFile })

/** An input of any kind, as bytes: generated, mutated, real, or random bytes. */
const anyInput: fc.Arbitrary<{ path: string; bytes: Uint8Array }> = fc.oneof(
  { weight: 3, arbitrary: agentFile.map((f) => ({ path: f.path, bytes: bytesOf(f) })) },
  { weight: 3, arbitrary: fc.tuple(baseFile, mutations).map(([f, m]) => ({ path: f.path, bytes: mutate(f.text, m) })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ path: 'random.md', bytes })) },
)

function diagnosticsText(result: ReturnType<typeof compile>): string[] {
  return diagnosticsOf(result.file).map(formatDiagnostic)
}

describe('fuzz: compileSource', () => {
  it('never throws and never reports a bug of its own, on generated files', () => {
    fc.assert(
      fc.property(agentFile, compileOptions, (file, options) => {
        const bytes = bytesOf(file)
        const result = compile(file.path, bytes, options)
        expectNoProblems(resultProblems(result), file.path, bytes, result)
      }),
      { numRuns: RUNS },
    )
  })

  it('compiles every file a strict YAML reader accepts without an error (Claude, heading, plain)', () => {
    fc.assert(
      fc.property(fc.oneof(claudeFile, headingFile, plainFile), (file) => {
        const bytes = bytesOf(file)
        const result = compile(file.path, bytes)
        const problems = resultProblems(result)
        for (const m of result.file.messages) if (m.fatal === true) problems.push(`error on a valid file: ${m.ruleId}: ${m.reason}`)
        expectNoProblems(problems, file.path, bytes, result)
      }),
      { numRuns: RUNS },
    )
  })

  it('survives mutated files (deleted, duplicated, swapped lines, random bytes, CRLF, BOM, truncation…)', () => {
    fc.assert(
      fc.property(baseFile, mutations, compileOptions, (file, muts, options) => {
        const bytes = mutate(file.text, muts)
        const result = compile(file.path, bytes, options)
        expectNoProblems(resultProblems(result), file.path, bytes, result)
      }),
      { numRuns: RUNS },
    )
  })

  it('survives random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('x.md', 'x.txt', 'x.mdc'), (bytes, path) => {
        const result = compile(path, bytes)
        expectNoProblems(resultProblems(result), path, bytes, result)
      }),
      { numRuns: RUNS },
    )
  })

  it('is deterministic: same input, same bytes and the same diagnostics, whatever was compiled in between', () => {
    // Three compiles a run: fewer runs keep the file quick.
    fc.assert(
      fc.property(anyInput, agentFile, compileOptions, (a, other, options) => {
        const b = { path: other.path, bytes: bytesOf(other) }
        const first = compile(a.path, a.bytes, options)
        compile(b.path, b.bytes, options)
        const again = compile(a.path, a.bytes, options)
        const problems: string[] = []
        const outputs = (r: typeof first) => JSON.stringify(r.outputs)
        if (outputs(first) !== outputs(again)) problems.push(`outputs differ:\n${outputs(first)}\n${outputs(again)}`)
        const d1 = diagnosticsText(first).join('\n')
        const d2 = diagnosticsText(again).join('\n')
        if (d1 !== d2) problems.push(`diagnostics differ:\n${d1}\n---\n${d2}`)
        expectNoProblems(problems, a.path, a.bytes, first)
      }),
      { numRuns: RUNS },
    )
  })

  it('is idempotent: a Claude output compiled again gives the same Claude output', () => {
    const input = fc.oneof(
      { weight: 3, arbitrary: agentFile.map((f) => ({ path: f.path, bytes: bytesOf(f) })) },
      { weight: 2, arbitrary: fc.tuple(baseFile, mutations).map(([f, m]) => ({ path: f.path, bytes: mutate(f.text, m) })) },
    )
    fc.assert(
      fc.property(input, compileOptions, ({ path, bytes }, options) => {
        const first = compile(path, bytes, options)
        if (first.file.messages.some((m) => m.fatal === true)) return
        for (const output of first.outputs.filter((o) => o.target === 'claude')) {
          const outBytes = Buffer.from(output.content, 'utf8')
          const second = compile(output.path, outBytes, options)
          const problems = resultProblems(second)
          const again = second.outputs.find((o) => o.target === 'claude' && o.agent === output.agent)
          if (!again) problems.push(`compiling the Claude output again gave no Claude output for ${output.agent}`)
          else if (again.content !== output.content) {
            problems.push(`Claude output changed on a second compile:\n--- first\n${output.content}\n--- second\n${again.content}`)
          }
          expectNoProblems(problems, path, bytes, second)
        }
      }),
      { numRuns: RUNS },
    )
  })
})

describe('fuzz: the draw (test/setup.ts, test/helpers/fuzz.ts)', () => {
  it('uses a fixed seed unless AGENTDEF_FUZZ_SEED says otherwise; AGENTDEF_FUZZ_RUNS sets the run counts', () => {
    expect(fc.readConfigureGlobal().seed).toBe(fuzzSeed())
    expect(fuzzSeed({})).toBe(DEFAULT_SEED)
    expect(fuzzSeed({ AGENTDEF_FUZZ_SEED: '' })).toBe(DEFAULT_SEED)
    expect(fuzzSeed({ AGENTDEF_FUZZ_SEED: '-1834574357' })).toBe(-1834574357)
    expect(fuzzSeed({ AGENTDEF_FUZZ_SEED: 'random' })).toBeUndefined()
    expect(() => fuzzSeed({ AGENTDEF_FUZZ_SEED: 'forty-two' })).toThrow(/AGENTDEF_FUZZ_SEED/)
    expect(fuzzRuns(250, {})).toBe(250)
    expect(fuzzRuns(250, { AGENTDEF_FUZZ_RUNS: '5000' })).toBe(5000)
    expect(() => fuzzRuns(250, { AGENTDEF_FUZZ_RUNS: 'lots' })).toThrow(/AGENTDEF_FUZZ_RUNS/)
  })

  it.skipIf(fuzzSeed() === undefined)('draws the same inputs on every run', () => {
    expect(fc.sample(agentFile, 5)).toEqual(fc.sample(agentFile, 5))
  })
})
