/**
 * Running the CLI as the tests do: `run` calls `main()` from src/command-line/main.ts
 * in this process (fast: no node start-up per case); `spawnRun` starts the bin
 * (`node dist/cli.cjs`, running the bundle)
 * as a user would, for what only a real process shows (its exit status, its two
 * streams, no stack trace, the bin). Both give the same `Run`; test/cli.test.ts
 * checks they agree.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { main, type CliStream } from '../../src/command-line/main.js'
import { ROOT } from './paths.js'

/** The bin, as package.json names it: the launcher of the bundled command line (scripts/bundle.mjs). */
export const CLI = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { agentdef: string } }).bin.agentdef)
/** The bundle the bin runs: the last file `npm run build` writes. */
const BUNDLE = join(ROOT, 'dist', 'cli.bundle.cjs')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/**
 * The bin and its bundle as `npm ci` leaves them (the `prepare` script builds them). Rebuilt
 * (`npm run build`: tsc and the bundle) when it is missing or older than the sources,
 * so the tests never run a stale CLI. Type errors are the `typecheck` script's
 * business: tsc still emits.
 */
export function ensureBuilt(): void {
  // The templates too: the build precompiles them into a module of the sources (scripts/precompile-templates.mjs).
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'templates')))) return
  try {
    // tsc, then the CLI bundled as the bin runs it (scripts/bundle.mjs).
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' })
  } catch (error) {
    if (!existsSync(BUNDLE)) throw error
  }
}

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * The environment of every run: no colours, whatever the terminal running the tests;
 * the spawned runs' code cache (src/installation/code-cache.ts) in a folder of the
 * tests', not the user's.
 */
const ENV = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_COMPILE_CACHE: join(tmpdir(), `agentdef-test-code-cache-${process.getuid?.() ?? 'user'}`) }

/** A stream that keeps what is written, as a pipe would carry it (UTF-8: a lone surrogate becomes U+FFFD). */
function collect(): CliStream & { text: () => string } {
  let text = ''
  return {
    write: (chunk: string) => {
      text += Buffer.from(chunk, 'utf8').toString('utf8')
      return true
    },
    text: () => text,
  }
}

/**
 * `agentdef ...args` in `cwd`, in this process: `main()` with collecting streams.
 * main is synchronous, so the working directory is changed and restored around
 * the call with nothing else running in between (vitest's `forks` pool, set in
 * vitest.config.ts: `process.chdir` is refused in worker threads). A throw out of
 * main (which the real process would print as a stack trace) fails the test.
 */
export function run(cwd: string, ...args: string[]): Run {
  const stdout = collect()
  const stderr = collect()
  const previous = process.cwd()
  try {
    process.chdir(cwd)
  } catch (error) {
    throw new Error(`run() changes the working directory, which this pool refuses (use vitest's forks pool): ${(error as Error).message}`)
  }
  let status: number
  try {
    status = main(args, { stdout, stderr, env: ENV })
  } finally {
    process.chdir(previous)
  }
  return { status, stdout: stdout.text(), stderr: stderr.text() }
}

/** `agentdef ...args` in `cwd`, as a separate process: `node dist/cli.cjs` (call `ensureBuilt` first). */
export function spawnRun(cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: ENV, maxBuffer: 1 << 28 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A fresh temporary folder holding the given files (path → text or bytes). */
export function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'agentdef-cli-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Every file under `dir`, relative, with `/` separators, sorted. */
export function listFiles(dir: string, { manifest = false } = {}): string[] {
  const out: string[] = []
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name)
      if (entry.isDirectory()) walk(path)
      // The outputs; the manifest agentdef keeps beside them is listed on request (test/layout.test.ts checks it).
      else if (manifest || entry.name !== '.agentdef-manifest.json') out.push(relative(dir, path).split('\\').join('/'))
    }
  }
  if (existsSync(dir)) walk(dir)
  return out.sort()
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8')
}

/** A Node stack frame, which a user must never see (`.ts` too: in-process, frames name the sources). */
export const STACK = /at .*\.[cm]?[jt]s:\d+/
