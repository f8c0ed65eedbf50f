/**
 * Outputs written as each file finishes (issue 11, ./src/pipeline/stage.ts): while the
 * build is still compiling, a finished file's outputs are already in the output folder
 * under temporary names, and its texts are no longer held; the write stage renames
 * those kept into place and removes the others (collisions), with the folders made for
 * them alone.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { VFile } from 'vfile'
import { build, type BuildOptions, type Output } from '../src/internal.js'
import { Stager } from '../src/pipeline/stage.js'

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'agentdef-stage-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const agent = (name: string, body = `You do ${name}.`) => `---\nname: ${name}\ndescription: Does ${name}.\n---\n${body}\n`
const listing = (root: string) => (existsSync(root) ? readdirSync(root, { recursive: true }).map(String).sort() : [])
const temps = (root: string) => listing(root).filter((f) => /(^|\/)\.agentdef-tmp-/.test(f))

describe('outputs staged as each file finishes', () => {
  it('are in the output folder under temporary names while later files compile, and in place after', () => {
    mkdirSync(join(dir, 'agents'))
    for (const name of ['alpha', 'bravo', 'charlie']) writeFileSync(join(dir, 'agents', `${name}.md`), agent(name))
    const out = join(dir, 'out')
    const seen: string[][] = []
    const result = build({ inputs: ['agents'], out, targets: ['claude', 'prompt'], lang: 'all' as const, modelMap: {}, cwd: dir, jobs: 1, onProgress: () => seen.push(temps(out)) })
    // Before the third file: the first two files' two outputs each, staged.
    expect(seen.map((t) => t.length)).toEqual([0, 2, 4])
    expect(temps(out)).toEqual([])
    expect(listing(out)).toEqual(['.agentdef-manifest.json', 'claude', 'claude/alpha.md', 'claude/bravo.md', 'claude/charlie.md', 'prompt', 'prompt/alpha.txt', 'prompt/bravo.txt', 'prompt/charlie.txt'])
    // The texts are read back from the folder when asked for, the same bytes.
    const output = result.files[0]!.outputs[0]!
    expect(Object.getOwnPropertyDescriptor(output, 'content')?.get).toBeDefined()
    expect(output.content).toBe(readFileSync(join(out, output.path), 'utf8'))
  })

  it('leave nothing behind when a collision drops them: neither the staged files nor the folders made for them', () => {
    mkdirSync(join(dir, 'a'))
    mkdirSync(join(dir, 'b'))
    writeFileSync(join(dir, 'a', 'x.md'), agent('same', 'One prompt.'))
    writeFileSync(join(dir, 'b', 'x.md'), agent('same', 'Another prompt.'))
    const out = join(dir, 'out')
    const result = build({ inputs: ['a', 'b'], out, targets: ['claude'], lang: 'all' as const, modelMap: {}, cwd: dir, jobs: 1 })
    expect(result.files.flatMap((f) => f.file.messages.map((m) => m.ruleId))).toContain('name-collision')
    expect(listing(out)).toEqual([])
  })

  it('are compared, not written, by --check and --dry-run', () => {
    writeFileSync(join(dir, 'a.md'), agent('alpha'))
    const out = join(dir, 'out')
    const seen: string[][] = []
    for (const mode of [{ check: true }, { dryRun: true }] as Pick<BuildOptions, 'check' | 'dryRun'>[]) {
      const result = build({ inputs: ['a.md', 'a.md'], out, targets: ['claude'], lang: 'all' as const, modelMap: {}, cwd: dir, jobs: 1, ...mode, onProgress: () => seen.push(listing(out)) })
      expect(result.files[0]!.outputs[0]!.content).toContain('You do alpha.')
    }
    expect(seen.flat()).toEqual([])
    expect(listing(out)).toEqual([])
  })

  it('let go of the text of an agent an earlier file named too: its digest is kept, its text made again if asked for', () => {
    const out = join(dir, 'out')
    const note = () => new VFile()
    const stager = new Stager({ out, mode: 'write', owned: {}, checks: new Map(), swept: new Set(), note })
    const output = (path: string, content: string): Output => ({ agent: 'same', target: 'claude', path, content, notes: [] })
    const first = output('claude/same.md', 'first text')
    const second = output('claude/same.md', 'second text')
    const again: string[] = []
    stager.stage([first], () => 'never', 'a/first.md')
    stager.stage([second], (o) => (again.push(o.path), 'second text'), 'b/second.md')
    expect(temps(out)).toHaveLength(1)
    expect(second.digest).toBe(createHash('sha256').update('second text').digest('hex'))
    expect(again).toEqual([])
    expect(second.content).toBe('second text')
    expect(again).toEqual(['claude/same.md'])
    stager.discard()
    expect(listing(out)).toEqual([])
  })

  it('do not write the first of a name another input\'s file reads as: a later file likely gives it too', () => {
    for (const folder of ['a', 'b', 'c']) mkdirSync(join(dir, folder))
    // Different prompts of one name (a collision: neither written), and identical ones (written once).
    writeFileSync(join(dir, 'a', 'reviewer.md'), agent('reviewer', 'One prompt.'))
    writeFileSync(join(dir, 'b', 'reviewer.md'), agent('reviewer', 'Another prompt.'))
    writeFileSync(join(dir, 'a', 'Tester.agent.md'), agent('tester'))
    writeFileSync(join(dir, 'c', 'tester.md'), agent('tester'))
    const out = join(dir, 'out')
    const seen: string[][] = []
    const result = build({ inputs: ['a', 'b', 'c'], out, targets: ['claude', 'prompt'], lang: 'all' as const, modelMap: {}, cwd: dir, jobs: 1, onProgress: () => seen.push(temps(out)) })
    expect(seen.flat()).toEqual([])
    expect(result.files.flatMap((f) => f.file.messages.map((m) => m.ruleId)).filter((rule) => rule?.startsWith('name-c') || rule === 'name-duplicate').sort()).toEqual(['name-collision', 'name-collision', 'name-duplicate'])
    expect(listing(out)).toEqual(['.agentdef-manifest.json', 'claude', 'claude/tester.md', 'prompt', 'prompt/tester.txt'])
    expect(readFileSync(join(out, 'prompt/tester.txt'), 'utf8')).toContain('You do tester.')
  })

  it('write the first of a name no other input\'s file reads as, even when another file is named as it', () => {
    const out = join(dir, 'out')
    const stager = new Stager({ out, mode: 'write', owned: {}, checks: new Map(), swept: new Set(), note: () => new VFile(), inputs: [join(dir, 'x', 'planner.md'), join(dir, 'y', 'coder.md')] })
    const output = (agent: string, path: string): Output => ({ agent, target: 'claude', path, content: agent, notes: [] })
    stager.stage([output('planner', 'claude/planner.md')], () => 'never', 'x/planner.md')
    stager.stage([output('coder', 'claude/coder.md')], () => 'never', 'x/planner.md')
    expect(temps(out)).toHaveLength(1)
    stager.discard()
  })
})
