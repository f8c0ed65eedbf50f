import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Before every test file: fast-check draws from a fixed seed (AGENTDEF_FUZZ_SEED to change it), see test/helpers/fuzz.ts.
    setupFiles: ['test/setup.ts'],
    // Each test file in its own child process (vitest's default, stated because the
    // in-process CLI runs of test/helpers/cli.ts change the working directory, which
    // worker threads refuse), in a fresh module graph (isolate, the default).
    pool: 'forks',
    testTimeout: 60_000,
  },
})
