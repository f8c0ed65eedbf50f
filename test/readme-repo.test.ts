/**
 * The README's "Use it in your repo" section, run as written (issue 9): each block
 * marked `<!-- readme-example: … -->` is read from the README, never copied here, and
 * run in a fresh git repository where agentdef is installed as a link to this checkout
 * (`npm install --save-dev agentdef` would fetch the published package instead).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLI, ensureBuilt, tempProject } from './helpers/cli.js'
import { ROOT } from './helpers/paths.js'

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The fenced block right after `<!-- readme-example: name -->`. */
function example(name: string): string {
  const m = new RegExp(`<!-- readme-example: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(README)
  if (!m) throw new Error(`README has no example \`${name}\``)
  return m[1]!
}

/** A shell line without its comment. */
const command = (line: string) => line.replace(/\s+#.*$/, '').trim()

const ENV = { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }

function sh(cwd: string, line: string) {
  return spawnSync('sh', ['-c', line], { cwd, encoding: 'utf8', env: ENV, timeout: 120_000 })
}

/** A repository of agents for Claude Code and opencode, with agentdef installed (linked) and nothing else. */
function repository(): string {
  const dir = tempProject({
    'package.json': '{\n  "name": "team-agents",\n  "private": true\n}\n',
    'agents/reviewer.md': '---\nname: reviewer\ndescription: Reviews changes before they merge.\ntools: Read, Grep\n---\n\nYou review changes.\n',
    '.claude/settings.json': '{}\n',
    '.opencode/opencode.json': '{}\n',
  })
  execFileSync('git', ['init', '-q'], { cwd: dir })
  execFileSync('git', ['config', 'user.email', 'test@example.invalid'], { cwd: dir })
  execFileSync('git', ['config', 'user.name', 'Test'], { cwd: dir })
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true })
  symlinkSync(ROOT, join(dir, 'node_modules/agentdef'))
  symlinkSync(CLI, join(dir, 'node_modules/.bin/agentdef'))
  return dir
}

beforeAll(() => ensureBuilt())

describe.runIf(process.platform !== 'win32')('the README: use it in your repo', () => {
  it('setup: init writes the config the README shows, and the npm script builds each agent where its tool reads it', () => {
    const dir = repository()
    for (const line of example('setup').split('\n').map(command).filter(Boolean)) {
      if (line.startsWith('npm install')) continue
      const result = sh(dir, line)
      expect(result.status, `${line}\n${result.stderr}`).toBe(0)
    }
    const config = JSON.parse(readFileSync(join(dir, 'agentdef.config.json'), 'utf8')) as { $schema: string }
    expect(config).toEqual(JSON.parse(example('config')))
    // The schema it names is in the installed package, and `files` ships it.
    expect(existsSync(join(dir, config.$schema))).toBe(true)
    const files = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] }).files
    expect(files.some((f) => config.$schema.slice('./node_modules/agentdef/'.length).startsWith(f))).toBe(true)
    expect(existsSync(join(dir, '.claude/agents/reviewer.md'))).toBe(true)
    expect(existsSync(join(dir, '.opencode/agent/reviewer.md'))).toBe(true)
  })

  it('the GitHub Actions job passes on an up-to-date repository and fails when a source changed without a rebuild', () => {
    const dir = repository()
    sh(dir, 'npx agentdef init && npm run agents')
    const workflow = parse(example('github-actions')) as { jobs: Record<string, { steps: { run?: string; uses?: string }[] }> }
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
    expect(steps.map((s) => s.uses).filter(Boolean)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4'])
    // `npm ci` installs what the link above stands for.
    const runs = steps.flatMap((s) => (s.run && s.run !== 'npm ci' ? [s.run] : []))
    expect(runs.length).toBeGreaterThan(0)
    for (const line of runs) expect(sh(dir, line).status, line).toBe(0)
    writeFileSync(join(dir, 'agents/reviewer.md'), readFileSync(join(dir, 'agents/reviewer.md'), 'utf8').replace('You review changes.', 'You review changes twice.'))
    const drift = runs.map((line) => sh(dir, line))
    expect(drift.some((r) => r.status === 1)).toBe(true)
    expect(drift.map((r) => r.stderr).join('')).toContain('.claude/agents/reviewer.md')
  })

  it('the pre-commit hook lets an up-to-date commit through and stops one whose outputs were not rebuilt', () => {
    const dir = repository()
    sh(dir, 'npx agentdef init && npm run agents')
    const hook = join(dir, '.git/hooks/pre-commit')
    mkdirSync(dirname(hook), { recursive: true })
    writeFileSync(hook, example('pre-commit') + '\n')
    chmodSync(hook, 0o755)
    expect(sh(dir, 'printf "node_modules/\\n" > .gitignore && git add -A && git commit -qm agents').status).toBe(0)
    writeFileSync(join(dir, 'agents/reviewer.md'), readFileSync(join(dir, 'agents/reviewer.md'), 'utf8').replace('You review changes.', 'You review changes twice.'))
    const refused = sh(dir, 'git commit -qam "prompt only"')
    expect(refused.status).not.toBe(0)
    expect(refused.stderr).toContain('not up to date')
    expect(sh(dir, 'npm run agents && git add -A && git commit -qm "prompt and outputs"').status).toBe(0)
  })
})
