import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Suites of the whole in test/; each dialect's and target's own tests beside it in src/.
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
