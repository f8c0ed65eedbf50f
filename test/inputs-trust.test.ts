/**
 * Inputs a build step can trust (issue 9): globs, ignore files, symbolic links, the
 * output root never read as an input, and reads that stop at the size limit and
 * never block on a path that is no file. Each case is one of the defects measured
 * on the issue's `main`, or a behaviour the issue asks for.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLI, ensureBuilt, listFiles, run, STACK, tempProject } from './helpers/cli.js'

const agent = (name: string) => `---\nname: ${name}\ndescription: Does ${name}.\n---\n\nYou do ${name}.\n`
const isPosix = process.platform !== 'win32'

beforeAll(() => ensureBuilt())

describe('globs', () => {
  it('a glob names the files it matches; a glob that matches nothing is an error naming it', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/deep/b.md': agent('b'), 'agents/notes.txt': 'not an agent', 'other/c.md': agent('c') })
    const result = run(dir, 'build', 'agents/**/*.md', '--out', 'out', '--target', 'claude')
    expect(result.status).toBe(0)
    expect(listFiles(join(dir, 'out'))).toEqual(['claude/a.md', 'claude/b.md'])
    const none = run(dir, 'build', 'agent/**/*.md', '--out', 'out', '--target', 'claude')
    expect(none.status).toBe(1)
    expect(none.stderr).toContain('error: Glob `agent/**/*.md` matches no file (input-missing)')
  })
})

describe('ignore files', () => {
  it('.gitignore (from the top of the repository down) and .agentdefignore leave files out; a deeper `!` rule re-includes', () => {
    const dir = tempProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'drafts/\n',
      'agents/.agentdefignore': 'wip-*.md\n!wip-keep.md\n',
      'agents/a.md': agent('a'),
      'agents/wip-b.md': agent('b'),
      'agents/wip-keep.md': agent('keep'),
      'agents/drafts/c.md': agent('c'),
    })
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude')
    expect(result.status).toBe(0)
    expect(listFiles(join(dir, 'out'))).toEqual(['claude/a.md', 'claude/keep.md'])
    // Named on the command line, an ignored file is read: the user asked for it.
    expect(run(dir, 'build', 'agents/wip-b.md', '--out', 'out2', '--target', 'claude').status).toBe(0)
  })

  it('a folder whose every agent is ignored is `input-none`, and the message says how many paths the ignore files left out', () => {
    const dir = tempProject({ 'agents/.agentdefignore': '*.md\n', 'agents/a.md': agent('a'), 'agents/b.md': agent('b') })
    const result = run(dir, 'build', 'agents', '--out', 'out')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('No agent definition found in `agents` (2 paths left out by .gitignore or .agentdefignore) (input-none)')
  })
})

describe('--exclude', () => {
  it('leaves out the paths its patterns name (.gitignore syntax), in folders and in globs', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/legacy/b.md': agent('b'), 'agents/c.draft.md': agent('c') })
    for (const input of ['agents', 'agents/**/*.md']) {
      const result = run(dir, 'build', input, '--out', `out-${input.length}`, '--target', 'claude', '--exclude', 'legacy/', '--exclude', '*.draft.md')
      expect(result.status, input).toBe(0)
      expect(listFiles(join(dir, `out-${input.length}`)), input).toEqual(['claude/a.md'])
    }
  })
})

describe.runIf(isPosix)('symbolic links', () => {
  it('followed inside the input folder (each file read once), reported when they lead outside or nowhere; never skipped without a word', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/team/b.md': agent('b'), 'elsewhere/c.md': agent('c') })
    symlinkSync(join(dir, 'agents/team'), join(dir, 'agents/linked-team'))
    symlinkSync(join(dir, 'agents/a.md'), join(dir, 'agents/alias.md'))
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'agents/outside'))
    symlinkSync(join(dir, 'agents/missing.md'), join(dir, 'agents/broken.md'))
    mkdirSync(join(dir, 'agents/inner'))
    symlinkSync(join(dir, 'agents/team/b.md'), join(dir, 'agents/inner/b-link.md'))
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--verbose')
    expect(result.status).toBe(0)
    expect(listFiles(join(dir, 'out'))).toEqual(['claude/a.md', 'claude/b.md'])
    expect(result.stderr).toContain(`agents/outside:1:1: warning: Symbolic link to \`${join(dir, 'elsewhere')}\`, outside the input folder`)
    expect(result.stderr).toContain('agents/broken.md:1:1: warning: Symbolic link to')
    expect(result.stderr).toMatch(/agents\/alias\.md:1:1: info: Symbolic link to `.*a\.md`, already read as `agents\/a\.md`; read once \(input-symlink\)/)
    expect(result.stderr).not.toMatch(STACK)
  })

  it('an output folder reached through a symbolic link is not an input: the build does not compile its own outputs', () => {
    const dir = tempProject({ 'site/agents/a.md': agent('a'), 'site/agents/b.md': agent('b') })
    symlinkSync(join(dir, 'site/generated'), join(dir, 'out-link'))
    mkdirSync(join(dir, 'site/generated'))
    for (let i = 0; i < 2; i++) {
      const result = run(dir, 'build', 'site', '--out', 'out-link', '--target', 'claude')
      expect(result.stderr).not.toContain('name-collision')
      expect(result.stdout).not.toContain('generated')
      expect(result.status).toBe(0)
    }
    expect(listFiles(join(dir, 'site/generated'))).toEqual(['claude/a.md', 'claude/b.md'])
  })
})

