import type { Dialect, Section } from '../../model/agent.js'
import type { Draft } from '../../model/draft.js'

/**
 * A draft for a dialect whose whole file is a chat prompt naming no tools (fabric,
 * LangGPT): granting every tool would be a guess, so the tool list is empty.
 */
export function promptOnlyDraft(dialect: Dialect, name: string, body: { text: string; line: number }, outline: Section[]): Draft {
  return { dialect, name, prompt: body.text, promptLine: body.line, outline, tools: [], triggers: [], extensions: {}, fields: {} }
}
