/**
 * The module as a JavaScript engine parses it, without the TypeScript compiler
 * (a devDependency: the tests typecheck the modules against the SDK's types). The
 * template writes no type annotation, so the module is JavaScript as well as
 * TypeScript: with its `import` and `export` lines made plain statements, V8 compiles
 * it as a strict-mode script (compiled, never run). Then the shape the SDK needs:
 * the import, `new Agent({`, a non-blank `name`, a default export.
 */
import { Script } from 'node:vm'

const IMPORT = /^import \{ Agent(, tool)? \} from '@openai\/agents'$/m
const EXPORT_CONST = /^export const ([A-Za-z_$][\w$]*) = new Agent\(\{$/m
const EXPORT_DEFAULT = /^export default ([A-Za-z_$][\w$]*)$/m

export function checkOpenAIAgents(text: string): string[] {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return ['output holds CR or a byte-order mark']
  const problems: string[] = []
  if (!IMPORT.test(text)) problems.push("no `import { Agent } from '@openai/agents'`")
  const agent = EXPORT_CONST.exec(text)
  const fallback = EXPORT_DEFAULT.exec(text)
  if (!agent) problems.push('no `export const … = new Agent({`')
  if (!fallback || fallback[1] !== agent?.[1]) problems.push('the default export is not the agent')
  // Each line that starts a statement is the template's own: user text sits inside JSON string literals, which hold no line break.
  const script = text.replace(IMPORT, 'const { Agent$1 } = {}').replace(/^export const /gm, 'const ').replace(EXPORT_DEFAULT, 'void $1')
  try {
    new Script(`'use strict';\n${script}`, { filename: 'agent.ts' })
  } catch (error) {
    return [...problems, `not valid JavaScript: ${(error as Error).message}`]
  }
  const name = /^ {2}name: (".*"),$/m.exec(text.slice(agent?.index ?? 0))
  if (!name || (JSON.parse(name[1]!) as string).trim() === '') problems.push('the agent has no name (the SDK throws `Agent must have a name.`)')
  return problems
}
