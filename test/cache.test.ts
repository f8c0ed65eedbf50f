/**
 * The build cache (issue 11, in part): the same outputs and the same report with
 * and without it; an entry read only under the key it was written with; a corrupt
 * entry ignored with a note; `--no-cache` writes none.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run, tempProject } from './helpers/cli.js'

const files = {
  'agents/a.md': '---\nname: a\ndescription: Does a.\ntools: Read, Frobnicate\nmodel: gpt-4.1\ncolor: hotpink\n---\n\nYou do a, carefully and well.\n',
  'agents/b.md': '---\nname: b\ndescription: "Does b: twice."\n---\n\nYou do b.\n',
  'agents/dup/a.md': '---\nname: a\ndescription: Does another a.\n---\n\nYou do another a.\n',
  'agents/empty.md': '',
  'agents/notes.txt': 'You summarise release notes in three bullet points.\n',
}

/** The files' entries (`<2 hex>/<key>.json`), not their texts (`<key>.out` beside each) nor the outputs' stat index (`outputs/`). */
const entries = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => /^[0-9a-f]{2}[\\/][0-9a-f]{64}\.json$/.test(f)) : [])
const tree = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes('.')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]))

describe('the build cache', () => {
  it('gives the same outputs, diagnostics and exit status as a build without it, whatever the collision policy', () => {
    for (const policy of ['error', 'prefix-path']) {
      const dir = tempProject(files)
      const args = ['build', 'agents', '--on-collision', policy, '--verbose']
      const plain = run(dir, ...args, '--out', 'plain', '--no-cache')
      expect(entries(join(dir, 'cache'))).toEqual([])
      const cold = run(dir, ...args, '--out', 'cold', '--cache-dir', 'cache')
      expect(entries(join(dir, 'cache')).length).toBeGreaterThan(0)
      const warm = run(dir, ...args, '--out', 'warm', '--cache-dir', 'cache')
      for (const result of [cold, warm]) {
        expect(result.status).toBe(plain.status)
        expect(result.stderr.replaceAll(/(cold|warm)\//g, 'plain/')).toBe(plain.stderr)
      }
      expect(tree(join(dir, 'warm'))).toEqual(tree(join(dir, 'plain')))
      const lint = run(dir, 'lint', 'agents', '--format', 'json', '--cache-dir', 'cache')
      expect(lint.stdout).toBe(run(dir, 'lint', 'agents', '--format', 'json', '--no-cache').stdout)
    }
  })

  it('never reads an entry written under other options or for other bytes', () => {
    const dir = tempProject({ 'agents/a.md': files['agents/a.md'], 'agents/b.md': files['agents/b.md'] })
    run(dir, 'build', 'agents', '--out', 'out', '--cache-dir', 'cache', '--target', 'claude')
    const before = entries(join(dir, 'cache')).length
    const other = run(dir, 'build', 'agents', '--out', 'out', '--cache-dir', 'cache', '--target', 'claude', '--color-map', 'hotpink=blue')
    expect(entries(join(dir, 'cache')).length).toBeGreaterThan(before)
    expect(readFileSync(join(dir, 'out/claude/a.md'), 'utf8')).toContain('color: "blue"')
    writeFileSync(join(dir, 'agents/b.md'), files['agents/b.md'].replace('twice', 'three times'))
    run(dir, 'build', 'agents', '--out', 'out', '--cache-dir', 'cache', '--target', 'claude')
    expect(readFileSync(join(dir, 'out/claude/b.md'), 'utf8')).toContain('three times')
    expect(other.status).toBe(0)
  })

  it('a corrupt entry is ignored with a note: the file is compiled again', () => {
    const dir = tempProject({ 'agents/b.md': files['agents/b.md'] })
    run(dir, 'build', 'agents', '--out', 'out', '--cache-dir', 'cache', '--target', 'claude')
    for (const entry of entries(join(dir, 'cache'))) writeFileSync(join(dir, 'cache', entry), '{"format": 1, "agents": [')
    const again = run(dir, 'build', 'agents', '--out', 'out2', '--cache-dir', 'cache', '--target', 'claude', '--verbose')
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(/agents\/b\.md:1:1: info: The cache entry for this file could not be read \(.+\); compiled again \(cache-ignored\)/)
    expect(readFileSync(join(dir, 'out2/claude/b.md'), 'utf8')).toContain('You do b.')
  })

  it("reads an output's text only when it is needed, and compiles the file again when that text cannot be read", () => {
    const dir = tempProject(files)
    const args = ['build', 'agents', '--on-collision', 'prefix-path']
    const plain = run(dir, ...args, '--out', 'plain', '--no-cache')
    run(dir, ...args, '--out', 'out', '--cache-dir', 'cache')
    const texts = readdirSync(join(dir, 'cache'), { recursive: true }).map(String).filter((f) => f.endsWith('.out'))
    expect(texts.length).toBe(entries(join(dir, 'cache')).length)
    // Unchanged outputs are told by their digests: the texts are never read, so garbage in them changes nothing.
    for (const file of texts) writeFileSync(join(dir, 'cache', file), 'not JSON')
    const unchanged = run(dir, ...args, '--out', 'out', '--cache-dir', 'cache', '--verbose')
    expect(unchanged.status).toBe(plain.status)
    expect(unchanged.stderr).toContain('unchanged')
    expect(tree(join(dir, 'out'))).toEqual({ ...tree(join(dir, 'plain')), '.agentdef-manifest.json': tree(join(dir, 'out'))['.agentdef-manifest.json'] })
    // A fresh folder needs the texts: they come from compiling the files again, the same bytes.
    run(dir, ...args, '--out', 'fresh', '--cache-dir', 'cache')
    expect(tree(join(dir, 'fresh'))).toEqual(tree(join(dir, 'plain')))
  })

  it('its entries are never inputs, even in a folder the build searches', () => {
    const dir = tempProject({ 'b.md': files['agents/b.md'] })
    const first = run(dir, 'build', '.', '--out', 'out', '--cache-dir', 'cache', '--target', 'claude')
    expect(entries(join(dir, 'cache')).length).toBe(1)
    const second = run(dir, 'build', '.', '--out', 'out', '--cache-dir', 'cache', '--target', 'claude')
    expect(second.stderr).toBe(first.stderr.replace('1 written, 0 unchanged', '0 written, 1 unchanged'))
    expect(second.stderr).toContain('1/1 files compiled')
  })

  it('by default lives in node_modules/.cache/agentdef of a project with dependencies, and nowhere without them', () => {
    const bare = tempProject({ 'agents/b.md': files['agents/b.md'], 'package.json': '{}' })
    run(bare, 'build', 'agents', '--out', 'out', '--target', 'claude')
    expect(existsSync(join(bare, 'node_modules'))).toBe(false)
    const installed = tempProject({ 'agents/b.md': files['agents/b.md'], 'package.json': '{}', 'node_modules/.keep': '' })
    run(installed, 'build', 'agents', '--out', 'out', '--target', 'claude')
    expect(entries(join(installed, 'node_modules/.cache/agentdef')).length).toBe(1)
  })
})
