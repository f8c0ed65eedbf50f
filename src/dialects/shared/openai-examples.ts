/**
 * The examples section the OpenAI targets add at the end of the instructions
 * (`## Examples of when to use this assistant`, then `### Example N` blocks, as
 * targets/shared/examples.ts writes it), read back into `<example>` blocks for the
 * description, where the normaliser lifts examples from.
 *
 * Read only when it is the instructions' last `##` section and holds nothing but
 * `### Example 1`, `### Example 2`… in order: anything else is the author's prompt
 * and stays in it. A block written from the data (`Context:`, `User:`, `Assistant:`,
 * `Commentary:` lines) becomes the block agentdef writes from the same data, so an
 * author's block that was in that form comes back byte for byte; a block written as
 * the author wrote it (the target does so when the data missed a word) is wrapped
 * in `<example>` tags again.
 */
import { EXAMPLES_HEADING, exampleBlock } from '../../normalise/examples.js'

const LABELS = ['Context', 'User', 'Assistant', 'Commentary'] as const

export function splitExamplesSection(instructions: string): { prompt: string; blocks: string[] } {
  const heading = `## ${EXAMPLES_HEADING}\n\n`
  const at = instructions.startsWith(heading) ? 0 : instructions.lastIndexOf(`\n\n${heading}`)
  if (at === -1) return { prompt: instructions, blocks: [] }
  const section = instructions.slice(at === 0 ? heading.length : at + 2 + heading.length)
  const parts = section.split(/\n\n(?=### Example \d+\n)/)
  const blocks: string[] = []
  for (const [i, part] of parts.entries()) {
    const head = `### Example ${i + 1}\n`
    if (!part.startsWith(head) || /^## /m.test(part)) return { prompt: instructions, blocks: [] }
    blocks.push(blockOf(part.slice(head.length)))
  }
  return { prompt: instructions.slice(0, at), blocks }
}

/** One example's lines → an `<example>` block. */
function blockOf(body: string): string {
  const fields: Partial<Record<(typeof LABELS)[number], string>> = {}
  let current = -1
  let structured = true
  for (const line of body.split('\n')) {
    // A label later than the current one starts a field; any other line continues the current one.
    const label = LABELS.findIndex((l, i) => i > current && line.startsWith(`${l}: `))
    if (label !== -1) {
      current = label
      fields[LABELS[label]!] = line.slice(LABELS[label]!.length + 2)
    } else if (current === -1) structured = false
    else fields[LABELS[current]!] += `\n${line}`
  }
  if (!structured || current === -1) return `<example>\n${body}\n</example>`
  return exampleBlock({
    raw: '',
    ...(fields.Context !== undefined ? { context: fields.Context } : {}),
    ...(fields.User !== undefined ? { user: fields.User } : {}),
    ...(fields.Assistant !== undefined ? { assistant: fields.Assistant } : {}),
    ...(fields.Commentary !== undefined ? { commentary: fields.Commentary } : {}),
  })
}
