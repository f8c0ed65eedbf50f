/**
 * The command line end to end, in temporary folders with the output folder
 * inside them. Exit codes 0 / 1 / 2, diagnostics as
 * `path:line:col: severity: message (rule)`, never a stack trace, nothing
 * written outside `--out`.
 *
 * Most cases call `main()` in-process (`run`, test/helpers/cli.ts): the same
 * arguments, working directory, exit code, stdout and stderr as a user's run,
 * without starting node for each. The last block spawns the real process
 * (`node dist/cli.cjs`, and the bin as npm links it) for what only a process
 * shows, and checks that it gives what `run` gives.
 */
import { chmodSync, mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import YAML from 'yaml'
import { pathToFileURL } from 'node:url'
import { spawn, spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, ensureBuilt, listFiles, read, run, spawnRun, STACK, tempProject, type Run } from './helpers/cli.js'
import { readSeed, ROOT } from './helpers/paths.js'
import { validateClaude, validateOpenAI, validateOutput } from './helpers/validate.js'
import { outputPath, TARGET_IDS, targets } from '../src/internal.js'

/** Every target's output path for each agent name, sorted as listFiles sorts them: the registry decides what a build writes. */
const outputsOf = (...names: string[]): string[] => [...new Set(TARGET_IDS.flatMap((id) => names.map((name) => outputPath(id, name))))].sort()

const REVIEWER = `---
name: reviewer
description: Reviews changes for correctness. Use after editing code.
tools: Read, Grep, Bash
model: sonnet
color: blue
---

You review code. Read the diff, then the files around it.
`

const WRITER = `# Docs Writer

## Description
Writes user documentation in plain English.

## System Prompt
You write documentation.

### Principles:
- Lead with what the reader can do.

## Tools
- read
- write
`

const temps: string[] = []
function project(files: Record<string, string | Uint8Array>): string {
  const dir = tempProject(files)
  temps.push(dir)
  return dir
}

/** No stack trace, whatever happened. */
function noStack(result: Run, args: string[]): Run {
  expect(result.stderr, `agentdef ${args.join(' ')}`).not.toMatch(STACK)
  expect(result.stdout, `agentdef ${args.join(' ')}`).not.toMatch(STACK)
  return result
}

/** Every run (in-process: `main()`): no stack trace, whatever happened. */
function cli(cwd: string, ...args: string[]): Run {
  return noStack(run(cwd, ...args), args)
}

/** A run of the real process (`node dist/cli.cjs`): no stack trace, whatever happened. */
function spawned(cwd: string, ...args: string[]): Run {
  return noStack(spawnRun(cwd, ...args), args)
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

describe('agentdef build', () => {
  it('writes <out>/claude/*.md, <out>/openai-assistant/*.json, <out>/prompt/*.txt and exits 0', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agents/docs/writer.md': WRITER, 'agents/backend.txt': readSeed(3) })
    const before = listFiles(dir)
    const result = cli(dir, 'build', 'agents', '--out', 'out')
    expect(result.status, result.stderr).toBe(0)
    expect(listFiles(join(dir, 'out'))).toEqual(outputsOf('backend-developer', 'docs-writer', 'reviewer'))
    expect(listFiles(join(dir, 'out'))).toEqual(expect.arrayContaining(['claude/reviewer.md', 'openai-assistant/reviewer.json', 'prompt/reviewer.txt']))
    for (const name of ['backend-developer', 'docs-writer', 'reviewer']) {
      expect(validateClaude(read(dir, `out/claude/${name}.md`)), name).toEqual([])
      expect(validateOpenAI(read(dir, `out/openai-assistant/${name}.json`)), name).toEqual([])
      for (const id of TARGET_IDS) {
        expect(validateOutput({ target: id, content: read(dir, `out/${outputPath(id, name)}`) }), `${id}/${name}`).toEqual([])
      }
    }
    expect(read(dir, 'out/prompt/reviewer.txt')).toBe('You review code. Read the diff, then the files around it.\n')
    // Nothing outside --out: the folder holds the inputs and the outputs, nothing else.
    expect(listFiles(dir).filter((f) => !f.startsWith('out/'))).toEqual(before)
    // Files with nothing to say print nothing: the summary counts them.
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^3\/3 files compiled, 0 errors, 1 warning$/m)
    expect(result.stderr).toMatch(new RegExp(`^Outputs: ${3 * TARGET_IDS.length - 2} written, 0 unchanged, 0 removed$`, 'm'))
  })

  it('is deterministic: a second build writes the same bytes and reports them unchanged', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER })
    expect(cli(dir, 'build', 'agents', '--out', 'out').status).toBe(0)
    const first = read(dir, 'out/openai-assistant/reviewer.json')
    const again = cli(dir, 'build', 'agents', '--out', 'out', '--format', 'json')
    expect(again.status).toBe(0)
    expect(read(dir, 'out/openai-assistant/reviewer.json')).toBe(first)
    const report = JSON.parse(again.stdout) as { files: { outputs: { written: string[]; unchanged: string[] } }[] }
    expect(report.files[0]!.outputs.written).toEqual([])
    expect(report.files[0]!.outputs.unchanged).toHaveLength(TARGET_IDS.length)
  })

  it('--check exits 0 when up to date, and 1 naming the file after a change, writing nothing', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agents/writer.md': WRITER })
    expect(cli(dir, 'build', 'agents', '--out', 'out').status).toBe(0)
    const clean = cli(dir, 'build', 'agents', '--out', 'out', '--check')
    expect(clean.status, clean.stderr).toBe(0)

    writeFileSync(join(dir, 'agents/reviewer.md'), REVIEWER.replace('Reviews changes', 'Reviews every change'))
    const before = listFiles(dir).map((f) => [f, read(dir, f)])
    const drift = cli(dir, 'build', 'agents', '--out', 'out', '--check')
    expect(drift.status).toBe(1)
    expect(drift.stderr).toMatch(/^agents\/reviewer\.md:\d+:\d+: error: .*claude\/reviewer\.md.* \(output-drift\)$/m)
    expect(drift.stderr).not.toMatch(/writer\.md:.*output-drift/)
    expect(listFiles(dir).map((f) => [f, read(dir, f)])).toEqual(before)
  })

  it('--check exits 1 when an output has lost its source', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agents/writer.md': WRITER })
    expect(cli(dir, 'build', 'agents', '--out', 'out').status).toBe(0)
    rmSync(join(dir, 'agents/writer.md'))
    const stale = cli(dir, 'build', 'agents', '--out', 'out', '--check')
    expect(stale.status).toBe(1)
    expect(stale.stderr).toMatch(/docs-writer\.md.*\(output-stale\)/)
  })

  it('without --check, reports an output that lost its source; --clean removes it', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agents/writer.md': WRITER })
    expect(cli(dir, 'build', 'agents', '--out', 'out').status).toBe(0)
    rmSync(join(dir, 'agents/writer.md'))
    const kept = cli(dir, 'build', 'agents', '--out', 'out')
    expect(kept.status).toBe(0)
    expect(kept.stderr).toMatch(/^out\/prompt\/docs-writer\.txt:1:1: warning: .*--clean.* \(output-stale\)$/m)
    expect(listFiles(dir)).toContain('out/prompt/docs-writer.txt')
    const cleaned = cli(dir, 'build', 'agents', '--out', 'out', '--clean')
    expect(cleaned.status).toBe(0)
    expect(listFiles(dir).filter((f) => f.includes('docs-writer'))).toEqual([])
    expect(listFiles(dir)).toContain('out/prompt/reviewer.txt')
  })

  it('lint reports diagnostics, writes nothing, and --strict fails on warnings', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agents/plain.txt': 'You answer questions about SQL. Be brief.\n' })
    const before = listFiles(dir)
    const lint = cli(dir, 'lint', 'agents')
    expect(lint.status).toBe(0)
    expect(lint.stderr).toMatch(/^agents\/plain\.txt:1:1: warning: .*\(description-missing\)$/m)
    expect(listFiles(dir)).toEqual(before)
    expect(cli(dir, 'lint', 'agents', '--strict').status).toBe(1)
    expect(cli(dir, 'lint', 'agents/reviewer.md', '--strict').status).toBe(0)
    const json = JSON.parse(cli(dir, 'lint', 'agents', '--format', 'json').stdout)
    expect(json.totals.warnings).toBeGreaterThan(0)
  })

  it('--on-collision prefix-path writes both of two different agents with one name', () => {
    const dir = project({ 'agents/a/reviewer.md': REVIEWER, 'agents/b/reviewer.md': REVIEWER.replace('Read the diff', 'Read the change') })
    const refused = cli(dir, 'build', 'agents', '--out', 'out', '--target', 'prompt')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/agents\/a\/reviewer\.md:2:1: error: .*agents\/b\/reviewer\.md.*\(name-collision\)/)
    const renamed = cli(dir, 'build', 'agents', '--out', 'out', '--target', 'prompt', '--on-collision', 'prefix-path')
    expect(renamed.status).toBe(0)
    expect(listFiles(dir).filter((f) => f.startsWith('out/')).sort()).toEqual(['out/prompt/a-reviewer.txt', 'out/prompt/b-reviewer.txt'])
  })

  it('--max-size refuses a larger file with an error for that file only', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agents/big.md': REVIEWER + 'x'.repeat(4096) })
    const result = cli(dir, 'build', 'agents', '--out', 'out', '--max-size', '2k')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^agents\/big\.md:1:1: error: .*over the limit of 2048 bytes \(file-too-large\)$/m)
    expect(listFiles(dir)).toContain('out/claude/reviewer.md')
    expect(cli(dir, 'build', 'agents', '--out', 'out', '--max-size', 'lots').status).toBe(2)
  })

  it('convert asks which agent when a file defines several, and prints the one named', () => {
    const roomodes = 'customModes:\n  - slug: first-mode\n    name: First\n    roleDefinition: You do the first thing.\n    groups: [read]\n  - slug: second-mode\n    name: Second\n    roleDefinition: You do the second thing.\n    groups: [read]\n'
    const dir = project({ '.roomodes': roomodes })
    const ambiguous = cli(dir, 'convert', '.roomodes', '--to', 'prompt')
    expect(ambiguous.status).toBe(2)
    expect(ambiguous.stderr).toMatch(/defines 2 agents; choose one with --agent \(first-mode, second-mode\)/)
    const chosen = cli(dir, 'convert', '.roomodes', '--to', 'prompt', '--agent', 'second-mode')
    expect(chosen.status).toBe(0)
    expect(chosen.stdout).toBe('You do the second thing.\n')
    expect(cli(dir, 'convert', '.roomodes', '--to', 'prompt', '--agent', 'nope').status).toBe(2)
    // Roo's .roomodes holds several modes: every mode of the file, or the one named.
    const slugs = (text: string) => (YAML.parse(text) as { customModes: { slug: string }[] }).customModes.map((m) => m.slug)
    const all = cli(dir, 'convert', '.roomodes', '--to', 'roo')
    expect(all.status, all.stderr).toBe(0)
    expect(slugs(all.stdout)).toEqual(['first-mode', 'second-mode'])
    expect(validateOutput({ target: 'roo', content: all.stdout })).toEqual([])
    const one = cli(dir, 'convert', '.roomodes', '--to', 'roo', '--agent', 'first-mode')
    expect(one.status, one.stderr).toBe(0)
    expect(slugs(one.stdout)).toEqual(['first-mode'])
  })

  it('build gathers every agent of every file into one roo/.roomodes, sorted by slug, written once', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agents/docs/writer.md': WRITER, 'agents/backend.txt': readSeed(3) })
    const result = cli(dir, 'build', 'agents', '--out', 'out', '--target', 'roo', '--format', 'json')
    expect(result.status, result.stderr).toBe(0)
    expect(listFiles(join(dir, 'out'))).toEqual(['roo/.roomodes'])
    const text = read(dir, 'out/roo/.roomodes')
    expect(validateOutput({ target: 'roo', content: text })).toEqual([])
    expect((YAML.parse(text) as { customModes: { slug: string }[] }).customModes.map((m) => m.slug)).toEqual(['backend-developer', 'docs-writer', 'reviewer'])
    const report = JSON.parse(result.stdout) as { files: { outputs: { written: string[] } }[]; totals: { written: number } }
    expect(report.files.map((f) => f.outputs.written)).toEqual([['roo/.roomodes'], ['roo/.roomodes'], ['roo/.roomodes']])
    expect(report.totals.written).toBe(1)
    // Unchanged the second time; a file gone from the inputs leaves the others' modes, and --check sees the change.
    expect(cli(dir, 'build', 'agents', '--out', 'out', '--target', 'roo', '--check').status).toBe(0)
    rmSync(join(dir, 'agents/docs/writer.md'))
    const check = cli(dir, 'build', 'agents', '--out', 'out', '--target', 'roo', '--check')
    expect(check.status).toBe(1)
    expect(check.stderr.match(/\(output-drift\)/g)).toHaveLength(1)
    expect(cli(dir, 'build', 'agents', '--out', 'out', '--target', 'roo').status).toBe(0)
    expect((YAML.parse(read(dir, 'out/roo/.roomodes')) as { customModes: { slug: string }[] }).customModes.map((m) => m.slug)).toEqual(['backend-developer', 'reviewer'])
  })

  it('reads agentdef.config.json; flags given on the command line win over it', () => {
    const config = JSON.stringify({ targets: ['openai-assistant'], out: 'built', modelMap: { sonnet: 'gpt-5-mini' } })
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agentdef.config.json': config })
    expect(cli(dir, 'build').status).toBe(0)
    expect(listFiles(dir).filter((f) => f.startsWith('built/'))).toEqual(['built/openai-assistant/reviewer.json'])
    expect(JSON.parse(read(dir, 'built/openai-assistant/reviewer.json')).model).toBe('gpt-5-mini')
    expect(cli(dir, 'build', '--out', 'flagged', '--target', 'prompt', '--model-map', 'sonnet=gpt-4.1').status).toBe(0)
    expect(listFiles(dir).filter((f) => f.startsWith('flagged/'))).toEqual(['flagged/prompt/reviewer.txt'])
    const converted = cli(dir, 'convert', 'agents/reviewer.md', '--to', 'openai-assistant')
    expect(JSON.parse(converted.stdout).model).toBe('gpt-5-mini')
  })

  it('refuses a config file with an unknown key or a bad value as a usage error', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agentdef.config.json': '{"target": ["claude"]}', 'bad.json': '{"lang": "fr"}' })
    const unknown = cli(dir, 'build')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/agentdef\.config\.json: unknown key `target`/)
    const bad = cli(dir, 'build', '--config', 'bad.json')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/bad\.json: `lang` must be all, en or zh/)
  })

  it('--target prompt writes the prompt target only', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER })
    const result = cli(dir, 'build', 'agents', '--out', 'out', '--target', 'prompt')
    expect(result.status).toBe(0)
    expect(listFiles(join(dir, 'out'))).toEqual(['prompt/reviewer.txt'])
  })

  it('--format json prints a parseable report on stdout', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agents/empty.md': '' })
    const result = cli(dir, 'build', 'agents', '--out', 'out', '--format', 'json')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as {
      files: { path: string; outputs: { written: string[] }; messages: { rule: string; severity: string; line: number; column: number }[] }[]
      totals: { errors: number }
    }
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]))
    expect(byPath['agents/reviewer.md']!.outputs.written.sort()).toEqual(outputsOf('reviewer'))
    expect(byPath['agents/empty.md']!.messages).toEqual([expect.objectContaining({ rule: 'file-empty', severity: 'error', line: 1, column: 1 })])
    expect(report.totals.errors).toBe(1)
  })

  it.each([
    ['binary', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x0a]), 'file-binary'],
    ['empty', '', 'file-empty'],
    ['blank', '\n  \n', 'file-empty'],
    ['not UTF-8', Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0x0a]), 'file-encoding'],
  ])('a %s file: `path:line:col: error: … (rule)`, exit 1, the other files still written', (_kind, content, rule) => {
    const dir = project({ 'agents/bad.md': content, 'agents/reviewer.md': REVIEWER, 'agents/writer.md': WRITER })
    const result = cli(dir, 'build', 'agents', '--out', 'out')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`^agents/bad\\.md:\\d+:\\d+: error: .+ \\(${rule}\\)$`, 'm'))
    expect(listFiles(join(dir, 'out'))).toEqual(outputsOf('docs-writer', 'reviewer'))
  })

  it('a missing input: a diagnostic naming it, exit 1, the others still written', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER })
    const result = cli(dir, 'build', 'agents', 'nowhere', '--out', 'out')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^nowhere:1:1: error: .+ \(input-missing\)$/m)
    expect(listFiles(join(dir, 'out'))).toEqual(outputsOf('reviewer'))
  })

  it('writes nothing outside --out, even for names that try to climb out', () => {
    const evil = REVIEWER.replace('name: reviewer', 'name: ../../escaped')
    const dir = project({ 'work/agents/evil.md': evil, 'work/agents/abs.md': REVIEWER.replace('name: reviewer', 'name: /tmp/absolute') })
    const before = listFiles(dir)
    const result = cli(join(dir, 'work'), 'build', 'agents', '--out', 'out')
    expect(result.status, result.stderr).toBe(0)
    expect(listFiles(dir).filter((f) => !f.startsWith('work/out/'))).toEqual(before)
    // Each agent's own file, `<target>/<name><ext>`, or the one file of a target that gathers them (`roo/.roomodes`).
    const escape = (s: string) => s.replace(/[.]/g, '\\.')
    const paths = TARGET_IDS.map((id) => (targets[id].combine ? escape(outputPath(id, '')) : `${id}/[a-z0-9-]+${escape(targets[id].extension)}`))
    for (const file of listFiles(join(dir, 'work/out'))) expect(file).toMatch(new RegExp(`^(${paths.join('|')})$`))
    expect(result.stderr).toMatch(/\(name-unsafe\)/)
  })

  it('does not read its own output folder as input', () => {
    const dir = project({ 'agents/reviewer.md': REVIEWER })
    expect(cli(dir, 'build', 'agents', '--out', 'agents/out').status).toBe(0)
    const again = cli(dir, 'build', 'agents', '--out', 'agents/out', '--format', 'json')
    expect(again.status).toBe(0)
    expect((JSON.parse(again.stdout) as { files: unknown[] }).files).toHaveLength(1)
  })
})

