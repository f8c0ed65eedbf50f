/**
 * An agent's when-to-use text, from what the author wrote: literal `\n` read as
 * newlines (as Claude Code does), `<example>` blocks lifted into data, and, when
 * nothing is left, the first sentence of the prompt. The Claude target reads its
 * own output through this too, so compiling an output again changes nothing.
 */
import type { Example } from '../model/agent.js'
import { extractExamples } from './examples.js'
import { clipUnits } from '../text/clip.js'

export interface ReadDescription {
  description: string
  examples: Example[]
  /** The text held literal `\n`. */
  escaped: boolean
  /** Examples with neither a user nor an assistant turn. */
  malformed: number
  /** Nothing was left: the description comes from the prompt (or the title, or the name). */
  derived: boolean
}

export function unescapeNewlines(text: string): string {
  return text.replace(/\\\\n|\\n/g, '\n')
}

export function readDescription(text: string, prompt: string, title: string, name: string): ReadDescription {
  const escaped = /\\n/.test(text)
  const lifted = extractExamples(unescapeNewlines(text))
  const examples = [...lifted.examples]
  let description = lifted.description.trim()
  let malformed = lifted.malformed
  let derived = false
  if (description === '') {
    // Derived text goes through the same extraction as authored text.
    derived = true
    const from = extractExamples(unescapeNewlines(firstSentence(prompt) || title.trim() || name))
    description = from.description.trim() || name
    examples.push(...from.examples)
    malformed += from.malformed
  }
  return { description, examples, escaped, malformed, derived }
}

/** The first sentence of the prompt's first paragraph of prose, for a missing description. */
export function firstSentence(text: string): string {
  return firstSentenceAt(text).sentence
}

/** The first sentence of the first paragraph of prose, and the offset in `text` where it starts. */
export function firstSentenceAt(text: string): { sentence: string; offset: number } {
  const found = paragraphsOf(text)
    .map(({ text: p, offset }) => ({ paragraph: p.trim(), offset: offset + p.length - p.trimStart().length }))
    .find(({ paragraph: p }) => p !== '' && !/^(#|```|~~~|---|\||<)/.test(p))
  if (!found) return { sentence: '', offset: 0 }
  const { paragraph } = found
  // A bilingual paragraph (an English line, then its Chinese twin) gives the first line's language only.
  const lines = paragraph.split('\n')
  const han = (line: string) => /\p{Script=Han}/u.test(line)
  const change = lines.findIndex((l) => han(l) !== han(lines[0]!))
  const joined = (change === -1 ? lines : lines.slice(0, change))
    .join('\n')
    // Chinese lines join without a space; a Chinese full stop needs no space after it.
    .replace(/(\p{Script=Han}|[\u3000-\u303f\uff00-\uffef])\s*\n\s*(?=\p{Script=Han}|[\u3000-\u303f\uff00-\uffef])/gu, '$1')
    .replace(/\s*\n\s*/g, ' ')
  const marker = /^[-*+>]\s+/.exec(joined)?.[0].length ?? 0
  const flat = joined.slice(marker)
  const end = /[.!?](\s|$)|[。！？]/.exec(flat)
  const sentence = end ? flat.slice(0, end.index + 1) : flat
  return { sentence: sentence.length > 300 ? clipUnits(sentence, 299).trimEnd() + '…' : sentence, offset: found.offset + marker }
}

/** The paragraphs of a text (parts between blank lines), each with the offset where it starts. */
export function paragraphsOf(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = []
  const blank = /\n\s*\n/g
  let from = 0
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    out.push({ text: text.slice(from, match.index), offset: from })
    from = match.index + match[0].length
  }
  out.push({ text: text.slice(from), offset: from })
  return out
}
