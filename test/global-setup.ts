/**
 * Once, before any test file: `dist/` built from the current sources (tsc and the CLI
 * bundle) when it is older than them. The test files that run the built CLI each call
 * `ensureBuilt` too, which then finds it fresh; without this, several of them would
 * build at once, each within one hook's timeout.
 */
import { ensureBuilt } from './helpers/cli.js'

export default function setup(): void {
  ensureBuilt()
}
