/**
 * Where the command line keeps the build cache: `--cache-dir`, else
 * `node_modules/.cache/agentdef` of the nearest folder with a
 * `package.json` and a `node_modules` (where babel, eslint and webpack keep theirs:
 * the one place agentdef writes outside the output folder, and only in a project
 * whose dependencies are installed). `--no-cache` or none of these: no cache.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { ExcludeGroup } from '../inputs/find.js'
import { openCache, type BuildCache } from '../pipeline/cache.js'
import type { CompileOptions } from '../pipeline/compile.js'
import { VERSION } from './report.js'
import { CODE_DIR } from '../installation/paths.js'

export function cacheFor(flags: { cache?: boolean; cacheDir?: string }, options: CompileOptions, cwd: string = process.cwd()): { cache: BuildCache; exclude: ExcludeGroup[] } | undefined {
  if (flags.cache === false) return undefined
  const dir = flags.cacheDir !== undefined ? resolve(cwd, flags.cacheDir) : defaultDir(cwd)
  const cache = dir === undefined ? undefined : openCache(dir, options, `${VERSION}+${codeFingerprint()}`)
  if (!cache) return undefined
  // The cache's entries are never inputs, wherever the user puts it (`node_modules` is never searched anyway).
  const inside = relative(cwd, dir!)
  const exclude = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? [{ patterns: [`/${inside.split(sep).join('/')}/`], base: '.' }] : []
  return { cache, exclude }
}

let fingerprint: string | undefined

/**
 * agentdef's own code and templates, hashed: an entry written by other code is never
 * read, even under the same version number (a build of a working copy, a patched
 * install). About 2 MB, hashed once per process.
 */
function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint
  const code = CODE_DIR + sep
  const hash = createHash('sha256')
  for (const root of [code, join(code, '..', 'templates')]) {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true }).map((e) => join(e.parentPath, e.name)).sort()) {
      if (/\.(js|ts|hbs|json)$/.test(entry) && !/\.test\.ts$/.test(entry)) hash.update(entry.slice(code.length)).update(readFileSync(entry))
    }
  }
  return (fingerprint = hash.digest('hex').slice(0, 16))
}

function defaultDir(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return existsSync(join(dir, 'node_modules')) ? join(dir, 'node_modules', '.cache', 'agentdef') : undefined
    if (dirname(dir) === dir) return undefined
  }
}
