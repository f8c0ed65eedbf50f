#!/usr/bin/env node
/**
 * The command line as one file: `dist/cli.js`, as tsc wrote it, bundled with every
 * module it imports (esbuild) into `dist/cli.js`, which the bin runs. Node 20 spent
 * ~300 ms resolving and loading the ~400 modules of the unbundled CLI before a
 * one-file `convert` did anything (issue 11: ≤ 2× a bare `node` start); one file
 * loads in a fraction of that, and V8 compiles a function only when it first runs.
 *
 * The library (`dist/index.js`) and the worker threads' module stay unbundled.
 * Kept out of the bundle: the packages the code loads only for input that needs them
 * (`require`d when first used: transliteration tables, colour conversion), so that
 * they still cost nothing otherwise. The paths of the package's own files are made
 * by src/installation.ts, which sits at the top of `dist/` as the bundle does.
 * tsc's source maps are carried through, so a stack trace names the TypeScript source.
 *
 *   node scripts/bundle.mjs        (run by `npm run build`, after tsc)
 */
import { buildSync } from 'esbuild'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const entry = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const MARK = '// agentdef: bundled by scripts/bundle.mjs'

// Bundled already (tsc writes the file again whenever it compiles): nothing to do.
if (readFileSync(entry, 'utf8').split('\n', 3).includes(MARK)) process.exit(0)

buildSync({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The ES module builds of dual packages (jsonc-parser's UMD build requires its own files by computed paths).
  mainFields: ['module', 'main'],
  external: ['pinyin-pro', 'transliteration', 'culori'],
  // CommonJS packages in the bundle (handlebars) call `require` for Node's modules: an ES module has none.
  banner: { js: `${MARK}\nimport { createRequire as __agentdefRequire } from 'node:module'\nconst require = __agentdefRequire(import.meta.url)` },
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'error',
})