describe('agentdef convert', () => {
  it('--to openai-assistant prints a valid request body on stdout and writes nothing', () => {
    const dir = project({ 'reviewer.md': REVIEWER })
    const result = cli(dir, 'convert', 'reviewer.md', '--to', 'openai-assistant')
    expect(result.status, result.stderr).toBe(0)
    expect(validateOpenAI(result.stdout)).toEqual([])
    const body = JSON.parse(result.stdout) as Record<string, unknown>
    expect(body).toMatchObject({ name: 'Reviewer', description: 'Reviews changes for correctness. Use after editing code.' })
    expect(listFiles(dir)).toEqual(['reviewer.md'])
  })

  it('--to claude prints a valid Claude file', () => {
    const dir = project({ 'writer.md': WRITER })
    const result = cli(dir, 'convert', 'writer.md', '--to', 'claude')
    expect(result.status).toBe(0)
    expect(validateClaude(result.stdout)).toEqual([])
    expect(result.stdout).toContain('tools: "Read, Write"')
  })

  it('follows --model-map and --model', () => {
    const dir = project({ 'reviewer.md': REVIEWER })
    const mapped = cli(dir, 'convert', 'reviewer.md', '--to', 'openai-assistant', '--model-map', 'sonnet=gpt-5-mini')
    expect((JSON.parse(mapped.stdout) as { model: string }).model).toBe('gpt-5-mini')
    const forced = cli(dir, 'convert', 'reviewer.md', '--to', 'openai-assistant', '--model-map', 'sonnet=gpt-5-mini', '--model', 'gpt-4o')
    expect((JSON.parse(forced.stdout) as { model: string }).model).toBe('gpt-4o')
  })

  it('--tool-map reads a repository\'s own tool names as known tools; a target that is no tool is a usage error', () => {
    const finder = REVIEWER.replace('tools: Read, Grep, Bash', 'tools: CodeSearch, Read, Deploy')
    const dir = project({ 'finder.md': finder, 'agentdef.config.json': JSON.stringify({ toolMap: { Deploy: ['Bash', 'mcp:deploy/run'] } }) })
    expect(cli(dir, 'lint', 'finder.md', '--config', 'none.json').status).toBe(2) // a --config that does not exist
    const plain = cli(dir, 'lint', 'finder.md')
    expect(plain.stderr).toMatch(/finder\.md:4:8: warning: Unknown tool `CodeSearch`; kept as written/)
    expect(plain.stderr).not.toMatch(/Unknown tool `Deploy`/)
    const mapped = cli(dir, 'convert', 'finder.md', '--to', 'claude', '--tool-map', 'CodeSearch=Grep')
    expect(mapped.status).toBe(0)
    expect(mapped.stderr).not.toMatch(/tools-unknown/)
    expect(mapped.stdout).toContain('tools: "Grep, Read, Bash, mcp__deploy__run"')
    const openai = JSON.parse(cli(dir, 'convert', 'finder.md', '--to', 'openai-assistant', '--tool-map', 'CodeSearch=search').stdout)
    expect(openai.tools.map((t: { function: { name: string } }) => t.function.name)).toEqual(['grep', 'read_file', 'run_shell_command', 'mcp__deploy__run'])
    const typo = cli(dir, 'convert', 'finder.md', '--to', 'claude', '--tool-map', 'CodeSearch=Grepp')
    expect(typo.status).toBe(2)
    expect(typo.stderr).toMatch(/--tool-map: `CodeSearch` is mapped to `Grepp`, which is neither/)
    writeFileSync(join(dir, 'agentdef.config.json'), JSON.stringify({ toolMap: { Deploy: 'Shipit' } }))
    const badConfig = cli(dir, 'lint', 'finder.md')
    expect(badConfig.status).toBe(2)
    expect(badConfig.stderr).toMatch(/agentdef\.config\.json: `toolMap`: `Deploy` is mapped to `Shipit`/)
  })

  it('--lang en leaves no Chinese in the output', () => {
    const dir = project({ 'bilingual.md': readSeed(0) })
    const result = cli(dir, 'convert', 'bilingual.md', '--to', 'prompt', '--lang', 'en')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('## Technical Expertise\n')
    expect(result.stdout).not.toMatch(/\p{Script=Han}/u)
  })

  it('a bad file: a diagnostic on stderr, nothing on stdout, exit 1', () => {
    const dir = project({ 'empty.md': '' })
    const result = cli(dir, 'convert', 'empty.md', '--to', 'claude')
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^empty\.md:1:1: error: .+ \(file-empty\)$/m)
  })

  it('a missing file: a diagnostic, exit 1', () => {
    const dir = project({})
    const result = cli(dir, 'convert', 'missing.md', '--to', 'claude')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^missing\.md:1:1: error: .+ \(input-missing\)$/m)
  })
})

