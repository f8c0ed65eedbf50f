import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Before every test file: fast-check draws from a fixed seed (AGENTDEF_FUZZ_SEED to change it), see test/helpers/fuzz.ts.
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
})
