/**
 * The config as users expect it (issue 9): found upwards from the working folder in any
 * of its forms, parsed strictly with the place of an error, read with a bound, paths
 * relative to itself, and described by a JSON Schema shipped in the package.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONFIG_KEYS, loadConfig } from '../src/config/load.js'
import { TARGET_IDS } from '../src/targets/registry.js'
import { ensureBuilt, listFiles, run, tempProject } from './helpers/cli.js'
import { ROOT } from './helpers/paths.js'

const agent = (name: string) => `---\nname: ${name}\ndescription: Does ${name}.\n---\n\nYou do ${name}.\n`
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'src/config/config.schema.json'), 'utf8')) as { properties: Record<string, { items?: { anyOf?: { enum?: string[] }[] } }> }

beforeAll(() => ensureBuilt())

describe('finding the config', () => {
  it('each form is read: JSON, JSONC (comments, trailing commas), YAML, .mjs, and the `agentdef` key of package.json', () => {
    const forms: Record<string, string> = {
      'agentdef.config.json': '{ "targets": ["gemini"] }',
      'agentdef.config.jsonc': '{\n  // the one target\n  "targets": ["gemini"],\n}\n',
      'agentdef.config.yaml': 'targets:\n  - gemini\n',
      'agentdef.config.yml': 'targets: [gemini]\n',
      'agentdef.config.mjs': 'const targets = ["gem" + "ini"]\nexport default { targets }\n',
      'package.json': '{ "name": "x", "agentdef": { "targets": ["gemini"] } }',
    }
    for (const [name, text] of Object.entries(forms)) {
      const dir = tempProject({ [name]: text })
      expect(loadConfig(undefined, dir), name).toEqual({ targets: ['gemini'] })
    }
  })

  it('is searched upwards: the nearest folder with a config wins, and in one folder package.json\'s key comes first', () => {
    const dir = tempProject({ 'agentdef.config.yaml': 'targets: [codex]\n', 'team/package.json': '{ "name": "team" }', 'team/sub/agents/a.md': agent('a') })
    expect(loadConfig(undefined, join(dir, 'team/sub'))).toEqual({ targets: ['codex'] })
    const both = tempProject({ 'package.json': '{ "agentdef": { "targets": ["qwen"] } }', 'agentdef.config.json': '{ "targets": ["kiro"] }' })
    expect(loadConfig(undefined, both)).toEqual({ targets: ['qwen'] })
    // A package.json without the key, or that is not JSON, is passed over.
    const broken = tempProject({ 'package.json': '{ nope', 'agentdef.config.json': '{ "targets": ["kiro"] }' })
    expect(loadConfig(undefined, broken)).toEqual({ targets: ['kiro'] })
    // The build run from a subfolder uses it.
    const result = run(join(dir, 'team/sub'), 'build', 'agents', '--out', 'out')
    expect(result.status).toBe(0)
    expect(listFiles(join(dir, 'team/sub/out'))).toEqual(['codex/a.toml'])
  })

  it('an error names the file, line and column, and is a usage error (exit 2)', () => {
    const dir = tempProject({ 'agentdef.config.json': '{\n  "targets": ["claude"]\n  "out": "x"\n}\n', 'y/agentdef.config.yaml': 'targets: [claude]\ntargets: [gemini]\n', 'z/agentdef.config.mjs': 'throw new Error("no config for you")\n' })
    const json = run(dir, 'lint')
    expect(json.status).toBe(2)
    expect(json.stderr).toBe('error: agentdef.config.json:3:3: cannot read the config: not valid JSON: CommaExpected\n')
    expect(run(join(dir, 'y'), 'lint').stderr).toMatch(/^error: agentdef\.config\.yaml:2:1: cannot read the config: not valid YAML: Map keys must be unique/)
    expect(run(join(dir, 'z'), 'lint').stderr).toMatch(/^error: agentdef\.config\.mjs: cannot read the config: loading it failed: .*no config for you/)
  })

  it('is read with a bound: a FIFO is refused at once, a file over 1 MiB is refused unread', () => {
    const dir = tempProject({ 'big.json': `{ "model": "${'x'.repeat(1024 * 1024)}" }` })
    expect(run(dir, 'lint', '--config', 'big.json').stderr).toMatch(/cannot read the config: it is \d+ bytes, over the limit of 1048576 bytes for a config/)
    if (process.platform === 'win32') return
    expect(spawnSync('mkfifo', [join(dir, 'pipe.json')]).status).toBe(0)
    expect(run(dir, 'lint', '--config', 'pipe.json').stderr).toContain('cannot read the config: it is a named pipe (FIFO), not a file')
  })
})

describe('its settings', () => {
  it('$schema is accepted; maxSize takes "2m" as the flag does; 0 is refused', () => {
    const dir = tempProject({ 'a.json': '{ "$schema": "./node_modules/agentdef/src/config/config.schema.json", "maxSize": "2m" }', 'b.json': '{ "maxSize": 0 }' })
    expect(loadConfig('a.json', dir)).toEqual({ maxSize: 2 * 1024 * 1024 })
    expect(() => loadConfig('b.json', dir)).toThrow('`maxSize` must be a size above 0')
  })

  it('paths in the config are relative to its folder: out, include, exclude', () => {
    const dir = tempProject({
      'repo/agentdef.config.json': '{ "include": ["agents"], "exclude": ["old/"], "out": "generated", "targets": ["claude"] }',
      'repo/agents/a.md': agent('a'),
      'repo/agents/old/b.md': agent('b'),
      'repo/tools/script.md': 'not an agent, and not an input',
    })
    mkdirSync(join(dir, 'repo/tools/deep'), { recursive: true })
    const result = run(join(dir, 'repo/tools/deep'), 'build')
    expect(result.status).toBe(0)
    expect(listFiles(join(dir, 'repo/generated'))).toEqual(['claude/a.md'])
    // Inputs named on the command line win over `include`.
    expect(run(join(dir, 'repo'), 'build', 'agents/old/b.md', '--out', 'named').status).toBe(0)
    expect(listFiles(join(dir, 'repo/named'))).toEqual(['claude/b.md'])
  })

  it('paths: a target\'s folder in the native layout (Roo\'s file keeps its name); outside the output root, or shared, is refused', () => {
    const dir = tempProject({ 'agentdef.config.json': '{ "layout": "native", "targets": ["claude", "roo", "opencode"], "paths": { "claude": "ai/claude", "roo": "ai/roo" } }', 'agents/a.md': agent('a') })
    expect(run(dir, 'build').status).toBe(0)
    expect(listFiles(dir).filter((p) => !p.startsWith('agents/') && p !== 'agentdef.config.json')).toEqual(['.opencode/agent/a.md', 'ai/claude/a.md', 'ai/roo/.roomodes'])
    for (const [paths, must] of [
      ['{ "claude": "../x" }', '`paths.claude` must be a folder inside the output root'],
      ['{ "claude": "/etc" }', '`paths.claude` must be a folder inside the output root'],
      ['{ "claude": "x", "gemini": "x/" }', '`paths.gemini` must be a folder of its own (`claude` is written to `x` too)'],
      ['{ "prompt": "x" }', '`paths.prompt` must name a built-in target'],
    ]) {
      const bad = tempProject({ 'agentdef.config.json': `{ "paths": ${paths} }` })
      const result = run(bad, 'lint')
      expect(result.status, paths).toBe(2)
      expect(result.stderr, paths).toContain(must)
    }
  })
})

describe('the JSON Schema shipped in the package', () => {
  it('lists exactly the keys the loader reads, and every built-in target', () => {
    expect(Object.keys(SCHEMA.properties)).toEqual(CONFIG_KEYS)
    expect(SCHEMA.properties.targets!.items!.anyOf![0]!.enum).toEqual([...TARGET_IDS, 'all'])
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[]; exports: Record<string, string> }
    expect(pkg.files).toContain('src/config/config.schema.json')
    expect(pkg.exports['./config.schema.json']).toBe('./src/config/config.schema.json')
  })

  it('accepts what the loader accepts and refuses what it refuses', () => {
    const validate = new Ajv({ allErrors: true }).compile(SCHEMA)
    const dir = tempProject({ 't.hbs': '{{name}}' })
    const good = [
      { $schema: 'x', include: ['agents/**/*.md'], exclude: ['old/'], targets: ['claude', 'mine'], customTargets: { mine: { template: 't.hbs', path: '{name}.txt', container: 'text' } }, layout: 'native', paths: { claude: 'ai/claude' }, maxSize: '2m', onCollision: 'prefix-path', lang: 'en', model: 'gpt-5', modelMap: { sonnet: 'gpt-5' }, toolMap: { CodeSearch: 'Grep', Deploy: ['Bash'] } },
      { maxSize: 1024 },
    ]
    const bad = [{ targets: [] }, { layout: 'tree' }, { maxSize: 0 }, { maxSize: '2 gigabytes' }, { paths: { claude: '../x' } }, { unknown: 1 }, { include: [] }]
    for (const config of good) {
      expect(validate(config), JSON.stringify(validate.errors)).toBe(true)
      const file = join(dir, 'c.json')
      spawnSync('sh', ['-c', `cat > ${JSON.stringify(file)}`], { input: JSON.stringify(config) })
      expect(() => loadConfig(file, dir)).not.toThrow()
    }
    for (const config of bad) {
      expect(validate(config), JSON.stringify(config)).toBe(false)
      const file = join(dir, 'c.json')
      spawnSync('sh', ['-c', `cat > ${JSON.stringify(file)}`], { input: JSON.stringify(config) })
      expect(() => loadConfig(file, dir), JSON.stringify(config)).toThrow()
    }
  })
})