describe('agentdef inspect', () => {
  it('prints the intermediate model as JSON', () => {
    const dir = project({ 'reviewer.md': REVIEWER })
    const result = cli(dir, 'inspect', 'reviewer.md')
    expect(result.status).toBe(0)
    const agent = JSON.parse(result.stdout) as Record<string, unknown>
    expect(agent).toMatchObject({
      name: 'reviewer',
      description: 'Reviews changes for correctness. Use after editing code.',
      model: { raw: 'sonnet', family: 'anthropic', tier: 'sonnet' },
      color: 'blue',
      tools: { mode: 'list', items: [{ id: 'read', raw: 'Read' }, { id: 'search', raw: 'Grep' }, { id: 'shell', raw: 'Bash' }] },
      instructions: { text: 'You review code. Read the diff, then the files around it.' },
      source: { dialect: 'claude' },
    })
    expect(listFiles(dir)).toEqual(['reviewer.md'])
  })
})

describe('usage errors exit 2', () => {
  const dir = () => project({ 'agents/reviewer.md': REVIEWER })

  it.each([
    ['an unknown flag', ['build', 'agents', '--out', 'out', '--frobnicate']],
    ['an unknown target', ['build', 'agents', '--out', 'out', '--target', 'nope']],
    ['an unknown target among known ones', ['build', 'agents', '--out', 'out', '--target', 'claude,nope']],
    ['an unknown --to', ['convert', 'agents/reviewer.md', '--to', 'nope']],
    ['convert without --to', ['convert', 'agents/reviewer.md']],
    ['two targets for convert', ['convert', 'agents/reviewer.md', '--to', 'claude,prompt']],
    ['an unknown language', ['build', 'agents', '--out', 'out', '--lang', 'fr']],
    ['an unknown command', ['frobnicate']],
  ])('%s', (_what, args) => {
    const cwd = dir()
    const result = cli(cwd, ...args)
    expect(result.status).toBe(2)
    expect(result.stderr.trim()).not.toBe('')
    expect(listFiles(cwd)).toEqual(['agents/reviewer.md'])
  })
})

