/**
 * opencode's own reading of agent files: each batch is written to
 * `.opencode/agent/<name>.md` of a fresh project, and `opencode debug config --pure`
 * prints the configuration opencode resolved, agents included (opencode-ai 1.18.33:
 * `agent.<name>` holds `description`, `mode`, `model`, `permission`, `prompt`, …, as
 * its config schema accepted them). A file opencode refuses makes the whole command
 * fail with "Configuration is invalid at <path>": that file is recorded as refused,
 * removed, and the rest loaded again.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import { installed } from './install.mjs'
import { sandbox } from './sandbox.mjs'
import { CLIENTS } from './versions.mjs'

function binary() {
  const dir = installed(CLIENTS.opencode)
  return join(dir, 'node_modules', `opencode-${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`, 'bin', 'opencode')
}

/** items: `{ name, content }` with unique names → Map name → `{ loaded }` or `{ refused }`. */
export function loadOpencode(items) {
  const bin = binary()
  const box = sandbox('opencode')
  const folder = join(box.project, '.opencode', 'agent')
  mkdirSync(folder, { recursive: true })
  const results = new Map()
  const pending = new Map(items.map((item) => [join(folder, `${item.name}.md`), item]))
  for (const [path, item] of pending) writeFileSync(path, item.content)
  try {
    for (let attempt = 0; attempt <= items.length && pending.size > 0; attempt++) {
      // Into a file, not a pipe: opencode exits before a pipe has taken a large output (seen at ~200 KB).
      const out = join(box.root, 'config.json')
      const fd = openSync(out, 'w')
      const run = spawnSync(bin, ['debug', 'config', '--pure'], { cwd: box.project, env: box.env, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'], maxBuffer: 1 << 28 })
      closeSync(fd)
      if (run.status === 0) {
        const agents = JSON.parse(readFileSync(out, 'utf8')).agent ?? {}
        for (const [, item] of pending) results.set(item.name, agents[item.name] ? { loaded: agents[item.name] } : { refused: 'not among the agents opencode resolved' })
        return results
      }
      const error = (run.stderr || readFileSync(out, 'utf8')).replace(/\x1b\[[0-9;]*m/g, '')
      const at = /Configuration is invalid at (.+)\n/.exec(error)
      const path = at && [...pending.keys()].find((p) => p === at[1].trim())
      if (!path) {
        for (const [, item] of pending) results.set(item.name, { refused: `opencode failed: ${error.trim().slice(0, 500)}` })
        return results
      }
      results.set(pending.get(path).name, { refused: error.slice(at.index + at[0].length).trim() })
      pending.delete(path)
      rmSync(path)
    }
    return results
  } finally {
    box.remove()
  }
}

/** What opencode loaded, as an opencode agent file agentdef reads back (the name is the file's). */
export function opencodeFile(name, agent) {
  const { prompt, name: _name, options, ...data } = agent
  void _name
  const fields = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined))
  if (options && Object.keys(options).length > 0) Object.assign(fields, options)
  return { path: `.opencode/agent/${name}.md`, content: `---\n${YAML.stringify(fields)}---\n\n${prompt ?? ''}\n` }
}
