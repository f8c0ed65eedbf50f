import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, type BuildOptions } from '../src/internal.js'

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

  it('with prefix-path, falls back to the file name, then the name with its extension, in one folder (the shortest that tells them apart)', () => {
    const root = tree({ 'src/base.md': agent('role', 'One.'), 'src/mini.md': agent('role', 'Two.'), 'src/mini.txt': agent('role', 'Three.') })
    const { written } = run(root, { onCollision: 'prefix-path' })
    expect(written).toEqual(['base-role.txt', 'mini-md-role.txt', 'mini-txt-role.txt'])
  })

  it('with prefix-path, resolves every collision of a whole tree in one run, with readable names (no hash, number or generic folder)', () => {
    const root = tree({
      'src/acme__team-agents/.claude/agents/reviewer.md': agent('reviewer', 'One.'),
      'src/globex__prompts/categories/03-quality/reviewer.md': agent('reviewer', 'Two.'),
      'src/initech/plugins/code-review/agents/reviewer.md': agent('reviewer', 'Three.'),
      'src/initech/plugins/pr-tools/agents/reviewer.md': agent('reviewer', 'Four.'),
      'src/0a1b2c3d4e5f6a7b/000/reviewer.md': agent('reviewer', 'Five.'),
      'src/acme__team-agents/.claude/agents/planner.md': agent('planner', 'Six.'),
      'src/globex__prompts/planner.md': agent('planner', 'Seven.'),
      // Already taken: the name a rename would otherwise give.
      'src/other/acme-planner.md': agent('acme-planner', 'Eight.'),
    })
    const { written, rules } = run(root, { onCollision: 'prefix-path' })
    expect(rules.filter((r) => r.startsWith('error'))).toEqual([])
    // The nearest telling folder (`03-quality` → `quality`), in as few words as tell it apart; a folder of
    // generic or noisy names only when the path has nothing else (`000`, never the hash).
    expect(written).toEqual([
      '000-reviewer.txt',
      'acme-planner.txt',
      'acme-reviewer.txt',
      'acme-team-planner.txt',
      'code-reviewer.txt',
      'globex-planner.txt',
      'pr-reviewer.txt',
      'quality-reviewer.txt',
    ])
  })

  it('with prefix-path, the copies of an agent are written once, under the new name of the first', () => {
    const root = tree({ 'src/a/reviewer.md': agent('reviewer', 'Same.'), 'src/b/reviewer.md': agent('reviewer', 'Same.'), 'src/c/reviewer.md': agent('reviewer', 'Other.') })
    const { written, rules } = run(root, { onCollision: 'prefix-path' })
    expect(written).toEqual(['a-reviewer.txt', 'c-reviewer.txt'])
    expect(rules).toContain('info:name-duplicate')
  })

  it('names each file once: the whole list on the first, the first on the others, so the report grows with the number of files', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 50; i++) files[`src/f${i}/reviewer.md`] = agent('reviewer', `Prompt ${i}.`)
    files['src/other.md'] = agent('other', 'Fine.')
    const { result } = run(tree(files))
    const messages = result.files.flatMap((f) => f.file.messages.filter((m) => m.ruleId === 'name-collision').map((m) => m.reason))
    expect(messages).toHaveLength(50)
    const mentions = messages.join('\n').match(/src\/f\d+\/reviewer\.md/g)!.length
    expect(mentions).toBe(49 + 49)
    expect(messages[1]).toMatch(/also defined, differently, by .*src\/f0\/reviewer\.md and 48 other file\(s\) listed there/)
  })
})

describe('names that read alike in ASCII (issue 12)', () => {
  it('two Chinese names with one pinyin are two agents, each id with a hash of its name; one alone has none', async () => {
    const { run, tempProject } = await import('./helpers/cli.js')
    const agent = (name: string, body: string) => `---\nname: ${name}\ndescription: ${body}\n---\n\n${body}，认真地做好每一步。\n`
    const dir = tempProject({ 'a.md': agent('马克', '做第一件事'), 'b.md': agent('码克', '做第二件事'), 'c.md': agent('代码审查员', '审查代码') })
    const result = run(dir, 'build', 'a.md', 'b.md', 'c.md', '--target', 'claude', '--out', 'out', '--verbose')
    expect(result.status, result.stderr).toBe(0)
    const { readdirSync } = await import('node:fs')
    const { join } = await import('node:path')
    const names = readdirSync(join(dir, 'out/claude')).sort()
    expect(names).toHaveLength(3)
    expect(names).toContain('dai-ma-shen-cha-yuan.md')
    expect(names.filter((n) => /^ma-ke-[0-9a-f]{6}\.md$/.test(n))).toHaveLength(2)
    expect(result.stderr).toMatch(/a\.md:2:1: info: Name `马克` used as id `ma-ke-[0-9a-f]{6}`.*`ma-ke` alone would also be the id of `码克`/)
  })
})
