/**
 * `<example>` dialogues inside a description become data: context, user,
 * assistant, commentary, and the raw block. The description keeps the rest.
 */
import type { Example } from '../model/agent.js'

const BLOCK = /<example>([\s\S]*?)(?:<\/example>|$(?![\s\S]))/gi
const MARKER = /(^|[\s>])(context|user|assistant|human|ai)\s*:\s*/gi
const COMMENTARY = /<commentary>([\s\S]*?)(?:<\/commentary>|$(?![\s\S]))/gi
/** Turns written as tags (`<context>…</context>`, `<user_request>…`): read as `context:`, `user:`, … markers. */
const TAGGED = /<(context|user|user_request|human|assistant|assistant_response|ai)>([\s\S]*?)<\/\1>/gi
const TAG_ROLE: Record<string, string> = { user_request: 'user', assistant_response: 'assistant' }

export function extractExamples(description: string): { description: string; examples: Example[]; malformed: number } {
  const examples: Example[] = []
  let malformed = 0
  const rest = description.replace(BLOCK, (raw: string, body: string) => {
    const example = parseExample(body)
    if (!example.user && !example.assistant) malformed++
    examples.push({ ...example, raw: raw.trim() })
    return '\n'
  })
  if (examples.length === 0) return { description, examples, malformed }
  return { description: tidy(rest), examples, malformed }
}

function parseExample(body: string): Omit<Example, 'raw'> {
  const commentary: string[] = []
  const dialogue = body
    .replace(COMMENTARY, (_m, text: string) => {
      commentary.push(text.trim())
      return '\n'
    })
    .replace(TAGGED, (_m, tag: string, text: string) => `\n${TAG_ROLE[tag.toLowerCase()] ?? tag.toLowerCase()}: ${text.trim()}\n`)
  const parts: { role: string; text: string }[] = []
  let role: string | undefined
  let last = 0
  let from = 0
  for (;;) {
    MARKER.lastIndex = from
    const m = MARKER.exec(dialogue)
    if (!m) break
    const at = m.index + m[1]!.length
    if (role !== undefined) parts.push({ role, text: dialogue.slice(last, at) })
    role = m[2]!.toLowerCase()
    last = m.index + m[0].length
    // A quoted turn may hold words like "context:"; look for the next marker after its closing quote.
    from = closingQuote(dialogue, last) ?? last
  }
  if (role !== undefined) parts.push({ role, text: dialogue.slice(last) })
  const of = (...roles: string[]) =>
    parts
      .filter((p) => roles.includes(p.role))
      .map((p) => unquote(p.text.trim()))
      .filter(Boolean)
      .join('\n\n') || undefined
  const example: Omit<Example, 'raw'> = {}
  const context = of('context')
  const user = of('user', 'human')
  const assistant = of('assistant', 'ai')
  if (context) example.context = context
  if (user) example.user = user
  if (assistant) example.assistant = assistant
  if (commentary.length) example.commentary = commentary.join('\n\n')
  return example
}

/** The offset after the quote that closes a turn opening at `start`, if it opens with one. */
function closingQuote(text: string, start: number): number | undefined {
  const open = text[start]
  if (open !== '"' && open !== '“') return undefined
  const close = open === '"' ? '"' : '”'
  // The closing quote is the one followed by the end, a tag, or the next marker: inner quotes are not.
  const ends = new RegExp(`\\${close}(?=\\s*($|<|(?:context|user|assistant|human|ai)\\s*:))`, 'gi')
  ends.lastIndex = start + 1
  const m = ends.exec(text)
  return m ? m.index + 1 : undefined
}

function unquote(text: string): string {
  const m = /^"([\s\S]*)"$/.exec(text) ?? /^“([\s\S]*)”$/.exec(text)
  return m ? m[1]!.trim() : text
}

/** The description without its examples: no dangling "Examples:" label, no runs of blank lines. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/\s*\b(?:for\s+)?examples?\s*(?:include)?\s*:?$/i, '')
    .trim()
}

/** The heading of the section the OpenAI targets add to the instructions for the examples (a level-2 heading), which their dialects read back. */
export const EXAMPLES_HEADING = 'Examples of when to use this assistant'

/** An `<example>` block as Claude Code's descriptions hold them. The author's own block when there is one; otherwise the block written from the data. */
export function exampleBlock(example: Example): string {
  if (example.raw) return example.raw
  const lines = ['<example>']
  if (example.context) lines.push(`Context: ${example.context}`)
  if (example.user) lines.push(`user: "${example.user}"`)
  if (example.assistant) lines.push(`assistant: "${example.assistant}"`)
  if (example.commentary) lines.push('<commentary>', example.commentary, '</commentary>')
  lines.push('</example>')
  return lines.join('\n')
}
