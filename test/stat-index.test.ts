/**
 * The outputs' stat index (src/pipeline/stat-index.ts): an output whose stat is what
 * the last build recorded is known unchanged without being read; any difference in
 * size, times or inode, or a time not older than the index (racily clean), and it is
 * read. And through a build: an edited output is still found edited, whatever its stat.
 */
import type { Stats } from 'node:fs'
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { build, openCache } from '../src/internal.js'
import { openStatIndex } from '../src/pipeline/stat-index.js'

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'agentdef-stat-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const stats = (over: Partial<Stats>): Stats => ({ size: 10, mtimeMs: 1000.5, ctimeMs: 1000.5, ino: 7, ...over }) as Stats

describe('the outputs’ stat index', () => {
  it('knows a file by the stat it recorded, once saved, and only that', () => {
    const path = join(dir, 'index.json')
    const index = openStatIndex(path)
    index.record('/out/a.md', stats({}), 'abc')
    expect(index.known('/out/a.md', stats({}))).toBeUndefined()
    index.save()
    const next = openStatIndex(path)
    expect(next.known('/out/a.md', stats({}))).toBe('abc')
    for (const changed of [{ size: 11 }, { mtimeMs: 1000.6 }, { ctimeMs: 1001 }, { ino: 8 }]) expect(next.known('/out/a.md', stats(changed))).toBeUndefined()
    expect(next.known('/out/b.md', stats({}))).toBeUndefined()
  })

  it('does not trust a file changed as late as the index was written (racily clean)', () => {
    const path = join(dir, 'index.json')
    const index = openStatIndex(path)
    const late = Date.now() + 60_000
    index.record('/out/a.md', stats({ mtimeMs: late, ctimeMs: late }), 'abc')
    index.save()
    expect(openStatIndex(path).known('/out/a.md', stats({ mtimeMs: late, ctimeMs: late }))).toBeUndefined()
  })

  it('is empty when its file is not an index', () => {
    const path = join(dir, 'index.json')
    writeFileSync(path, '[1, 2')
    expect(openStatIndex(path).known('/out/a.md', stats({}))).toBeUndefined()
  })
})

describe('a build with the cache', () => {
  const agent = (name: string) => `---\nname: ${name}\ndescription: Does ${name}.\n---\nYou do ${name}.\n`

  it('records every output it wrote, tells them unchanged next time, and still finds an edited one, same size and mtime', () => {
    writeFileSync(join(dir, 'a.md'), agent('alpha'))
    writeFileSync(join(dir, 'b.md'), agent('bravo'))
    const options = { inputs: ['a.md', 'b.md'], out: join(dir, 'out'), targets: ['claude' as const], lang: 'all' as const, modelMap: {}, cwd: dir, jobs: 1 }
    const cache = () => openCache(join(dir, 'cache'), { targets: ['claude'], lang: 'all' as const, modelMap: {} }, 'test')
    const first = build({ ...options, cache: cache() })
    expect(first.files.flatMap((f) => f.written)).toEqual(['claude/alpha.md', 'claude/bravo.md'])
    const again = build({ ...options, cache: cache() })
    expect(again.files.flatMap((f) => f.unchanged)).toEqual(['claude/alpha.md', 'claude/bravo.md'])
    // Edited behind agentdef's back, size and modification time kept: its change time tells.
    const output = join(dir, 'out', 'claude', 'alpha.md')
    const before = statSync(output)
    const text = readFileSync(output, 'utf8')
    writeFileSync(output, text.replace('You do', 'You DO'))
    utimesSync(output, before.atime, before.mtime)
    const edited = build({ ...options, cache: cache() })
    expect(edited.files[0]!.file.messages.map((m) => m.ruleId)).toContain('output-edited')
    expect(readFileSync(output, 'utf8')).toBe(text)
  })
})
