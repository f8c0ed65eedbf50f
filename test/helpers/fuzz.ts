/**
 * How the property tests (fast-check) draw their inputs: the one place that
 * decides the seed and the run counts of every `fc.assert`.
 *
 * - Seed: FIXED by default (`DEFAULT_SEED`), so `npm test` draws the same
 *   inputs every time and can never go red by chance. `test/setup.ts` installs
 *   it with `fc.configureGlobal` before each test file (vitest `setupFiles` in
 *   vitest.config.ts), so no `fc.assert` needs to pass it.
 *   `AGENTDEF_FUZZ_SEED=<integer>` draws with another seed; `AGENTDEF_FUZZ_SEED=random`
 *   draws a new seed each run (fast-check's own default), for exploring, not for CI.
 *   On a failure fast-check prints `{ seed, path }` with the shrunk counterexample:
 *   `AGENTDEF_FUZZ_SEED=<seed> npx vitest run <file>` reproduces it; keep the
 *   counterexample as an example-based test once it is understood.
 * - Runs: each property has its default count; `AGENTDEF_FUZZ_RUNS=<n>` sets
 *   every property's count to n (e.g. 5000 for a long local fuzz).
 */

/** The seed `npm test` uses. Any fixed value would do; changing it draws other inputs. */
export const DEFAULT_SEED = 42

/** The seed from `AGENTDEF_FUZZ_SEED` (unset or empty: `DEFAULT_SEED`; `random`: undefined, fast-check picks one). */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env.AGENTDEF_FUZZ_SEED?.trim() ?? ''
  if (value === '') return DEFAULT_SEED
  if (value.toLowerCase() === 'random') return undefined
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new Error(`AGENTDEF_FUZZ_SEED must be an integer or \`random\`, got \`${value}\``)
  }
  return Number(value)
}

/** A property's run count: `byDefault`, or `AGENTDEF_FUZZ_RUNS` when it is set to a positive integer. */
export function fuzzRuns(byDefault: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = env.AGENTDEF_FUZZ_RUNS?.trim() ?? ''
  if (value === '') return byDefault
  const runs = Number(value)
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`AGENTDEF_FUZZ_RUNS must be a positive integer, got \`${value}\``)
  return runs
}
