import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Suites of the whole in test/; each dialect's and target's own tests beside it in src/.
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Before every test file: fast-check draws from a fixed seed (AGENTDEF_FUZZ_SEED to change it), see test/helpers/fuzz.ts.
    setupFiles: ['test/setup.ts'],
    // Before the test files: the built CLI fresh (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // Each test file in its own child process (vitest's default, stated because the
    // in-process CLI runs of test/helpers/cli.ts change the working directory, which
    // worker threads refuse), in a fresh module graph (isolate, the default).
    pool: 'forks',
    // vitest leaves a core to its main process, which on two cores means one worker
    // and every file in turn; the main process is mostly idle, so use both.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    // A hook that rebuilds dist/ (ensureBuilt, when the sources changed during a run) takes longer than the default 10 s on a loaded machine.
    hookTimeout: 120_000,
  },
})
