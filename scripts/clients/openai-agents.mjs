/**
 * The OpenAI Agents SDK's own construction of a generated module: the module is
 * turned into JavaScript by TypeScript's `transpileModule` (types removed, nothing
 * else), placed beside the pinned `@openai/agents` so that its import resolves to
 * it, and imported: its default export must be an `Agent` the SDK constructed, with
 * its tools. No network call is made (nothing is run).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { installed } from './install.mjs'
import { CLIENTS } from './versions.mjs'

/** items: `{ name, content }` → Map name → `{ loaded: { name, instructions, handoffDescription, model, tools } }` or `{ refused }`. */
export async function loadOpenAIAgents(items) {
  const dir = installed(CLIENTS['openai-agents'])
  const { Agent } = await import(pathToFileURL(join(dir, 'node_modules', '@openai', 'agents', 'dist', 'index.mjs')).href)
  mkdirSync(join(dir, 'modules'), { recursive: true })
  const folder = mkdtempSync(join(dir, 'modules', 'run-'))
  const results = new Map()
  try {
    for (const item of items) {
      const { outputText, diagnostics } = ts.transpileModule(item.content, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
      if (diagnostics?.length) {
        results.set(item.name, { refused: diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ') })
        continue
      }
      const path = join(folder, `${item.name}.mjs`)
      writeFileSync(path, outputText)
      try {
        const agent = (await import(pathToFileURL(path).href)).default
        if (!(agent instanceof Agent)) {
          results.set(item.name, { refused: 'the default export is not an Agent of the SDK' })
          continue
        }
        results.set(item.name, { loaded: { name: agent.name, instructions: agent.instructions, handoffDescription: agent.handoffDescription, model: agent.model, tools: agent.tools.map((t) => t.name) } })
      } catch (error) {
        results.set(item.name, { refused: `the SDK refused it: ${error?.message ?? error}` })
      }
    }
    return results
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
