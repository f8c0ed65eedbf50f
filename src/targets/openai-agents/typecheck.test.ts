/**
 * The `openai-agents` modules against the SDK's published types: the outputs of
 * agents/, the five seeds and hostile sources are written to a temporary folder
 * with a tsconfig whose `paths` point at this repository's node_modules, and
 * typechecked by the TypeScript compiler API (strict, no unused locals), as a
 * user's project would. @openai/agents is pinned to 0.14.3 (a devDependency): the
 * newer releases need Node 22.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import { compileSource } from '../../internal.js'
import { compileText, OPTIONS } from '../../../test/helpers/agent.js'
import { bundledAgents, ROOT, seedPath } from '../../../test/helpers/paths.js'

const dir = mkdtempSync(join(tmpdir(), 'agentdef-openai-agents-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Sources no identifier or comment could hold as they are. */
const HOSTILE = [
  ['hostile-1.md', '---\nname: 3-class */ delete\ndescription: "Ends */ a comment; /* opens one; `${x}`; \\u2028 and \\u2029; \\"quotes\\" and \\\\"\ntools: Read, Write, Bash(git log:*), mcp__my-server__do.it, mcp__jira, NotebookEdit, TodoWrite, MultiEdit\nmodel: opus\neffort: max\ntemperature: 0.5\ncolor: teal\n---\nLine */ one\u2028two\u2029three\n\n</script> \\ "\n'],
  ['hostile-2.md', '---\nname: default\ndescription: "x"\ntools: ""\nmodel: gpt-4.1\ntemperature: 1.5\ntop_p: 0.5\nreasoning_effort: low\n---\nYou do nothing.\n'],
  ['hostile-3.md', '---\nname: Agent\ndescription: " "\ntools: "*"\nmodel: llama-3.1-70b\n---\n'],
] as const

function outputs(): Map<string, string> {
  const files = new Map<string, string>()
  const add = (result: ReturnType<typeof compileSource>, from: string) => {
    for (const output of result.outputs.filter((o) => o.target === 'openai-agents')) files.set(`${basename(from).replace(/\W+/g, '_')}__${output.agent}.ts`, output.content)
  }
  for (const path of [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath)]) add(compileSource(path, readFileSync(path), { ...OPTIONS, targets: ['openai-agents'] }), path)
  for (const [name, text] of HOSTILE) add(compileText(name, text, { targets: ['openai-agents'] }), name)
  return files
}

function typecheck(files: Map<string, string>): Map<string, string[]> {
  for (const [name, text] of files) writeFileSync(join(dir, name), text)
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      skipLibCheck: true,
      types: [],
      paths: { '@openai/agents': [join(ROOT, 'node_modules', '@openai', 'agents')] },
    },
    include: ['*.ts'],
  }
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config, null, 2))
  const parsed = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')) } })!
  expect(parsed.errors).toEqual([])
  const program = ts.createProgram(parsed.fileNames, parsed.options)
  const byFile = new Map<string, string[]>()
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file ? basename(d.file.fileName) : '(program)'
    byFile.set(name, [...(byFile.get(name) ?? []), ts.flattenDiagnosticMessageText(d.messageText, '\n')])
  }
  return byFile
}

describe('openai-agents modules typecheck against @openai/agents 0.14.3', () => {
  it('agents/, the seeds and hostile sources; a module with a wrong type is caught', () => {
    const files = outputs()
    expect(files.size).toBeGreaterThanOrEqual(bundledAgents().length + 5 + HOSTILE.length)
    const sdk = (JSON.parse(readFileSync(join(ROOT, 'node_modules', '@openai', 'agents', 'package.json'), 'utf8')) as { version: string }).version
    expect(sdk).toBe('0.14.3')
    // The control: the first module with a number where the SDK takes a string.
    const [first, text] = [...files][0]!
    files.set(`control__${first}`, text.replace(/^ {2}name: ".*",$/m, '  name: 42,'))
    const problems = typecheck(files)
    expect([...problems.keys()]).toEqual([`control__${first}`])
    expect(problems.get(`control__${first}`)!.join('\n')).toMatch(/not assignable to type 'string'/)
  })
})
