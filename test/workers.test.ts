/**
 * Worker threads (issue 11): a build gives the same outputs and the same diagnostics,
 * byte for byte, compiled on worker threads or on the main thread, with or without the
 * build cache, on the conformance suite and on a corpus sample. Workers run from the
 * compiled package (a worker thread cannot load the TypeScript sources), so this runs
 * `agentdef` from `dist/` as a separate process.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureBuilt, spawnRun, tempProject } from './helpers/cli.js'
import { ROOT, SHARED } from './helpers/paths.js'

const tree = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]))

/** The conformance inputs and every 48th file of each corpus collection, in one project (copied at test time, never committed). */
function sampleProject(): string {
  const dir = tempProject({})
  const cases = join(ROOT, 'test', 'conformance')
  for (const name of readdirSync(cases)) cpSync(join(cases, name, 'input'), join(dir, 'in', 'conformance', name), { recursive: true })
  const corpus = join(SHARED, 'corpus')
  for (const collection of readdirSync(corpus).filter((c) => statSync(join(corpus, c)).isDirectory())) {
    const files = readdirSync(join(corpus, collection), { recursive: true }).map(String).filter((f) => statSync(join(corpus, collection, f)).isFile()).sort()
    files.forEach((file, i) => {
      if (i % 48 !== 0) return
      mkdirSync(join(dir, 'in', collection, file, '..'), { recursive: true })
      cpSync(join(corpus, collection, file), join(dir, 'in', collection, file))
    })
  }
  return dir
}

describe('worker threads', () => {
  it('give the outputs and diagnostics of the main thread, with and without the cache', () => {
    ensureBuilt()
    const dir = sampleProject()
    // Every target: Roo's gathered file included, which the cache keeps by its parts' digests.
    const args = ['build', 'in', '--target', 'all', '--on-collision', 'prefix-path', '--verbose', '--format', 'json']
    const main = spawnRun(dir, ...args, '--out', 'main', '--jobs', '1', '--no-cache')
    const workers = spawnRun(dir, ...args, '--out', 'workers', '--jobs', '2', '--no-cache')
    const cold = spawnRun(dir, ...args, '--out', 'cold', '--jobs', '2', '--cache-dir', 'cache')
    const warm = spawnRun(dir, ...args, '--out', 'warm', '--jobs', '2', '--cache-dir', 'cache')
    const report = (run: { stdout: string }, out: string) => run.stdout.replaceAll(`"${out}/`, '"OUT/')
    expect(JSON.parse(main.stdout).totals.files).toBeGreaterThan(80)
    for (const [run, out] of [[workers, 'workers'], [cold, 'cold'], [warm, 'warm']] as const) {
      expect(run.status, out).toBe(main.status)
      expect(report(run, out), out).toBe(report(main, 'main'))
      expect(tree(join(dir, out)), out).toEqual(tree(join(dir, 'main')))
    }
    // Again into the same folder: every output told unchanged (by its stat, from the cache), nothing else different.
    const again = spawnRun(dir, ...args, '--out', 'warm', '--jobs', '2', '--cache-dir', 'cache')
    expect(again.status).toBe(main.status)
    const totals = (run: { stdout: string }) => (JSON.parse(run.stdout) as { totals: Record<string, number> }).totals
    expect(totals(main).written).toBeGreaterThan(500)
    expect(totals(again).unchanged).toBe(totals(main).written)
    expect(totals(again).written).toBe(0)
    expect(tree(join(dir, 'warm'))).toEqual(tree(join(dir, 'main')))
  }, 240_000)

  it('--jobs takes a number of threads, 1 or more', () => {
    ensureBuilt()
    const dir = tempProject({ 'a.md': '---\nname: a\ndescription: Does a.\n---\n\nYou do a.\n' })
    const bad = spawnRun(dir, 'build', 'a.md', '--jobs', '0')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--jobs expects a number of threads, 1 or more, got `0`')
  })
})
