/**
 * The bin's code cache (src/installation/code-cache.ts): kept where `NODE_COMPILE_CACHE`
 * says, used by the next run with the same output, never trusted when it does not fit
 * or lies in a folder another user could write, off with `NODE_DISABLE_COMPILE_CACHE`.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLI, ensureBuilt, STACK } from './helpers/cli.js'

beforeAll(() => ensureBuilt(), 120_000)


function convert(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'convert', '-', '--stdin-name', 'agent.md', '--to', 'claude'], {
    input: '---\nname: 代码审查员\ndescription: Reviews code.\ncolor: teal\n---\nYou review code.\n',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_DISABLE_COMPILE_CACHE: '', ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const cacheFiles = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.agentdef-code')).sort()

describe('the code cache', () => {
  it('is written by a first run, read by the next, and changes nothing the command prints', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'agentdef-cc-')), 'cache')
    const uncached = convert({ NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: folder })
    expect(uncached.status, uncached.stderr).toBe(0)
    expect(uncached.stdout).toContain('name: "dai-ma-shen-cha-yuan"')
    expect(uncached.stdout).toContain('color: "cyan"')
    // Off: no folder made.
    expect(() => readdirSync(folder)).toThrow()

    const first = convert({ NODE_COMPILE_CACHE: folder })
    expect(first).toEqual(uncached)
    // The bundle and the two packages loaded on first use (culori, pinyin-pro), each a file of its own, private to the user.
    const made = cacheFiles(folder)
    expect(made).toHaveLength(3)
    if (process.platform !== 'win32') {
      expect(statSync(folder).mode & 0o777).toBe(0o700)
      for (const name of made) expect(statSync(join(folder, name)).mode & 0o077).toBe(0)
    }
    const written = made.map((name) => statSync(join(folder, name)).mtimeMs)

    const second = convert({ NODE_COMPILE_CACHE: folder })
    expect(second).toEqual(uncached)
    // Read, not written again.
    expect(made.map((name) => statSync(join(folder, name)).mtimeMs)).toEqual(written)
  })

  it('a cache V8 rejects (corrupt, or made by another V8) is compiled without and made again', () => {
    const folder = mkdtempSync(join(tmpdir(), 'agentdef-cc-'))
    const reference = convert({ NODE_COMPILE_CACHE: folder })
    for (const name of cacheFiles(folder)) writeFileSync(join(folder, name), 'not a code cache')
    const again = convert({ NODE_COMPILE_CACHE: folder })
    expect(again).toEqual(reference)
    expect(again.stderr).not.toMatch(STACK)
    for (const name of cacheFiles(folder)) expect(readFileSync(join(folder, name), 'utf8')).not.toBe('not a code cache')
  })

  it.skipIf(process.platform === 'win32')('never reads or writes a folder another user could write', () => {
    const folder = mkdtempSync(join(tmpdir(), 'agentdef-cc-'))
    chmodSync(folder, 0o777)
    const result = convert({ NODE_COMPILE_CACHE: folder })
    expect(result.status, result.stderr).toBe(0)
    expect(cacheFiles(folder)).toEqual([])
  })
})
