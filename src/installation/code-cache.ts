/**
 * Run the bundled command line with V8's code cache, as Node ≥ 22.1 does for every
 * module with `module.enableCompileCache()` (Node 20 has no such call).
 *
 * A one-file `convert` spent most of its start-up compiling the bundle: Node 20's ES
 * module loader decoded and compiled its 1.6 MB on every run (~60 ms of ~250 ms,
 * profiled 2026-12-04). The bundle is a CommonJS file run as a `vm.Script`; after
 * the first run, the code V8 compiled for it (the top level and every function the
 * run called) is kept, and later runs hand it back to V8 instead of compiling again.
 * V8 checks the cache against its own version and flags and rejects one that does not
 * fit (the script is then compiled as usual and the cache made again); the file's
 * name carries a digest of the bundle's text, because V8's own check of the source
 * is by its length only.
 *
 * Where it is kept, as Node's compile cache: the folder `NODE_COMPILE_CACHE` names,
 * else `<os.tmpdir()>/agentdef-compile-cache-<uid>`, made private to the user (a cache
 * is code that runs: a folder another user could write is never read).
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off. Nothing here ever fails a run: a cache
 * that cannot be read or written is compiled without.
 *
 * The packages the bundle loads on first use (./on-first-use.ts) have their entry
 * file run the same way (what that file requires in turn, Node loads as usual; the
 * transliteration and colour packages are one file each): Node 20 compiled culori's
 * 137 KB for ~18 ms each time a file had a colour outside Claude's eight.
 */
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Script } from 'node:vm'
import { ON_FIRST_USE } from './on-first-use.js'

/** Cache files kept in the folder (one per file and text: other versions, other builds); the oldest beyond this are removed. */
const KEPT = 16
const SUFFIX = '.agentdef-code'

/** Run the CommonJS file at `path` (the bundle) as Node would `require` it, through the code cache. */
export function runCached(path: string, env: NodeJS.ProcessEnv = process.env): void {
  const folder = cacheFolder(env)
  const loaded = new Map<string, unknown>()
  const base = createRequire(path)
  // The bundle's `require`: Node's, but the packages it loads on first use come through the cache too.
  const bundleRequire = Object.assign((id: string): unknown => {
    if (!(ON_FIRST_USE as readonly string[]).includes(id)) return base(id)
    const file = base.resolve(id)
    if (!loaded.has(file)) loaded.set(file, load(file, folder))
    return loaded.get(file)
  }, base)
  load(path, folder, bundleRequire)
}

/** Run one CommonJS file through the cache and return its exports. */
function load(path: string, folder: string | undefined, require: NodeJS.Require = createRequire(path)): unknown {
  const source = readFileSync(path, 'utf8')
  const cacheFile = folder === undefined ? undefined : join(folder, `${process.version}-${process.arch}-${createHash('sha256').update(source).digest('hex').slice(0, 24)}${SUFFIX}`)
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile)
  // The wrapper Node puts around a CommonJS module, on a line of its own: the file's lines keep their numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, { filename: path, lineOffset: -1, ...(cachedData ? { cachedData } : {}) })
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    // Made at exit: the cache then holds every function this run compiled, not the top level alone.
    process.once('exit', () => writeCache(cacheFile, script))
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void
  const module = { exports: {} as unknown }
  wrapper.call(module.exports, module.exports, require, module, path, dirname(path))
  return module.exports
}

/** The folder of the cache, made private to this user; undefined when the cache is off or there is no such folder. */
function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env['NODE_DISABLE_COMPILE_CACHE'] !== undefined && env['NODE_DISABLE_COMPILE_CACHE'] !== '') return undefined
  const folder = env['NODE_COMPILE_CACHE'] || join(tmpdir(), `agentdef-compile-cache-${process.getuid?.() ?? 'user'}`)
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    return isPrivate(folder) ? folder : undefined
  } catch {
    return undefined
  }
}

/** A real folder (not a link), owned by this user, that no other user can write. */
function isPrivate(folder: string): boolean {
  const stat = lstatSync(folder)
  if (!stat.isDirectory()) return false
  const uid = process.getuid?.()
  // Windows: no uids; the temporary folder is the user's own.
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0)
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** Write the cache whole under a temporary name, then rename it into place: a run reading it meanwhile sees the old file or the new one. */
function writeCache(file: string, script: Script): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 })
    renameSync(temporary, file)
    prune(dirname(file))
  } catch {
    rmSync(temporary, { force: true })
  }
}

/** Keep the newest `KEPT` cache files of the folder. */
function prune(folder: string): void {
  const files = readdirSync(folder)
    .filter((name) => name.includes(SUFFIX))
    .map((name) => ({ path: join(folder, name), mtime: statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime)
  for (const { path } of files.slice(KEPT)) rmSync(path, { force: true })
}
