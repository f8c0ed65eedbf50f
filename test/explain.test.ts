/** `agentdef explain` and `inspect --format yaml` (issue 10). */
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { run, tempProject } from './helpers/cli.js'
import { ROOT } from './helpers/paths.js'

const fixture = () => {
  const dir = mkdtempSync(join(tmpdir(), 'agentdef-explain-'))
  cpSync(join(ROOT, 'test/fixtures/report/agents'), join(dir, 'agents'), { recursive: true })
  return dir
}

interface Explained {
  path: string
  agents: { name: string; targets: { target: string; path?: string; fields: { field: string; fate: string; notes: { rule: string; message: string }[] }[] }[] }[]
}

describe('agentdef explain', () => {
  it('prints, per target and field by field, what was kept, translated or left out, and why', async () => {
    const result = run(fixture(), 'explain', 'agents/reviewer.md', '--target', 'claude,opencode,copilot,codex')
    expect(result.status).toBe(0)
    await expect(result.stdout).toMatchFileSnapshot(join(ROOT, 'test/fixtures/report/expected/explain.txt'))
  })

  it('says what the build reports: every target-* diagnostic of the build is a note of the explanation', () => {
    const dir = fixture()
    const explained = JSON.parse(run(dir, 'explain', 'agents/reviewer.md', '--format', 'json').stdout) as Explained
    const notes = explained.agents[0]!.targets.flatMap((t) => t.fields.flatMap((f) => f.notes.map((n) => n.message)))
    const lint = JSON.parse(run(dir, 'lint', 'agents/reviewer.md', '--format', 'json').stdout) as { files: { messages: { rule: string; message: string; targets: string[]; details?: { message: string }[] }[] }[] }
    const reported = lint.files[0]!.messages.filter((m) => m.rule.startsWith('target-'))
    expect(reported.length).toBeGreaterThan(0)
    for (const m of reported) {
      // A message said once for several targets stands for each target's own message.
      const text = m.message.slice(m.targets.join(', ').length + 2)
      const own = m.details ? m.details.map((d) => d.message) : m.targets.map((t) => `${t}: ${text}`)
      for (const text of own) expect(notes, text).toContain(text)
    }
    const opencode = explained.agents[0]!.targets.find((t) => t.target === 'opencode')!
    expect(opencode.path).toBe('opencode/reviewer.md')
    expect(Object.fromEntries(opencode.fields.map((f) => [f.field, f.fate]))).toEqual({ name: 'kept', description: 'kept', model: 'translated', tools: 'part left out', prompt: 'kept' })
  })

  it('a file that does not compile: each target not written, with the reason; exit 1 when there is no agent', () => {
    const dir = fixture()
    const empty = run(dir, 'explain', 'agents/empty.md')
    expect(empty.status).toBe(1)
    expect(empty.stderr).toContain('(file-empty)')
    const failing = tempProject({ 'a.md': '---\nname: a\ndescription: Does a.\n---\n\nYou do a, carefully and well.\n' })
    const chosen = run(failing, 'explain', 'a.md', '--agent', 'b')
    expect(chosen.status).toBe(2)
  })

  it('a note about several fields is about each; each field is listed once', () => {
    const dir = tempProject({
      'opencode.json': JSON.stringify({ agent: { runner: { description: 'Runs the tests.', mode: 'subagent', temperature: 0.1, prompt: 'You run the tests and report what failed.' } } }),
    })
    const explained = JSON.parse(run(dir, 'explain', 'opencode.json', '--target', 'claude', '--format', 'json').stdout) as Explained
    const fields = explained.agents[0]!.targets[0]!.fields
    expect(fields.map((f) => f.field)).toEqual([...new Set(fields.map((f) => f.field))])
    const fate = Object.fromEntries(fields.map((f) => [f.field, f.fate]))
    expect(fate).toMatchObject({ mode: 'left out', temperature: 'left out', description: 'kept', prompt: 'kept' })
  })
})

describe('agentdef inspect --format yaml', () => {
  it('prints the model as YAML that reads back to the JSON model', () => {
    const dir = fixture()
    const json = run(dir, 'inspect', 'agents/reviewer.md')
    const yaml = run(dir, 'inspect', 'agents/reviewer.md', '--format', 'yaml')
    expect(yaml.status).toBe(0)
    expect(YAML.parse(yaml.stdout)).toEqual(JSON.parse(json.stdout))
  })
})
