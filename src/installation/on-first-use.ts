/**
 * The packages loaded only when input or a flag needs them, each with a CommonJS
 * entry: kept out of the CLI's bundle (scripts/bundle.mjs) so that a run that does not
 * need them does not read them, and loaded with `requireOnFirstUse`.
 */
import { createRequire } from 'node:module'

/**
 * Transliteration tables (Chinese names by pinyin, other scripts by `transliteration`),
 * colour conversion, the file watcher (`--watch`; it loads Node's streams) and the
 * Handlebars compiler (a custom target's template; the built-in ones come precompiled).
 */
export const ON_FIRST_USE = ['pinyin-pro', 'transliteration', 'culori', 'chokidar', 'handlebars'] as const

/**
 * `require` for them. In the bundle, the `require` the launcher gives it
 * (./code-cache.ts: through V8's code cache, as the bundle itself); in the modules tsc
 * wrote, Node's, made for this module (an ES module has no `require` of its own).
 */
export const requireOnFirstUse: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url)