describe('the real process (spawned: node dist/cli.cjs)', () => {
  beforeAll(() => {
    ensureBuilt()
  }, 120_000)

  const BAD = { 'agents/reviewer.md': REVIEWER, 'agents/writer.md': WRITER, 'agents/empty.md': '', 'agents/plain.txt': 'You answer questions about SQL. Be brief.\n' }

  /** `agentdef ...args` spawned in a fresh folder holding `files`; the same run in-process, in another fresh folder, must give the same status and bytes. */
  function both(files: Record<string, string>, ...args: string[]): Run {
    const real = spawned(project(files), ...args)
    expect(real, `agentdef ${args.join(' ')}: spawned vs in-process`).toEqual(cli(project(files), ...args))
    return real
  }

  it('build with a bad file: exit status 1; the diagnostics grouped by file and the summary on stderr, nothing on stdout', () => {
    const result = both(BAD, 'build', 'agents', '--out', 'out')
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^agents\/empty\.md:1:1: error: .+ \(file-empty\)$/m)
    expect(result.stderr).toMatch(/^3\/4 files compiled, 1 error, 3 warnings$/m)
    expect(result.stderr).toMatch(/^By rule:\n {2}1 error {5}file-empty\n {2}1 warning {3}description-missing\n {2}1 warning {3}name-missing\n {2}1 warning {3}target-dropped\n$/m)
    // --verbose: a line for every file, what it gave and what was written.
    const verbose = both(BAD, 'build', 'agents', '--out', 'out', '--verbose')
    expect(verbose.stderr).toMatch(new RegExp(`^agents/reviewer\\.md: claude → reviewer \\(${TARGET_IDS.length} written, 0 unchanged\\)$`, 'm'))
    expect(verbose.stderr).toMatch(/^agents\/empty\.md: not compiled \(0 written, 0 unchanged\)$/m)
  })

  it('convert: exit status 0, the output alone on stdout, nothing on stderr', () => {
    expect(both(BAD, 'convert', 'agents/reviewer.md', '--to', 'prompt')).toEqual({ status: 0, stdout: 'You review code. Read the diff, then the files around it.\n', stderr: '' })
  })

  it('usage errors, agentdef\'s own and commander\'s: exit status 2, a message on stderr, nothing on stdout', () => {
    const target = both(BAD, 'build', 'agents', '--target', 'nope')
    expect(target).toMatchObject({ status: 2, stdout: '' })
    expect(target.stderr).toMatch(/^error: .*unknown target `nope`/m)
    const flag = both(BAD, 'build', 'agents', '--frobnicate')
    expect(flag).toMatchObject({ status: 2, stdout: '' })
    expect(flag.stderr).toMatch(/^error: unknown option '--frobnicate'/m)
  })

  it('help: on stdout for --help; on stderr when no command is given', () => {
    const help = both({}, '--help')
    expect(help).toMatchObject({ status: 0, stderr: '' })
    expect(help.stdout).toMatch(/^Usage: agentdef \[options\] \[command\]/)
    const none = both({})
    expect(none.stdout).toBe('')
    expect(none.stderr).toMatch(/^Usage: agentdef \[options\] \[command\]/)
  })

  it('importing the command line module runs nothing: only the bin runs it', () => {
    const script = `const { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/command-line/main.js')).href)}); if (typeof main !== 'function') process.exit(3)`
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, 'build', 'agents'], { cwd: project(BAD), encoding: 'utf8' })
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: '', stderr: '' })
  })

  it.skipIf(process.platform === 'win32')('a reader that closes its pipe early (`| head`) ends the printing, not the build: no stack trace, the exit status and the outputs as ever', async () => {
    /** The command with one of its streams' reading end closed before it writes anything: its first write there fails with EPIPE. */
    const closing = (dir: string, stream: 'stdout' | 'stderr', ...args: string[]) =>
      new Promise<{ status: number | null; other: string }>((done) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } })
        child[stream].destroy()
        let other = ''
        child[stream === 'stdout' ? 'stderr' : 'stdout'].on('data', (chunk: Buffer) => (other += chunk.toString('utf8')))
        child.on('close', (status) => done({ status, other }))
      })
    const dir = project({ 'agents/reviewer.md': REVIEWER, 'agents/empty.md': '' })
    const help = await closing(dir, 'stdout', 'build', '--help')
    expect(help).toEqual({ status: 0, other: '' })
    // The diagnostics go to stderr: closed, the build still writes its outputs and fails for the empty file.
    const built = await closing(dir, 'stderr', 'build', 'agents', '--out', 'out', '--target', 'prompt')
    expect(built.status).toBe(1)
    expect(built.other).not.toMatch(STACK)
    expect(listFiles(join(dir, 'out'))).toEqual(['prompt/reviewer.txt'])
  })

  it.skipIf(process.platform === 'win32')('runs as the bin npm links (node_modules/.bin/agentdef → dist/cli.cjs, through its shebang)', () => {
    // npm makes the bin executable when it links it; dist/cli.cjs as esbuild writes it may not be.
    chmodSync(CLI, statSync(CLI).mode | 0o111)
    const dir = project({ 'agents/reviewer.md': REVIEWER })
    const bin = join(dir, 'node_modules', '.bin', 'agentdef')
    mkdirSync(dirname(bin), { recursive: true })
    symlinkSync(CLI, bin)
    // `#!/usr/bin/env node` finds the node running the tests first.
    const env = { ...process.env, NO_COLOR: '1', PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` }
    const version = spawnSync(bin, ['--version'], { cwd: dir, encoding: 'utf8', env })
    const { version: expected } = JSON.parse(read(ROOT, 'package.json')) as { version: string }
    expect({ status: version.status, stdout: version.stdout, stderr: version.stderr }).toEqual({ status: 0, stdout: `${expected}\n`, stderr: '' })
    const built = spawnSync(bin, ['build', 'agents', '--out', 'out', '--target', 'prompt'], { cwd: dir, encoding: 'utf8', env })
    expect(built.status, built.stderr).toBe(0)
    expect(built.stderr).not.toMatch(STACK)
    expect(listFiles(join(dir, 'out'))).toEqual(['prompt/reviewer.txt'])
  })
})
