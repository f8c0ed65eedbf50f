/**
 * Gemini CLI's own reading of agent files: `loadAgentsFromDirectory` of
 * `@google/gemini-cli-core` (0.61.0, `dist/src/agents/agentLoader.js`), the function
 * the CLI runs on `.gemini/agents/`. It is strict: an unknown key, a wrong type or a
 * blank required value is an error naming the file, and that file is not loaded.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import YAML from 'yaml'
import { installed } from './install.mjs'
import { sandbox } from './sandbox.mjs'
import { CLIENTS } from './versions.mjs'

let loader
async function loaderModule() {
  const dir = installed(CLIENTS.gemini)
  loader ??= await import(pathToFileURL(join(dir, 'node_modules', '@google', 'gemini-cli-core', 'dist', 'src', 'agents', 'agentLoader.js')).href)
  return loader
}

/** items: `{ name, content }` with unique names → Map name → `{ loaded }` or `{ refused }`. */
export async function loadGemini(items) {
  const { loadAgentsFromDirectory } = await loaderModule()
  const box = sandbox('gemini')
  const folder = join(box.project, '.gemini', 'agents')
  mkdirSync(folder, { recursive: true })
  const byPath = new Map(items.map((item) => [join(folder, `${item.name}.md`), item]))
  for (const [path, item] of byPath) writeFileSync(path, item.content)
  try {
    const { agents, errors } = await loadAgentsFromDirectory(folder)
    const results = new Map()
    for (const error of errors) {
      const item = byPath.get(error.filePath)
      if (item) results.set(item.name, { refused: error.message.replace(/^Failed to load agent from \S+: /, '') })
    }
    // An agent is found by the file it came from when the loader says, else by its name.
    for (const agent of agents) {
      const item = items.find((i) => i.name === agent.name) ?? (agent.filePath && byPath.get(agent.filePath))
      if (item && !results.has(item.name)) results.set(item.name, { loaded: agent })
    }
    for (const item of items) if (!results.has(item.name)) results.set(item.name, { refused: 'neither loaded nor reported as an error' })
    return results
  } finally {
    box.remove()
  }
}

/** What Gemini CLI loaded (an `AgentDefinition`), as a Gemini agent file agentdef reads back. */
export function geminiFile(name, agent) {
  const data = {
    name: agent.name,
    ...(agent.displayName !== undefined ? { display_name: agent.displayName } : {}),
    description: agent.description,
    ...(agent.toolConfig?.tools ? { tools: agent.toolConfig.tools } : {}),
    ...(agent.mcpServers ? { mcp_servers: Object.fromEntries(Object.entries(agent.mcpServers).map(([id, server]) => [id, mcpServerFields(server)])) } : {}),
    ...(agent.modelConfig?.model !== undefined && agent.modelConfig.model !== 'inherit' ? { model: agent.modelConfig.model } : {}),
    ...(agent.runConfig?.maxTurns !== undefined ? { max_turns: agent.runConfig.maxTurns } : {}),
  }
  return { path: `.gemini/agents/${name}.md`, content: `---\n${YAML.stringify(data)}---\n\n${agent.promptConfig?.systemPrompt ?? ''}\n` }
}

/** An `MCPServerConfig` (camel-case fields) as the file's `mcp_servers` entry (snake-case), undefined fields left out. */
function mcpServerFields(server) {
  const names = { httpUrl: 'http_url', includeTools: 'include_tools', excludeTools: 'exclude_tools' }
  const keys = ['command', 'args', 'env', 'cwd', 'url', 'httpUrl', 'headers', 'tcp', 'type', 'timeout', 'trust', 'description', 'includeTools', 'excludeTools']
  return Object.fromEntries(keys.filter((k) => server[k] !== undefined).map((k) => [names[k] ?? k, server[k]]))
}
