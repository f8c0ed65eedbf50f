/**
 * Compiling the dialect fixtures written for the project (test/fixtures/dialects/
 * and test/fixtures/dialects-other/), for the tests beside each dialect in
 * src/dialects/<id>/.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { compileSource, type Agent, type CompileResult } from '../../src/internal.js'
import { dialects, type DialectId } from '../../src/dialects/registry.js'
import { toolRefs } from '../../src/normalise/tools.js'
import { ROOT } from './paths.js'

/** Dialects with frontmatter (Copilot, opencode, Cursor), by a path relative to the repository root. */
const FRONTMATTER_FIXTURES = 'test/fixtures/dialects/'

/** Compile a file of test/fixtures/dialects/ that defines one agent, with no error. */
export function compileOne(path: string) {
  const result = compileSource(FRONTMATTER_FIXTURES + path, readFileSync(FRONTMATTER_FIXTURES + path))
  const rules = result.file.messages.map((m) => m.ruleId)
  expect(result.file.messages.filter((m) => m.fatal)).toEqual([])
  expect(result.agents).toHaveLength(1)
  return { agent: result.agents[0]!, rules, messages: result.file.messages }
}

/** The canonical tool ids of an agent. */
export const toolIdsOf = (agent: Agent) => agent.tools.items.map((t) => t.id)

/** A tool string read with a dialect's vocabulary: known ids, unknown ones marked `?`. */
export const idsOf = (raw: string, dialect: DialectId) => toolRefs(raw, dialects[dialect].tools).map((r) => (r.known ? r.id : `?${r.id}`))

/** Roo modes, fabric patterns and LangGPT roles (absolute path, with a trailing slash). */
export const OTHER_FIXTURES = join(ROOT, 'test', 'fixtures', 'dialects-other/')
export const compileOther = (rel: string): CompileResult => compileSource(join(OTHER_FIXTURES, rel), readFileSync(join(OTHER_FIXTURES, rel)))
export const compileBytes = (path: string, text: string): CompileResult => compileSource(path, new TextEncoder().encode(text))
export const messagesOf = (result: CompileResult, ruleId: string) => result.file.messages.filter((m) => m.ruleId === ruleId)
export const errorsOf = (result: CompileResult) => result.file.messages.filter((m) => m.fatal === true)
export const toolIdsAt = (result: CompileResult, index = 0) => result.agents[index]!.tools.items.map((t) => t.id)
