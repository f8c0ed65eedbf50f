/** What the summary says (issue 10, in part): why warnings fail a run, errors only with --quiet, drift counted as drift. */
import { describe, expect, it } from 'vitest'
import { run, tempProject } from './helpers/cli.js'

const warned = '---\nname: a\ndescription: Does a.\ntools: Frobnicate\n---\n\nYou do a, carefully.\n'

describe('the summary', () => {
  it('says why warnings fail the run: --strict, or more than --max-warnings', () => {
    const dir = tempProject({ 'agents/a.md': warned })
    const strict = run(dir, 'lint', '--target', 'claude', '--strict')
    expect(strict.status).toBe(1)
    expect(strict.stderr).toContain('1 file checked, 0 errors, 1 warning (failed: a warning is an error with --strict)')
    const allowed = run(dir, 'lint', '--target', 'claude', '--max-warnings', '1')
    expect(allowed.status).toBe(0)
    const over = run(dir, 'build', '--out', 'out', '--target', 'claude', '--max-warnings', '0')
    expect(over.status).toBe(1)
    expect(over.stderr).toContain('1/1 files compiled, 0 errors, 1 warning (failed: 1 warning, more than --max-warnings 0)')
    expect(run(dir, 'lint', '--max-warnings', 'few').status).toBe(2)
  })

  it('--quiet prints errors only', () => {
    const dir = tempProject({ 'agents/a.md': warned, 'agents/b.md': '\n' })
    const quiet = run(dir, 'lint', '--target', 'claude', '--quiet')
    expect(quiet.stderr).not.toContain('warning:')
    expect(quiet.stderr).toContain('agents/b.md:1:1: error:')
  })

  it('--check counts an out-of-date output as out of date, not as a file that failed to compile', () => {
    const dir = tempProject({ 'agents/a.md': warned })
    expect(run(dir, 'build', '--out', 'out', '--target', 'claude').status).toBe(0)
    const check = run(dir, 'build', '--out', 'out', '--target', 'claude,opencode', '--check')
    expect(check.status).toBe(1)
    expect(check.stderr).toContain('1/1 files compiled, 1 error, 2 warnings, 1 outputs out of date')
  })
})

describe('colour', () => {
  it('colours the severity on request (FORCE_COLOR), never with NO_COLOR or in a pipe', async () => {
    const { main } = await import('../src/command-line/main.js')
    const dir = tempProject({ 'agents/a.md': warned })
    const lint = (env: Record<string, string>) => {
      let text = ''
      const stream = { write: (chunk: string) => ((text += chunk), true) }
      const previous = process.cwd()
      process.chdir(dir)
      try {
        main(['lint', '--target', 'claude'], { stdout: { write: () => true }, stderr: stream, env })
      } finally {
        process.chdir(previous)
      }
      return text
    }
    expect(lint({ FORCE_COLOR: '1' })).toContain('\u001b[33mwarning\u001b[39m')
    expect(lint({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain('\u001b[')
    expect(lint({})).not.toContain('\u001b[')
  })
})
