#!/usr/bin/env node
/**
 * The command line as one file: `dist/cli.bundle.cjs`, the modules tsc wrote from
 * `dist/command-line/run.js` on, bundled by esbuild; the bin (`dist/cli.cjs`, the
 * launcher src/cli.ts bundled apart) runs it through V8's code cache
 * (src/installation/code-cache.ts). Both are CommonJS: Node 20 starts a CommonJS
 * program ~7 ms sooner than an ES module one, and every module it loads through its
 * ES module loader costs a few more.
 * Node 20 spent ~300 ms resolving and loading the ~400 modules of the unbundled CLI
 * before a one-file `convert` did anything (issue 11: ≤ 2× a bare `node` start), then
 * ~60 ms decoding and compiling the ES module bundle; a CommonJS file can be run as a
 * `vm.Script` with a code cache (an ES module cannot on Node 20), and minified it is
 * half the text to read and hash.
 *
 * The library (`dist/index.js`) and the worker threads' module stay unbundled.
 * Kept out of the bundle: the packages the code loads only for input that needs them
 * (src/installation/on-first-use.ts: transliteration tables, colour conversion), so
 * that they still cost nothing otherwise; the launcher runs them through the code
 * cache too. The paths of the package's own files are made
 * by src/installation/paths.ts, which sits at the top of `dist/` as the bundle does
 * (`import.meta.url` is the bundle's URL). tsc's source maps are carried through, so
 * a stack trace names the TypeScript source.
 *
 *   node scripts/bundle.mjs        (run by `npm run build`, after tsc)
 */
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ON_FIRST_USE } from '../dist/installation/on-first-use.js'

const dist = (path) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url))

/** What both files share: CommonJS for Node 20, minified, tsc's source maps carried through. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: process.env.NO_MINIFY ? false : true,
  // A CommonJS file has no `import.meta`: its URL is made from the file's name.
  define: { 'import.meta.url': '__agentdefUrl' },
  banner: { js: "var __agentdefUrl=require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'error',
}

// The launcher: tsc's `dist/cli.js` (an ES module, which runs too) as the bin. Its way to the
// modules when there is no bundle stays a dynamic import, which Node's CommonJS loader has.
await build({ ...common, entryPoints: [dist('cli.js')], outfile: dist('cli.cjs'), external: ['./command-line/run.js'] })

await build({
  ...common,
  entryPoints: [dist('command-line/run.js')],
  outfile: dist('cli.bundle.cjs'),
  // The ES module builds of dual packages (jsonc-parser's UMD build requires its own files by computed paths).
  mainFields: ['module', 'main'],
  // The packages by their names alone (esbuild's `external` takes their subpaths too: `handlebars/runtime` is bundled).
  plugins: [{ name: 'on-first-use', setup: (build) => build.onResolve({ filter: new RegExp(`^(?:${ON_FIRST_USE.join('|')})$`) }, ({ path }) => ({ path, external: true })) }],
})

// esbuild escapes what is not ASCII in strings and templates, not in regular expression
// literals (the Chinese and full-width punctuation of the bilingual readers). One such
// character makes Node decode the whole file as UTF-8 into a two-byte string: 11 ms
// for this bundle, against ~1 ms for ASCII. `\uXXXX` means the same code unit in a
// regular expression (a surrogate pair of escapes is one code point under the `u` flag).
const bundle = dist('cli.bundle.cjs')
const text = readFileSync(bundle, 'utf8')
writeFileSync(bundle, text.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`))
