/**
 * A throw-away place for a client to run in: a temporary folder with a git
 * repository (opencode and Codex look for the project root) and a home of its own,
 * so that no user configuration is read and nothing is written outside it.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function sandbox(prefix) {
  const root = mkdtempSync(join(tmpdir(), `agentdef-${prefix}-`))
  const home = join(root, 'home')
  const project = join(root, 'project')
  mkdirSync(home)
  mkdirSync(project)
  execFileSync('git', ['init', '-q'], { cwd: project })
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    NO_COLOR: '1',
    TERM: 'dumb',
  }
  return { root, home, project, env, remove: () => rmSync(root, { recursive: true, force: true }) }
}