describe('the output root holding the inputs', () => {
  it('`build . --out .` compiles the sources, and the second run leaves out the files its manifest lists', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/b.md': agent('b') })
    const first = run(dir, 'build', '.', '--out', '.', '--target', 'claude')
    expect(first.status).toBe(0)
    expect(first.stderr).toContain('2/2 files compiled')
    const second = run(dir, 'build', '.', '--out', '.', '--target', 'claude')
    expect(second.status).toBe(0)
    expect(second.stderr).toContain('2/2 files compiled')
    expect(second.stderr).toContain('Outputs: 0 written, 2 unchanged, 0 removed')
  })
})

describe.runIf(isPosix)('reads that stop at the limit and never block', () => {
  it('a named pipe or a device is refused before it is read: in a folder, named in a build, or given to convert', () => {
    const dir = tempProject({ 'agents/a.md': agent('a') })
    const fifo = spawnSync('mkfifo', [join(dir, 'agents/pipe.md')])
    expect(fifo.status).toBe(0)
    const start = Date.now()
    const folder = spawnSync(process.execPath, [CLI, 'build', 'agents', '--out', 'out', '--target', 'claude', '--verbose'], { cwd: dir, encoding: 'utf8', timeout: 20_000 })
    expect(folder.signal).toBeNull()
    expect(folder.stderr).toContain('agents/pipe.md:1:1: error: Cannot read the file: a named pipe (FIFO), not a file (file-read)')
    expect(folder.stderr).toContain('agents/a.md: claude → a')
    const named = spawnSync(process.execPath, [CLI, 'convert', 'agents/pipe.md', '--to', 'claude'], { cwd: dir, encoding: 'utf8', timeout: 20_000 })
    expect(named.status).toBe(1)
    expect(named.stderr).toContain('a named pipe (FIFO), not a file (file-read)')
    const device = spawnSync(process.execPath, [CLI, 'convert', '/dev/zero', '--to', 'claude'], { cwd: dir, encoding: 'utf8', timeout: 20_000 })
    expect(device.status).toBe(1)
    expect(device.stderr).toContain('/dev/zero:1:1: error: Cannot read the file: a character device, not a file (file-read)')
    // Nothing waited for a writer: a blocked open would have run into the timeout above.
    expect(Date.now() - start).toBeLessThan(60_000)
  })

  it('a file over --max-size is refused with its size, whether found in a folder or named', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/big.md': agent('big') + 'x'.repeat(5000) })
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--max-size', '4k')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/agents\/big\.md:1:1: error: File is \d{4} bytes, over the limit of 4096 bytes \(file-too-large\)/)
    expect(listFiles(join(dir, 'out'))).toEqual(['claude/a.md'])
  })
})

describe('standard input', () => {
  it('`convert -` and `inspect -` read standard input; --stdin-name gives the name its dialect is known by', () => {
    const dir = tempProject({})
    const convert = spawnSync(process.execPath, [CLI, 'convert', '-', '--to', 'opencode'], { cwd: dir, encoding: 'utf8', input: agent('piped') })
    expect(convert.status).toBe(0)
    expect(convert.stdout).toContain('You do piped.')
    const inspect = spawnSync(process.execPath, [CLI, 'inspect', '-', '--stdin-name', 'piped.toml'], { cwd: dir, encoding: 'utf8', input: 'name = "piped"\ndescription = "Does piped."\ndeveloper_instructions = "You do piped."\n' })
    expect(inspect.status).toBe(0)
    expect(JSON.parse(inspect.stdout).source.dialect).toBe('codex')
    const large = spawnSync(process.execPath, [CLI, 'convert', '-', '--to', 'claude', '--max-size', '1k'], { cwd: dir, encoding: 'utf8', input: agent('big') + 'x'.repeat(4000) })
    expect(large.status).toBe(1)
    expect(large.stderr).toContain('<stdin>:1:1: error: File is 1025 bytes, over the limit of 1024 bytes (file-too-large)')
  })
})

describe('the yaml library', () => {
  it('never prints a raw Node warning: a collection used as a key, in a data file or in the config, is said by agentdef or not at all', () => {
    const dir = tempProject({ '.roomodes': 'customModes:\n  - slug: w\n    name: W\n    roleDefinition: You do w.\n    groups: [read]\n    ? [a, b]\n    : c\n', 'sub/agentdef.config.yaml': '? [a]\n: b\n', 'sub/a.md': agent('a') })
    const data = spawnSync(process.execPath, [CLI, 'convert', '.roomodes', '--to', 'claude'], { cwd: dir, encoding: 'utf8' })
    expect(data.status).toBe(0)
    expect(data.stderr).toContain('(target-dropped)')
    const config = spawnSync(process.execPath, [CLI, 'lint', 'a.md'], { cwd: join(dir, 'sub'), encoding: 'utf8' })
    expect(config.status).toBe(2)
    for (const stderr of [data.stderr, config.stderr]) expect(stderr).not.toMatch(/\(node:\d+\)|Warning:/)
  })
})
