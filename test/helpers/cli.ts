/** Running the compiled CLI (`dist/cli.js`) in a temporary folder, as a user would. */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { ROOT } from './paths.js'

export const CLI = join(ROOT, 'dist', 'cli.js')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/**
 * `dist/cli.js` as `npm ci` leaves it (the `prepare` script builds it). Rebuilt
 * with `tsc` when it is missing or older than the sources, so the tests never
 * run a stale CLI. Type errors are the `typecheck` script's business: tsc still emits.
 */
export function ensureBuilt(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestMtime(join(ROOT, 'src'))) return
  try {
    execFileSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, stdio: 'pipe' })
  } catch (error) {
    if (!existsSync(CLI)) throw error
  }
}

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function run(cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
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
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name)
      if (entry.isDirectory()) walk(path)
      else out.push(relative(dir, path).split('\\').join('/'))
    }
  }
  if (existsSync(dir)) walk(dir)
  return out.sort()
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8')
}

/** A Node stack frame, which a user must never see. */
export const STACK = /at .*\.js:\d+/
