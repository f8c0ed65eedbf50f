/**
 * Runs before every test file (vitest `setupFiles`, see vitest.config.ts).
 * fast-check draws from a fixed seed unless AGENTDEF_FUZZ_SEED says otherwise:
 * see test/helpers/fuzz.ts.
 */
import fc from 'fast-check'
import { fuzzSeed } from './helpers/fuzz.js'

const seed = fuzzSeed()
fc.configureGlobal({ ...fc.readConfigureGlobal(), ...(seed === undefined ? {} : { seed }) })
