/** `build --layout native` and the manifest: agentdef owns only the files it wrote (issue 9). */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listFiles, run, tempProject } from './helpers/cli.js'

const agent = (name: string) => `---\nname: ${name}\ndescription: Does ${name}.\n---\n\nYou do ${name}.\n`

describe('native layout and the manifest', () => {
  it('writes each target where its tool reads it, and a manifest of what it wrote', () => {
    const dir = tempProject({ 'agents/a.md': agent('a') })
    const result = run(dir, 'build', 'agents', '--layout', 'native', '--target', 'claude,opencode,copilot,roo,prompt')
    expect(result.status, result.stderr).toBe(0)
    expect(listFiles(dir, { manifest: true })).toEqual(['.agentdef-manifest.json', '.claude/agents/a.md', '.github/agents/a.agent.md', '.opencode/agent/a.md', '.roomodes', 'agents/a.md', 'prompt/a.txt'])
    const manifest = JSON.parse(readFileSync(join(dir, '.agentdef-manifest.json'), 'utf8')) as { files: Record<string, { target: string }> }
    expect(Object.keys(manifest.files)).toEqual(['.claude/agents/a.md', '.github/agents/a.agent.md', '.opencode/agent/a.md', '.roomodes', 'prompt/a.txt'])
  })

  it('never overwrites a file it did not write (unless --force); says when it replaces one edited since', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'out/claude/a.md': 'mine\n' })
    const refused = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('`claude/a.md` exists and agentdef did not write it; not overwritten (--force replaces it) (output-not-owned)')
    expect(readFileSync(join(dir, 'out/claude/a.md'), 'utf8')).toBe('mine\n')
    expect(run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude', '--force').status).toBe(0)
    writeFileSync(join(dir, 'out/claude/a.md'), 'edited\n')
    const edited = run(dir, 'build', 'agents', '--out', 'out', '--target', 'claude')
    expect(edited.stderr).toContain('(output-edited)')
    expect(readFileSync(join(dir, 'out/claude/a.md'), 'utf8')).not.toBe('edited\n')
  })

  it('--clean removes only the manifest\'s files whose source has gone, and says so by default; a hand-written file stays', () => {
    const dir = tempProject({ 'agents/a.md': agent('a'), 'agents/b.md': agent('b'), '.claude/agents/mine.md': agent('mine') })
    expect(run(dir, 'build', 'agents', '--layout', 'native', '--target', 'claude').status).toBe(0)
    rmSync(join(dir, 'agents/b.md'))
    const cleaned = run(dir, 'build', 'agents', '--layout', 'native', '--target', 'claude', '--clean')
    expect(cleaned.status).toBe(0)
    expect(cleaned.stderr).toMatch(/^\.claude\/agents\/b\.md:1:1: warning: Removed: its source has gone \(output-stale\)$/m)
    expect(listFiles(dir)).toEqual(['.claude/agents/a.md', '.claude/agents/mine.md', 'agents/a.md'])
  })

  it('a source already where its tool reads it is left as it is', () => {
    const dir = tempProject({ '.claude/agents/mine.md': agent('mine') })
    const result = run(dir, 'build', '.', '--layout', 'native', '--target', 'claude,opencode', '--verbose')
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toContain('(output-is-source)')
    expect(listFiles(dir)).toEqual(['.claude/agents/mine.md', '.opencode/agent/mine.md'])
  })
})
