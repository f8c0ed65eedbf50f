import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, type BuildOptions } from '../src/index.js'

function agent(name: string, prompt: string): string {
  return `---\nname: ${name}\ndescription: Reviews code.\n---\n\n${prompt}\n`
}

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'agentdef-collisions-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

function run(root: string, extra: Partial<BuildOptions> = {}) {
  const out = join(root, 'out')
  const result = build({ inputs: [join(root, 'src')], out, targets: ['prompt'], lang: 'all', modelMap: {}, cwd: root, ...extra })
  const written = readdirSync(join(out, 'prompt'), { withFileTypes: true }).map((e) => e.name).sort()
  const rules = result.files.flatMap((f) => f.file.messages.map((m) => `${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'}:${m.ruleId}`))
  return { result, written, rules }
}

describe('name collisions', () => {
  it('writes identical agents once, with a note', () => {
    const root = tree({ 'src/a/reviewer.md': agent('reviewer', 'Same.'), 'src/b/reviewer.md': agent('reviewer', 'Same.') })
    const { written, rules } = run(root)
    expect(written).toEqual(['reviewer.txt'])
    expect(rules).toContain('info:name-duplicate')
    expect(rules.filter((r) => r.startsWith('error'))).toEqual([])
  })

  it('refuses different agents of the same name, naming every file, by default', () => {
    const root = tree({ 'src/a/reviewer.md': agent('reviewer', 'One.'), 'src/b/reviewer.md': agent('reviewer', 'Two.'), 'src/c/other.md': agent('other', 'Fine.') })
    const { result, written } = run(root)
    expect(written).toEqual(['other.txt'])
    const errors = result.files.flatMap((f) => f.file.messages.filter((m) => m.ruleId === 'name-collision').map((m) => `${f.file.path}: ${m.reason}`))
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/src\/a\/reviewer\.md: .*src\/b\/reviewer\.md/)
    expect(errors[1]).toMatch(/src\/b\/reviewer\.md: .*src\/a\/reviewer\.md/)
  })

  it('with prefix-path, renames after the nearest folder that tells the files apart', () => {
    const root = tree({
      'src/plugins/alpha/agents/reviewer.md': agent('reviewer', 'One.'),
      'src/plugins/beta/agents/reviewer.md': agent('reviewer', 'Two.'),
    })
    const { written, rules } = run(root, { onCollision: 'prefix-path' })
    expect(written).toEqual(['alpha-reviewer.txt', 'beta-reviewer.txt'])
    expect(rules.filter((r) => r.startsWith('error'))).toEqual([])
  })

  it('with prefix-path, falls back to the file name and extension in one folder', () => {
    const root = tree({ 'src/base.md': agent('role', 'One.'), 'src/mini.md': agent('role', 'Two.'), 'src/mini.txt': agent('role', 'Three.') })
    const { written } = run(root, { onCollision: 'prefix-path' })
    expect(written).toEqual(['base-md-role.txt', 'mini-md-role.txt', 'mini-txt-role.txt'])
  })
})
