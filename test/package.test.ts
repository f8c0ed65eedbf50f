/** What `npm pack` ships (issue 10, in part): the CLI, the library's types, the templates, both JSON Schemas and the LICENSE; no tests, no sources its maps would need. */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from './helpers/cli.js'
import { ON_FIRST_USE } from '../src/installation/on-first-use.js'
import { ROOT } from './helpers/paths.js'

let files: string[] = []

beforeAll(() => {
  ensureBuilt()
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path)
}, 60_000)

describe('the package', () => {
  it('ships the CLI, the library with its types, the templates, the schemas, README and LICENSE', () => {
    for (const path of ['LICENSE', 'README.md', 'package.json', 'dist/cli.cjs', 'dist/cli.bundle.cjs', 'dist/index.js', 'dist/index.d.ts', 'templates/claude.hbs', 'src/model/agent.schema.json', 'src/config/config.schema.json']) expect(files, path).toContain(path)
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; bin: Record<string, string>; license: string; keywords: string[] }
    for (const target of Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e as Record<string, string>)))) expect(files, target).toContain(target.replace(/^\.\//, ''))
    expect(files).toContain(pkg.bin.agentdef!.replace(/^\.\//, ''))
    expect(pkg.license).toBe('MIT')
    expect(pkg.keywords.length).toBeGreaterThan(0)
  })

  it('ships no tests, benches, scripts or TypeScript sources, and every source map carries its sources', () => {
    expect(files.filter((f) => /^(test|bench|scripts|agents|dist-examples)\//.test(f) || /\.test\./.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([])
    const maps = files.filter((f) => f.endsWith('.js.map'))
    expect(maps.length).toBeGreaterThan(0)
    for (const map of maps.filter((_, i) => i % 10 === 0)) {
      const data = JSON.parse(readFileSync(join(ROOT, map), 'utf8')) as { sources: string[]; sourcesContent?: string[] }
      expect(data.sourcesContent?.length, map).toBe(data.sources.length)
    }
  })

  it('holds the built-in templates precompiled as they are in templates/ (scripts/precompile-templates.mjs)', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts/precompile-templates.mjs'), '--check'], { encoding: 'utf8' })
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' })
  })

  it('runs the CLI from one file: the bundle loads nothing but Node’s modules and the packages loaded on first use, is ASCII, and its map leads to the TypeScript sources', () => {
    const bundle = readFileSync(join(ROOT, 'dist/cli.bundle.cjs'), 'utf8')
    // A CommonJS bundle: every module it loads is a `require("…")` with a literal name.
    const required = [...new Set([...bundle.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2]!))]
    expect(required.length).toBeGreaterThan(0)
    expect(required.filter((specifier) => !isBuiltin(specifier))).toEqual([])
    // The packages loaded on first use, by their names, through `requireOnFirstUse` (src/installation/on-first-use.ts).
    for (const name of ON_FIRST_USE) expect(bundle).toContain(`"${name}"`)
    // One character outside ASCII and Node reads the whole file into a two-byte string (scripts/bundle.mjs).
    expect(bundle.match(/[^\0-\x7f]/g)).toBeNull()
    const map = JSON.parse(readFileSync(join(ROOT, 'dist/cli.bundle.cjs.map'), 'utf8')) as { sources: string[] }
    expect(map.sources.some((source) => source.endsWith('src/command-line/main.ts'))).toBe(true)
    // The launcher loads none of the bundle's modules itself.
    const launcher = readFileSync(join(ROOT, 'dist/cli.cjs'), 'utf8')
    expect([...launcher.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2]!).filter((specifier) => !isBuiltin(specifier))).toEqual([])
  })
})
