/** Invented agents and small wrappers around the library, for the tests. */
import type { Agent, CompileOptions, CompileResult, Diagnostic, Message, Severity, TargetId, TargetMessage } from '../../src/internal.js'
import { severityOfMessage, textOf } from '../../src/diagnostics/catalogue.js'
import { compileSource, diagnosticsOf, TARGET_IDS, targets } from '../../src/internal.js'

/** A minimal valid agent; override any field. */
export function makeAgent(overrides: Partial<Agent> = {}): Agent {
  return {
    name: 'test-agent',
    title: 'Test Agent',
    description: 'Helps with tests. Use when a test needs an agent.',
    examples: [],
    instructions: { text: 'You help with tests.', outline: [], languages: ['en'] },
    tools: { mode: 'list', items: [{ id: 'read', raw: 'Read', known: true }] },
    triggers: [],
    extensions: {},
    source: { path: 'test-agent.md', dialect: 'claude', promptLine: 6, fields: { name: 2, description: 3 } },
    ...overrides,
  }
}

/** Every target of the registry. */
export const ALL_TARGETS: TargetId[] = [...TARGET_IDS]

export const OPTIONS: CompileOptions = { targets: ALL_TARGETS, lang: 'all', modelMap: {} }

/** A target's message as the tests read it: with its severity and its text (as printed, `claude: …` for target-* rules). */
export type Note = TargetMessage & { severity: Severity; message: string }

/** One target's view of an agent, with the messages it made. */
export function view<V>(id: TargetId, agent: Agent, options: Partial<CompileOptions> = {}): { view: V; notes: Note[] } {
  const messages: TargetMessage[] = []
  const v = targets[id].toView(agent, { ...OPTIONS, ...options }, messages) as V
  const notes = messages.map((note) => {
    const message = { rule: note.rule, data: note.rule === 'lang-untranslated' ? note.data : { ...note.data, target: id } } as Message
    return { ...note, severity: severityOfMessage(message), message: textOf(message) }
  })
  return { view: v, notes }
}

/** Compile text as if it were the file `path`. */
export function compileText(path: string, text: string, options: Partial<CompileOptions> = {}): CompileResult {
  return compileSource(path, Buffer.from(text, 'utf8'), { ...OPTIONS, ...options })
}

/** The output of one target, or a thrown error naming the diagnostics when there is none. */
export function outputOf(result: CompileResult, target: TargetId, agent?: string): string {
  const output = result.outputs.find((o) => o.target === target && (agent === undefined || o.agent === agent))
  if (!output) throw new Error(`no ${target} output; diagnostics: ${JSON.stringify(diagnosticsOf(result.file))}`)
  return output.content
}

/** Diagnostics that are not notes (warnings and errors). */
export function problems(result: CompileResult): Diagnostic[] {
  return diagnosticsOf(result.file).filter((d) => d.severity !== 'info')
}

/** A tool reference as a dialect reader makes it. */
export const tool = (id: string, raw: string, known = true) => ({ id, raw, known })

/** The `tools` of an agent that lists exactly these. */
export const toolList = (...items: ReturnType<typeof tool>[]) => ({ tools: { mode: 'list' as const, items } })

/** An agent whose source named this model. */
export const agentWithModel = (raw: string, family?: string, tier?: string) => makeAgent({ model: { raw, ...(family ? { family } : {}), ...(tier ? { tier } : {}) } })

