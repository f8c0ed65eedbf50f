/**
 * Outputs a build step can trust (issue 9): writes and removals stay inside the
 * output root by real path, a stopped build's temporary files are cleaned, `--check`
 * shows the diff and the command that fixes it, and `--dry-run` writes nothing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listFiles, read, run, STACK, tempProject } from './helpers/cli.js'

const agent = (name: string, prompt = `You do ${name}.`) => `---\nname: ${name}\ndescription: Does ${name}.\n---\n\n${prompt}\n`
const isPosix = process.platform !== 'win32'

describe.runIf(isPosix)('every write and removal stays inside the output root, by real path', () => {
  it('a target folder that is a link leading out is an error for its outputs: nothing is written there', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'elsewhere/keep.txt': 'mine\n' })
    mkdirSync(join(dir, 'out'))
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out/claude'))
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude,opencode')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/error: Cannot write `claude\/a\.md`: `claude` leads outside the output folder \(through a symbolic link, to .*elsewhere\) \(output-write\)/)
    expect(listFiles(join(dir, 'elsewhere'))).toEqual(['keep.txt'])
    expect(listFiles(join(dir, 'out'))).toContain('opencode/a.md')
    expect(result.stderr).not.toMatch(STACK)
  })

  it('an output folder that is a file: one error naming it, for build and --check; the file and every other file left as they are', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/b.md': agent('b'), out: 'a file of mine\n' })
    for (const args of [[], ['--check']]) {
      const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude,opencode', ...args)
      expect(result.status).toBe(1)
      expect(result.stderr.split('\n').filter((line) => line.includes('error:'))).toEqual(['out:1:1: error: Cannot write `out`: it is a file, not a folder (output-write)'])
      expect(result.stderr).not.toMatch(STACK)
    }
    expect(read(dir, 'out')).toBe('a file of mine\n')
    expect(listFiles(dir)).toEqual(['agents/a.md', 'agents/b.md', 'out'])
  })

  it('--clean does not remove a file through a link that leads out', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/b.md': agent('b') })
    expect(run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude').status).toBe(0)
    // Someone moves the folder out of the output root and leaves a link in its place.
    mkdirSync(join(dir, 'elsewhere'))
    for (const name of ['a.md', 'b.md']) writeFileSync(join(dir, 'elsewhere', name), read(dir, `out/claude/${name}`))
    rmSync(join(dir, 'out/claude'), { recursive: true })
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out/claude'))
    rmSync(join(dir, 'agents/b.md'))
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--clean')
    expect(result.stderr).toMatch(/error: Cannot remove `claude\/b\.md`: `claude` leads outside the output folder/)
    expect(listFiles(join(dir, 'elsewhere'))).toEqual(['a.md', 'b.md'])
  })

  it('a link that stays inside the output root is followed; an output path that is itself a link is refused', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'secret.txt': 'do not touch\n' })
    mkdirSync(join(dir, 'out/real-claude'), { recursive: true })
    symlinkSync(join(dir, 'out/real-claude'), join(dir, 'out/claude'))
    expect(run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude').status).toBe(0)
    expect(existsSync(join(dir, 'out/real-claude/a.md'))).toBe(true)
    mkdirSync(join(dir, 'out2/claude'), { recursive: true })
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'out2/claude/a.md'))
    const result = run(dir, 'build', 'agents', '--out', 'out2', '--target', 'claude', '--force')
    expect(result.stderr).toContain('Cannot write `claude/a.md`: it is a symbolic link')
    expect(read(dir, 'secret.txt')).toBe('do not touch\n')
  })
})

describe('temporary files of a stopped build', () => {
  it('are removed by the next build, with a note; other files that look alike are left', () => {
    const dir = tempProject({ 'agents/a.md': agent('a') })
    expect(run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude').status).toBe(0)
    // The id of a process that has ended: its files can belong to no running build.
    const ended = spawnSync(process.execPath, ['-e', '']).pid!
    writeFileSync(join(dir, `out/claude/.agentdef-tmp-${ended}-0123abcd`), 'half an output')
    writeFileSync(join(dir, 'out/claude/.agentdef-tmp-notes'), 'mine')
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--verbose')
    expect(result.status).toBe(0)
    expect(result.stderr).toContain(`out/claude/.agentdef-tmp-${ended}-0123abcd:1:1: info: Removed a temporary file left by a build that was stopped mid-way (output-temp-removed)`)
    expect(listFiles(join(dir, 'out'))).toEqual(['claude/.agentdef-tmp-notes', 'claude/a.md'])
  })
})

describe('--check', () => {
  it('prints a unified diff of each drifting output and the command that fixes it; that command does', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/b.md': agent('b') })
    expect(run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude').status).toBe(0)
    writeFileSync(join(dir, 'agents/a.md'), agent('a', 'You do a, twice.'))
    const check = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--check')
    expect(check.status).toBe(1)
    expect(check.stdout).toContain('--- a/claude/a.md\n+++ b/claude/a.md\n@@ ')
    expect(check.stdout).toContain('\n-You do a.\n+You do a, twice.\n')
    expect(check.stdout).not.toContain('b/claude/b.md')
    expect(check.stderr).toContain('To update them: agentdef build agents --out out --target claude\n')
    const fix = check.stderr.match(/To update them: agentdef (.*)\n/)![1]!.split(' ')
    expect(run(dir, ...fix).status).toBe(0)
    expect(run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--check').status).toBe(0)
  })
})

describe('--dry-run', () => {
  it('writes nothing, not even the manifest, and lists what would be created, replaced and removed', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/b.md': agent('b') })
    const fresh = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--dry-run')
    expect(fresh.status).toBe(0)
    expect(fresh.stdout).toContain('agents/a.md: would create claude/a.md\n')
    expect(existsSync(join(dir, 'out'))).toBe(false)
    expect(run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude').status).toBe(0)
    const manifest = read(dir, 'out/.agentdef-manifest.json')
    writeFileSync(join(dir, 'agents/a.md'), agent('a', 'You do a, twice.'))
    rmSync(join(dir, 'agents/b.md'))
    const changed = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--dry-run', '--clean')
    expect(changed.status).toBe(0)
    expect(changed.stdout).toContain('agents/a.md: would replace claude/a.md\n')
    expect(changed.stderr).toContain('out/claude/b.md:1:1: warning: Would be removed: its source has gone (--dry-run) (output-stale)')
    expect(read(dir, 'out/.agentdef-manifest.json')).toBe(manifest)
    expect(readFileSync(join(dir, 'out/claude/a.md'), 'utf8')).toContain('You do a.')
    expect(listFiles(join(dir, 'out'))).toEqual(['claude/a.md', 'claude/b.md'])
    expect(run(dir, 'build', 'agents', '--out', 'out', '--dry-run', '--check').status).toBe(2)
  })
})
