/**
 * The OpenAI Agents SDK's own reading of a generated module, twice: its published types
 * (the modules, placed beside the pinned `@openai/agents`, typechecked by the TypeScript
 * compiler API, strict, as a user's project would), then its code: each module turned
 * into JavaScript by `transpileModule` (types removed, nothing else) and imported, its
 * default export an `Agent` the SDK constructed, with its tools. No network call is made
 * (nothing is run). `npm test` typechecks the same modules against the SDK release its
 * devDependency pins (an older one that installs on Node 20 without warnings).
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
    for (const [name, problems] of typecheck(folder, items)) results.set(name, { refused: `the SDK's types refuse it: ${problems.join('; ')}` })
    for (const item of items) {
      if (results.has(item.name)) continue
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

/** The modules typechecked together against the pinned SDK's types: name → problems, for those with any. */
function typecheck(folder, items) {
  for (const item of items) writeFileSync(join(folder, `${item.name}.ts`), item.content)
  const options = { strict: true, noEmit: true, noUnusedLocals: true, noUnusedParameters: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] }
  const program = ts.createProgram(items.map((item) => join(folder, `${item.name}.ts`)), options)
  const problems = new Map()
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file ? d.file.fileName.slice(folder.length + 1).replace(/\.ts$/, '') : '(program)'
    problems.set(name, [...(problems.get(name) ?? []), ts.flattenDiagnosticMessageText(d.messageText, ' ')])
  }
  if (problems.has('(program)')) for (const item of items) problems.set(item.name, problems.get('(program)'))
  return problems
}
