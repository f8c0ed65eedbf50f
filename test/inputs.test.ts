/** Input discovery over the dialect fixtures: which files are compiled, which skipped with a note. */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findInputs } from '../src/internal.js'

const FIXTURES = fileURLToPath(new URL('fixtures/dialects-other/', import.meta.url))

describe('finding inputs', () => {
  it('compiles .roomodes and agent-shaped data files; skips package.json and fabric user.md', () => {
    const { files, skipped } = findInputs([FIXTURES])
    const rel = (paths: string[]) => paths.map((p) => p.slice(FIXTURES.length).replace(/\\/g, '/')).sort()
    expect(rel(files)).toContain('roo/.roomodes')
    expect(rel(files)).toContain('roo/team.json')
    expect(rel(files)).toContain('roo/one-mode.yaml')
    expect(rel(files)).toContain('langgpt/data/tea_role.yaml')
    expect(rel(skipped)).toEqual(['fabric/patterns/rank_recipes/user.md', 'roo/package.json'])
  })
})

describe('project instruction files', () => {
  it('AGENTS.md, CLAUDE.md, GEMINI.md and Copilot instructions are skipped with a note of their own, not compiled as agents', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const { build, compileSource, diagnosticsOf } = await import('../src/internal.js')
    const dir = mkdtempSync(join(tmpdir(), 'agentdef-instructions-'))
    mkdirSync(join(dir, '.github', 'instructions'), { recursive: true })
    const text = '# Project\n\nUse pnpm, never npm.\n'
    for (const name of ['AGENTS.md', 'CLAUDE.md', 'GEMINI.md', '.github/copilot-instructions.md', '.github/instructions/ts.instructions.md']) writeFileSync(join(dir, name), text)
    // A prompt that happens to be named after a tool, in lower case, is still an agent.
    writeFileSync(join(dir, 'gemini.md'), 'You review Go code.\n')
    const { files, instructions } = findInputs([dir])
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['gemini.md'])
    expect(instructions).toHaveLength(5)
    const result = build({ inputs: [dir], out: join(dir, 'out'), targets: ['claude'], lang: 'all', modelMap: {}, write: false, cwd: dir })
    const notes = result.general.flatMap((f) => diagnosticsOf(f)).filter((d) => d.rule === 'input-instructions')
    expect(notes.map((d) => d.severity)).toEqual(['info', 'info', 'info', 'info', 'info'])
    expect(notes.find((d) => d.path === 'AGENTS.md')?.message).toBe('Skipped: `AGENTS.md` holds project instructions read by Codex, opencode, Cursor, Copilot and others, not an agent definition')
    // Named explicitly (`convert AGENTS.md`), it is a warning, and no agent named `agents` comes out.
    const named = compileSource('AGENTS.md', Buffer.from(text), { targets: ['claude'], lang: 'all', modelMap: {} })
    expect(named.agents).toEqual([])
    expect(diagnosticsOf(named.file).map((d) => `${d.severity}:${d.rule}`)).toEqual(['warning:input-instructions'])
  })
})

describe('no inputs', () => {
  it('an empty folder, or one of files that are no agents, is an error (exit 1), never `0/0 files compiled` and success', async () => {
    const { run, tempProject } = await import('./helpers/cli.js')
    const dir = tempProject({ 'agents/README.md': '# Our agents\n', 'agents/AGENTS.md': '# Rules\n' })
    for (const args of [['build', 'agents', '--out', 'out'], ['lint', 'agents']]) {
      const command = args[0]!
      const result = run(dir, ...args)
      expect(result.status, command).toBe(1)
      expect(result.stderr).toContain('error: No agent definition found in `agents` (2 files skipped as not agents) (input-none)')
    }
  })
})

describe('filesystem errors are diagnostics', () => {
  it('an output folder that is a file is an error for that output; the other targets are written, nothing throws', async () => {
    const { run, tempProject, listFiles } = await import('./helpers/cli.js')
    const dir = tempProject({ 'agents/a.md': '---\nname: a\ndescription: Does a.\n---\n\nYou do a.\n', 'out/claude': 'not a folder' })
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude,opencode')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/error: Cannot write `claude\/a\.md`: .* \(output-write\)/)
    expect(listFiles(dir)).toContain('out/opencode/a.md')
  })

  it('a folder nested past the path length limit is a diagnostic for that folder; the rest of the build goes on', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { run, tempProject } = await import('./helpers/cli.js')
    const dir = tempProject({ 'agents/a.md': '---\nname: a\ndescription: Does a.\n---\n\nYou do a.\n' })
    // Built one level at a time from inside (each call's path stays short), until the whole path passes PATH_MAX (4096).
    const part = 'd'.repeat(200)
    const cwd = process.cwd()
    try {
      process.chdir(join(dir, 'agents'))
      for (let i = 0; i < 25; i++) {
        mkdirSync(part)
        process.chdir(part)
      }
      writeFileSync('b.md', '---\nname: b\ndescription: Does b.\n---\n\nYou do b.\n')
    } finally {
      process.chdir(cwd)
    }
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--verbose')
    expect(result.stderr).toMatch(/error: .*(ENAMETOOLONG|too long).* \((file-read)\)/)
    expect(result.stderr).toContain('agents/a.md: claude → a')
  })
})
