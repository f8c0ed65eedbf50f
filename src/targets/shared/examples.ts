/** Examples of when to use an agent, as text any target can hold. */
import type { Example } from '../../model/agent.js'
import type { TargetMessage } from '../types.js'
import { EXAMPLES_HEADING, exampleBlock } from '../../normalise/examples.js'

/** Defined beside the reading of examples, so that the dialects reading OpenAI requests back find the section. */
export { exampleBlock }

/** Every word of `raw` (but tag names and turn labels) is in `parsed`. */
function covers(parsed: string, raw: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const have = new Set(words(parsed))
  const text = raw.replace(/<\/?[a-z_]+>/gi, ' ').replace(/(^|[\s>])(context|user|assistant|human|ai|commentary)\s*:/gi, ' ')
  return words(text).every((word) => have.has(word))
}

/** Examples as a Markdown section of the instructions, for targets with no place for them but the prompt. */
export function examplesSection(examples: readonly Example[]): string {
  const blocks = examples.map((ex, i) => {
    const lines = [`### Example ${i + 1}`]
    if (ex.context) lines.push(`Context: ${ex.context}`)
    if (ex.user) lines.push(`User: ${ex.user}`)
    if (ex.assistant) lines.push(`Assistant: ${ex.assistant}`)
    if (ex.commentary) lines.push(`Commentary: ${ex.commentary}`)
    // A block the parser did not read whole is written as the author wrote it, so no word is lost.
    if (lines.length === 1 || !covers(lines.join('\n'), ex.raw)) return [lines[0], ex.raw.replace(/<\/?example>/gi, '').trim()].join('\n')
    return lines.join('\n')
  })
  return [`## ${EXAMPLES_HEADING}`, ...blocks].join('\n\n')
}

/**
 * A note for the examples a section written from their parsed turns does not give
 * back as their authors wrote them (`<user_request>` tags, other labels): read back,
 * each is an `<example>` block written from its turns. Silent when every block is
 * what its turns give.
 */
export function noteExamplesSection(examples: readonly Example[], notes: TargetMessage[]): void {
  const reworded = examples.filter((ex) => ex.raw !== '' && ex.raw !== exampleBlock({ ...ex, raw: '' }))
  if (reworded.length > 0) notes.push({ rule: 'target-translated', data: { kind: 'examples-section', count: reworded.length }, field: 'examples' })
}
