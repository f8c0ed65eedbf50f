/**
 * The inputs' index (src/pipeline/source.ts, issue 11): with the cache, an input whose
 * stat is what the last build recorded is not read again; one that changed is, and is
 * compiled again; a file changed within a second of being read is never trusted by its
 * stat alone.
 */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { build, openCache, type BuildOptions } from '../src/internal.js'
import * as reads from '../src/inputs/read-bounded.js'

vi.mock('../src/inputs/read-bounded.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/inputs/read-bounded.js')>()
  return { ...original, readBounded: vi.fn(original.readBounded) }
})

const agent = (name: string, prompt: string) => `---\nname: ${name}\ndescription: Does ${name}.\n---\n\n${prompt}\n`

/** A project whose files were last changed two seconds ago (settled: their stat can be trusted). */
function project(): { dir: string; options: BuildOptions } {
  const dir = mkdtempSync(join(tmpdir(), 'agentdef-inputs-'))
  const past = new Date(Date.now() - 2000)
  for (const name of ['a', 'b', 'c']) {
    writeFileSync(join(dir, `${name}.md`), agent(name, `You do ${name}.`))
    utimesSync(join(dir, `${name}.md`), past, past)
  }
  return { dir, options: { inputs: [dir], out: join(dir, 'out'), cwd: dir, targets: ['claude'], lang: 'all', modelMap: {}, jobs: 1 } }
}

/** utimes changes a file's ctime to now: wait until the files have stood unchanged long enough. */
const settle = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100)

describe('the inputs’ index', () => {
  beforeEach(() => vi.mocked(reads.readBounded).mockClear())

  it('reads no unchanged input on a rebuild with the cache, and reads and compiles again the one that changed', () => {
    const { dir, options } = project()
    const inputs = { ...options, inputs: [join(dir, 'a.md'), join(dir, 'b.md'), join(dir, 'c.md')] }
    const cache = () => openCache(`${dir}-cache`, inputs, 'test')
    settle()
    build({ ...inputs, cache: cache() })
    vi.mocked(reads.readBounded).mockClear()

    const again = build({ ...inputs, cache: cache() })
    expect(again.files.flatMap((f) => f.unchanged)).toEqual(['claude/a.md', 'claude/b.md', 'claude/c.md'])
    expect(vi.mocked(reads.readBounded).mock.calls.filter(([path]) => /[abc]\.md$/.test(path))).toEqual([])

    // Same size, older time put back: the change time still tells (utimes sets it).
    writeFileSync(join(dir, 'b.md'), agent('b', 'You do B.'))
    utimesSync(join(dir, 'b.md'), new Date(Date.now() - 2000), new Date(Date.now() - 2000))
    const changed = build({ ...inputs, cache: cache() })
    expect(vi.mocked(reads.readBounded).mock.calls.filter(([path]) => /[abc]\.md$/.test(path)).map(([path]) => path.slice(-4))).toEqual(['b.md'])
    expect(changed.files.flatMap((f) => f.written)).toEqual(['claude/b.md'])
  })

  it('does not trust the stat of a file changed less than a second before it was read', () => {
    const { dir, options } = project()
    const inputs = { ...options, inputs: [join(dir, 'a.md')] }
    const cache = () => openCache(`${dir}-cache`, inputs, 'test')
    // Just written (utimes moved its ctime to now): read on every build until it has settled.
    build({ ...inputs, cache: cache() })
    vi.mocked(reads.readBounded).mockClear()
    build({ ...inputs, cache: cache() })
    expect(vi.mocked(reads.readBounded).mock.calls.filter(([path]) => path.endsWith('a.md'))).toHaveLength(1)
  })

  it('is not used without the cache: every input is read', () => {
    const { dir, options } = project()
    settle()
    build(options)
    vi.mocked(reads.readBounded).mockClear()
    build(options)
    expect(vi.mocked(reads.readBounded).mock.calls.filter(([path]) => /[abc]\.md$/.test(path))).toHaveLength(3)
  })
})
