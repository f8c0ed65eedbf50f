/** Recovery, step one: the frontmatter text split into entries, one per key. */
import { CANONICAL_KEYS, DIALOGUE_WORDS, KEY_LINE, valueOf } from './keys.js'

export interface Entry {
  key: string
  line: number // 0-based line in the yaml text
  lines: string[]
  /** The value is text: on the key's line (not a block or flow structure), or on unindented lines after it. */
  text: boolean
  /** The value has begun: text on the key's line, or a non-blank line after it. */
  begun: boolean
}

export interface Split {
  entries: Entry[]
  stray: number[]
  /** `<example>` blocks still open at the end: the split trusted a tag that was never closed. */
  unclosedExamples: boolean
}

/**
 * Splits the text at `key:` lines at column 0. Inside a text value, some of those lines are
 * prose, not keys (seed 001: a description continued on unindented lines holding
 * `<example>` dialogues with `Context:` and `user:` lines):
 * - every line inside an open `<example>` block, when `trackExamples` is set;
 * - a dialogue word (`user:`, `Examples:`) or a capitalised word that is no known key
 *   (`Note:`; keys are lower-case or camelCase, unless the file capitalises its keys),
 *   when the current value is text (or empty so far) and the line opens no nested block.
 * Known keys always start an entry outside `<example>` blocks.
 */
export function split(lines: string[], trackExamples: boolean): Split {
  const capitalisedKeys = lines.some((l) => {
    const key = KEY_LINE.exec(l)?.[1]
    return key !== undefined && /^[A-Z]/.test(key) && CANONICAL_KEYS.has(key.toLowerCase())
  })
  const entries: Entry[] = []
  const stray: number[] = []
  let current: Entry | undefined
  let openExamples = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const key = KEY_LINE.exec(line)?.[1]
    let startsKey = key !== undefined
    if (key !== undefined && current) {
      const lower = key.toLowerCase()
      const known = CANONICAL_KEYS.has(lower)
      // An empty value still waiting for its text (`description:`, blank line, `Examples:`) takes it too.
      const prose =
        !known &&
        (DIALOGUE_WORDS.has(lower) || (/^[A-Z]/.test(key) && !capitalisedKeys)) &&
        (current.text || !current.begun) &&
        !opensBlock(lines, i)
      if ((trackExamples && openExamples > 0) || prose) startsKey = false
    }
    if (startsKey) {
      const first = valueOf(line).text
      current = { key: key!, line: i, lines: [line], text: first !== '' && !/^[|>[{&!]/.test(first), begun: first !== '' }
      entries.push(current)
    } else if (current) {
      current.lines.push(line)
      if (line.trim() !== '') current.begun = true
      if (line.trim() !== '' && !/^[ \t#]/.test(line)) current.text = true
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      stray.push(i)
    }
    if (trackExamples) {
      openExamples += count(line, /<example>/gi) - count(line, /<\/example>/gi)
      if (openExamples < 0) openExamples = 0
    }
  }
  return { entries, stray, unclosedExamples: openExamples > 0 }
}

/** The key line at `i` is followed by an indented line or a list item: a nested block, so a real key. */
function opensBlock(lines: string[], i: number): boolean {
  if (valueOf(lines[i]!).text !== '') return false
  let next = i + 1
  while (next < lines.length && lines[next]!.trim() === '') next++
  return next < lines.length && /^([ \t]+\S|-[ \t])/.test(lines[next]!)
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}
