/** `agentdef init` (issue 9): a starting config and npm scripts from the folders already there; nothing overwritten, nothing asked. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, listFiles, run, spawnRun, tempProject } from './helpers/cli.js'

const agent = (name: string) => `---\nname: ${name}\ndescription: Does ${name}.\n---\n\nYou do ${name}.\n`
const json = (dir: string, path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>

beforeAll(() => ensureBuilt())

describe('agentdef init', () => {
  it('targets the tools whose folders are here, adds the scripts, and the build it sets up runs with no flags', () => {
    const pkg = '{\n    "name": "team-agents",\n    "scripts": {\n        "test": "echo ok"\n    }\n}\n'
    const dir = tempProject({ 'agents/a.md': agent('a'), '.claude/settings.json': '{}\n', '.opencode/opencode.json': '{}\n', '.github/workflows/ci.yml': 'on: push\n', 'package.json': pkg })
    // Not on a terminal (a spawned process, its standard input a pipe): it asks nothing and finishes.
    const result = spawnRun(dir, 'init')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Wrote agentdef.config.json: sources agents, targets claude (.claude), opencode (.opencode), layout native')
    expect(json(dir, 'agentdef.config.json')).toEqual({ $schema: './node_modules/agentdef/src/config/config.schema.json', include: ['agents'], targets: ['claude', 'opencode'], layout: 'native' })
    // Its own indentation kept; the other keys and scripts untouched.
    const after = readFileSync(join(dir, 'package.json'), 'utf8')
    expect(after).toBe('{\n    "name": "team-agents",\n    "scripts": {\n        "test": "echo ok",\n        "agents": "agentdef build",\n        "agents:check": "agentdef build --check"\n    }\n}\n')
    const build = run(dir, 'build')
    expect(build.status).toBe(0)
    expect(listFiles(dir).filter((p) => p.includes('/a.'))).toEqual(['.claude/agents/a.md', '.opencode/agent/a.md', 'agents/a.md'])
    expect(run(dir, 'build', '--check').status).toBe(0)
  })

  it('never overwrites: a config that exists, or a script of the same name that runs something else, is left and said', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agentdef.config.yaml': 'targets: [gemini]\n', 'package.json': '{ "scripts": { "agents": "make agents" } }' })
    const before = readFileSync(join(dir, 'package.json'), 'utf8')
    const result = run(dir, 'init')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('agentdef.config.yaml exists; left as it is')
    expect(result.stdout).toContain('package.json already has a script `agents` that runs something else; left as it is')
    expect(listFiles(dir)).not.toContain('agentdef.config.json')
    expect(json(dir, 'package.json').scripts).toEqual({ agents: 'make agents', 'agents:check': 'agentdef build --check' })
    expect(before).not.toBe(readFileSync(join(dir, 'package.json'), 'utf8'))
    // Run again: nothing left to add, nothing changed.
    const again = readFileSync(join(dir, 'package.json'), 'utf8')
    expect(run(dir, 'init').status).toBe(0)
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(again)
  })

  it('--target chooses the targets; with no tool folder and no package.json, claude and a line saying what to add', () => {
    const chosen = tempProject({ '.claude/agents/a.md': agent('a') })
    expect(run(chosen, 'init', '--target', 'codex,gemini').status).toBe(0)
    expect(json(chosen, 'agentdef.config.json')).toMatchObject({ include: ['.claude/agents'], targets: ['codex', 'gemini'] })
    const bare = tempProject({ 'agents/a.md': agent('a') })
    const result = run(bare, 'init')
    expect(result.stdout).toContain('No package.json here')
    expect(json(bare, 'agentdef.config.json')).toMatchObject({ targets: ['claude'] })
  })

  it('a package.json that is not JSON is a diagnostic, not a stack trace, and nothing is written', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'package.json': '{ not json' })
    const result = run(dir, 'init')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^package\.json:1:1: error: Cannot read it: .* \(file-read\)\n$/)
    expect(listFiles(dir)).toEqual(['agents/a.md', 'package.json'])
  })
})
