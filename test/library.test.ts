/**
 * The library as a user gets it (issue 10): the package packed, the tarball
 * installed into a fresh project, the README's example type-checked with tsc and
 * run; the exports are the documented ones and no public type reaches an internal
 * one (a VFile, a tree).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from './helpers/cli.js'
import { ROOT } from './helpers/paths.js'

let project = ''

beforeAll(() => {
  ensureBuilt()
  project = mkdtempSync(join(tmpdir(), 'agentdef-library-'))
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', project], { cwd: ROOT, stdio: 'pipe' })
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-agentdef', private: true, type: 'module' }))
  // From npm's cache when it holds the dependencies (after `npm ci`), the registry otherwise.
  execFileSync('npm', ['install', `./${tarball}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project, stdio: 'pipe' })
}, 180_000)

/** The README's example: the `ts` block after `<!-- library-example -->`. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const match = /<!-- library-example -->\n```ts\n([\s\S]*?)```/.exec(readme)
  expect(match, 'README has a library example').not.toBeNull()
  return match![1]!
}

describe('the library, installed from the packed tarball', () => {
  it("type-checks and runs the README's example", () => {
    writeFileSync(join(project, 'example.ts'), readmeExample())
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, outDir: 'out', typeRoots: [join(ROOT, 'node_modules/@types')], types: ['node'] }, files: ['example.ts'] }),
    )
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: project, stdio: 'pipe' })
    const stdout = execFileSync(process.execPath, ['out/example.js'], { cwd: project, encoding: 'utf8' })
    expect(stdout).toContain("reviewer [ 'claude/reviewer.md', 'opencode/reviewer.md' ]")
    expect(stdout).toContain('1/1 compiled, 2 written')
    expect(stdout).toContain('Read → read, Grep → search')
    expect(stdout).toContain('claude openai-assistant prompt opencode')
    expect(existsSync(join(project, 'dist/claude/reviewer.md'))).toBe(true)
    expect(existsSync(join(project, 'dist/gemini/reviewer.md'))).toBe(true)
  }, 60_000)

  it('exports what the README lists, and nothing internal', async () => {
    const entry = join(project, 'node_modules/agentdef/dist/index.js')
    const module = (await import(entry)) as Record<string, unknown>
    expect(Object.keys(module).sort()).toEqual(['agentSchema', 'build', 'compile', 'configSchema', 'dialects', 'readAgent', 'rules', 'targets'])
    const compile = module.compile as (s: string, o?: object) => { outputs: unknown[] }
    expect(() => compile('You help.', { targets: ['no-such-target'] })).toThrow(TypeError)
    expect(compile('You help with SQL questions, briefly.', { targets: ['prompt'] }).outputs).toHaveLength(1)
  })

  it('no public type reaches a VFile or a syntax tree', () => {
    const seen = new Set<string>()
    const walk = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toMatch(/from ['"](vfile|mdast|unist|unified)['"]|VFile\b/)
      for (const [, spec] of text.matchAll(/from ['"](\.{1,2}\/[^'"]+)\.js['"]/g)) walk(resolve(dirname(file), `${spec}.d.ts`))
    }
    walk(join(project, 'node_modules/agentdef/dist/index.d.ts'))
    expect(seen.size).toBeGreaterThan(3)
  })
})
