/**
 * What the write stage looks at (issue 11: writing under a tenth of a cold build): in a
 * folder the build made, no output's path is looked at until a file is renamed there,
 * and a written output's stat is taken only for the cache's index.
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { build, openCache, type BuildOptions } from '../src/internal.js'

vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>()
  return { ...original, lstatSync: vi.fn(original.lstatSync) }
})

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'agentdef-stats-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const agent = (name: string) => `---\nname: ${name}\ndescription: Does ${name}.\n---\nYou do ${name}.\n`
/** The `lstat`s of paths inside the output folder since the mock was last cleared. */
const outputLstats = (out: string) => vi.mocked(lstatSync).mock.calls.map(([path]) => String(path)).filter((path) => path.startsWith(`${out}/`))

describe('the stats of outputs', () => {
  it('are not taken in a folder the build made, nor after a write without a cache', () => {
    for (const name of ['alpha', 'bravo', 'charlie', 'delta']) writeFileSync(join(dir, `${name}.md`), agent(name))
    const out = join(dir, 'out')
    const options: BuildOptions = { inputs: ['.'], out, targets: ['claude', 'prompt'], lang: 'all', modelMap: {}, cwd: dir, jobs: 1 }
    vi.mocked(lstatSync).mockClear()
    build(options)
    // The first output of each target's folder, before the folder was made: 2 of 8 (the 8 written: none).
    expect(outputLstats(out).filter((path) => /\.(md|txt)$/.test(path))).toEqual([join(out, 'claude', 'alpha.md'), join(out, 'prompt', 'alpha.txt')])
    expect(readdirSync(join(out, 'claude')).sort()).toEqual(['alpha.md', 'bravo.md', 'charlie.md', 'delta.md'])
    expect(readFileSync(join(out, 'prompt', 'delta.txt'), 'utf8')).toContain('You do delta.')
    // Again: every output is there now, and looked at.
    vi.mocked(lstatSync).mockClear()
    const again = build(options)
    expect(again.files.flatMap((f) => f.unchanged)).toHaveLength(8)
    expect(outputLstats(out).filter((path) => /\.(md|txt)$/.test(path))).toHaveLength(8)
  })

  it('are taken after a write for the cache\'s index, which then tells an unchanged output without reading it', () => {
    for (const name of ['alpha', 'bravo']) writeFileSync(join(dir, `${name}.md`), agent(name))
    const out = join(dir, 'out')
    const base = { inputs: ['.'], out, targets: ['claude'] as BuildOptions['targets'], lang: 'all' as const, modelMap: {}, cwd: dir, jobs: 1 }
    const cache = () => openCache(join(dir, 'cache'), base, 'test')!
    vi.mocked(lstatSync).mockClear()
    build({ ...base, cache: cache() })
    expect(outputLstats(out).filter((path) => path.endsWith('.md'))).toEqual([join(out, 'claude', 'alpha.md'), join(out, 'claude', 'alpha.md'), join(out, 'claude', 'bravo.md')])
  })
})
