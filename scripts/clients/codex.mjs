/**
 * Codex's own reading of agent files (@openai/codex 0.169.0, run offline, no account):
 * - roles: every file of a batch in `$CODEX_HOME/agents/`; `codex debug prompt-input`
 *   prints the model-visible input, where the `spawn_agent` tool's `agent_type`
 *   lists each role Codex accepted as `<name>: {<description>, its model and
 *   reasoning effort}`. A file Codex refuses (an unknown key, a blank required value)
 *   is left out of that list without a word: it is recorded as refused.
 * - instructions: a role file is a config layer (agent_roles.rs); the same file as
 *   `$CODEX_HOME/config.toml` puts its `developer_instructions` in the input as a
 *   developer message, and its `sandbox_mode` in the permissions message. The one
 *   change: `mcp_servers` are taken out of that copy (Codex would start them).
 * - `codex debug models` prints the model catalog.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml'
import { installed } from './install.mjs'
import { sandbox } from './sandbox.mjs'
import { CLIENTS } from './versions.mjs'

const run = promisify(execFile)

function binary() {
  return join(installed(CLIENTS.codex), 'node_modules', '.bin', 'codex')
}

/** The model catalog of the pinned Codex: `{ slug, visibility, supported_in_api, … }[]`. */
export function codexModels() {
  const box = sandbox('codex-models')
  try {
    // Codex needs its home to exist.
    mkdirSync(join(box.home, '.codex'))
    const out = execFileSync(binary(), ['debug', 'models'], { cwd: box.project, env: { ...box.env, CODEX_HOME: join(box.home, '.codex') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 })
    return JSON.parse(out).models
  } finally {
    box.remove()
  }
}

async function promptInput(box, codexHome) {
  const { stdout } = await run(binary(), ['debug', 'prompt-input', 'hello'], { cwd: box.project, env: { ...box.env, CODEX_HOME: codexHome }, maxBuffer: 1 << 28 })
  return JSON.parse(stdout)
}

/** The `description` of the `agent_type` parameter, wherever in the input the tool is. */
function agentTypeText(input) {
  let found
  JSON.stringify(input, (key, value) => {
    if (key === 'agent_type' && typeof value?.description === 'string') found ??= value.description
    return value
  })
  return found ?? ''
}

/** The roles listed in the `agent_type` text, for the names asked: name → { description, model, effort }. */
export function parseRoles(text, names) {
  const heads = [...names, 'default']
    .map((name) => ({ name, at: text.indexOf(`\n${name}: {\n`) }))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at)
  const roles = new Map()
  heads.forEach((head, i) => {
    if (head.name === 'default') return
    const start = head.at + head.name.length + 5
    const end = text.lastIndexOf('\n}', i + 1 < heads.length ? heads[i + 1].at : text.length)
    const lines = text.slice(start, end).split('\n')
    const settings = lines.filter((l) => l.startsWith("- This role's"))
    const setting = (re) => settings.map((l) => re.exec(l)?.[1]).find(Boolean)
    roles.set(head.name, {
      description: lines.filter((l) => !l.startsWith("- This role's")).join('\n'),
      model: setting(/model is set to `([^`]+)`/),
      effort: setting(/reasoning effort is set to `([^`]+)`/),
    })
  })
  return roles
}

function developerTexts(input) {
  return input.filter((item) => item.type === 'message' && item.role === 'developer').flatMap((item) => item.content.map((c) => c.text ?? ''))
}

/** items: `{ name, content }` with unique names → Map name → `{ loaded: { role, instructions, sandbox } }` or `{ refused }`. */
export async function loadCodex(items, { jobs = 2 } = {}) {
  const box = sandbox('codex')
  try {
    const agents = join(box.home, 'roles', 'agents')
    mkdirSync(agents, { recursive: true })
    for (const item of items) writeFileSync(join(agents, `${item.name}.toml`), item.content)
    const roles = parseRoles(agentTypeText(await promptInput(box, join(box.home, 'roles'))), items.map((i) => i.name))
    mkdirSync(join(box.home, 'baseline'))
    const baseline = new Set(developerTexts(await promptInput(box, join(box.home, 'baseline'))))
    const results = new Map()
    const queue = items.filter((item) => roles.has(item.name) || results.set(item.name, { refused: 'not among the roles Codex lists (Codex skips a file it cannot read, without a word)' }) === undefined)
    const work = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const home = join(box.home, `config-${item.name}`)
        mkdirSync(home)
        const { mcp_servers: servers, ...rest } = parseToml(item.content)
        writeFileSync(join(home, 'config.toml'), servers === undefined ? item.content : stringifyToml(rest))
        const texts = developerTexts(await promptInput(box, home))
        const permissions = texts.find((t) => t.startsWith('<permissions instructions>')) ?? ''
        const own = texts.filter((t) => !baseline.has(t) && t !== permissions)
        results.set(item.name, {
          loaded: {
            role: roles.get(item.name),
            instructions: own.length === 1 ? own[0] : undefined,
            sandbox: /`sandbox_mode` is `([^`]+)`/.exec(permissions)?.[1],
            ...(own.length > 1 ? { problem: `${own.length} developer messages of its own` } : {}),
          },
        })
      }
    }
    await Promise.all(Array.from({ length: jobs }, work))
    return results
  } finally {
    box.remove()
  }
}

/** What Codex loaded, as a Codex agent file agentdef reads back (`mcp_servers` from the file: Codex shows none of it). */
export function codexFile(name, { role, instructions, sandbox: mode }, content) {
  const written = parseToml(content)
  const data = {
    name,
    description: role.description,
    ...(role.model ? { model: role.model } : {}),
    ...(role.effort ? { model_reasoning_effort: role.effort } : {}),
    ...(mode && written.sandbox_mode !== undefined ? { sandbox_mode: mode } : {}),
    ...(instructions !== undefined ? { developer_instructions: instructions } : {}),
    ...(written.mcp_servers !== undefined ? { mcp_servers: written.mcp_servers } : {}),
  }
  return { path: `.codex/agents/${name}.toml`, content: stringifyToml(data) }
}
