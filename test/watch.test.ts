/**
 * `build --watch` (issue 9), as a user runs it: a real process, changes made on disk,
 * the outputs and the manifest checked after each rebuild, Ctrl-C (SIGINT) to stop.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLI, ensureBuilt, tempProject } from './helpers/cli.js'

const agent = (name: string, prompt = `You do ${name}.`) => `---\nname: ${name}\ndescription: Does ${name}.\n---\n\n${prompt}\n`

beforeAll(() => ensureBuilt())

/** Poll until `test` holds (or fail after `ms`): the watcher's timing is the system's, never asserted. */
async function until(test: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

describe.runIf(process.platform !== 'win32')('build --watch', () => {
  it('rebuilds what changed, survives a half-written save, removes with --clean what lost its source, and stops on SIGINT', async () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/b.md': agent('b') })
    const child = spawn(process.execPath, [CLI, 'build', 'agents', '--out', 'out', '--target', 'claude', '--clean', '--watch'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    const output = (name: string) => (existsSync(join(dir, 'out/claude', name)) ? readFileSync(join(dir, 'out/claude', name), 'utf8') : undefined)
    const manifest = () => Object.keys((JSON.parse(readFileSync(join(dir, 'out/.agentdef-manifest.json'), 'utf8')) as { files: object }).files)
    try {
      await until(() => stderr.includes('Watching for changes'), 'the first build')
      expect(stderr).toContain('2/2 files compiled')
      expect(output('a.md')).toContain('You do a.')

      // A change: rebuilt.
      writeFileSync(join(dir, 'agents/a.md'), agent('a', 'You do a, again.'))
      await until(() => output('a.md')?.includes('You do a, again.') === true, 'the rebuild of a.md')
      expect(stderr).toMatch(/agents\/a\.md changed: rebuilt/)

      // A save in two halves, with a pause between: the output ends as the whole file, and no error remains.
      const whole = agent('a', 'You do a, written in two halves.')
      writeFileSync(join(dir, 'agents/a.md'), whole.slice(0, 20))
      await new Promise((done) => setTimeout(done, 60))
      writeFileSync(join(dir, 'agents/a.md'), whole)
      await until(() => output('a.md')?.includes('written in two halves') === true, 'the whole save')
      const after = stderr.length
      // A new file, then a removed one: its output goes, and the manifest forgets it.
      writeFileSync(join(dir, 'agents/c.md'), agent('c'))
      await until(() => output('c.md') !== undefined, 'the new agent')
      rmSync(join(dir, 'agents/b.md'))
      await until(() => output('b.md') === undefined, 'the removal of b.md')
      await until(() => !manifest().includes('claude/b.md'), 'the manifest without b.md')
      expect(manifest()).toEqual(['claude/a.md', 'claude/c.md'])
      expect(stderr.slice(after)).not.toMatch(/error:/)
    } finally {
      child.kill('SIGINT')
    }
    expect(await exited).toBe(0)
  }, 60_000)

  it('is refused with --check or --dry-run (a usage error)', async () => {
    const dir = tempProject({ 'agents/a.md': agent('a') })
    const { run } = await import('./helpers/cli.js')
    expect(run(dir, 'build', '--watch', '--check').status).toBe(2)
    expect(run(dir, 'build', '--watch', '--dry-run').status).toBe(2)
  })
})
