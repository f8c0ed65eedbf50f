/**
 * Repairs frontmatter fences that remark-frontmatter would not recognise, before
 * parsing: a whole file indented, a fence longer than `---`, or no closing fence.
 * Every repair is recorded in `file.data.sourceMap` (columns removed by dedenting,
 * the line of an inserted fence), so positions reported while the repaired text is
 * read point at the file as written; `recognise` clears the map when done.
 */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'

const DASHES = /^-{3,}[ \t]*$/
const KEY_LINE = /^[A-Za-z_][\w.-]*[ \t]*:(?=[ \t]|$)/
/** A key as frontmatter writes it: lower-case or camelCase. `Note: …` at column 0 is prose. */
const LOWER_KEY_LINE = /^[a-z_][\w.-]*[ \t]*:(?=[ \t]|$)/
/** Lines of an `<example>` dialogue, which descriptions continue with (seed 001). */
const DIALOGUE = /<\/?example>|^(context|user|assistant|commentary|examples?)[ \t]*:/i
/** Markdown that only a body has: a heading or a code fence. */
const BODY_BLOCK = /^(#{1,6}[ \t]+\S|```|~~~)/
/** Markdown that a body usually has: list items, quotes, tables, bold. */
const BODY_INLINE = /^([-*+][ \t]+\S|\d+[.)][ \t]+\S|>[ \t]|\|.*\|)|\*\*\S/

export function repairFences(text: string, file: VFile): string {
  let lines = text.split('\n')
  let changed = false
  const indented = /^([ \t]+)-{3,}[ \t]*$/.exec(lines[0] ?? '')
  if (indented) {
    // Remove up to the fence's indentation from every line: lines indented less lose only
    // what they have, so a nested list or code block keeps its relative indentation.
    const width = indented[1]!.length
    const removed = lines.map((line) => Math.min(width, /^[ \t]*/.exec(line)![0].length))
    lines = lines.map((line, i) => line.slice(removed[i]))
    changed = true
    report(file, 'fence-indented', { width }, {
      line: 1,
      column: 1,
    })
    file.data.sourceMap = { ...file.data.sourceMap, removed }
  }
  const keep = () => (changed ? lines.join('\n') : text)
  const open = lines[0] ?? ''
  if (!DASHES.test(open)) return keep()
  // `---` always opens frontmatter for remark; a longer rule only when a `key:` line follows,
  // else it is a Markdown thematic break.
  const long = open.trimEnd().length > 3
  if (long && !KEY_LINE.test(lines.find((l, i) => i > 0 && l.trim() !== '') ?? '')) return keep()
  if (long) {
    report(file, 'fence-long', { fence: 'Opening', dashes: open.trimEnd().length }, { line: 1, column: 1 })
    lines[0] = '---'
    changed = true
  }
  const close = lines.findIndex((line, i) => i > 0 && DASHES.test(line))
  if (close === -1) {
    const extent = frontmatterExtent(lines, lines.length)
    return extent ? closeAfter(lines, extent.last, file) : keep()
  }
  // A later `---` may be a thematic break in the body of a frontmatter that was never
  // closed: then the text before it is keys, then Markdown. (Strict YAML cannot tell:
  // `You are terse. Rule: be brief` after a `# Heading` comment is a valid key.)
  const extent = frontmatterExtent(lines, close)
  if (extent && extent.stop < close && looksLikeBody(lines, extent.stop, close)) {
    return closeAfter(lines, extent.last, file)
  }
  const line = lines[close]!
  if (line.trimEnd().length > 3) {
    report(file, 'fence-long', { fence: 'Closing', dashes: line.trimEnd().length }, {
      line: close + 1,
      column: 1,
    })
    lines[close] = '---'
    changed = true
  }
  return keep()
}

/**
 * How far `key:` lines after the opening fence reach, looking no further than `limit`. A
 * line belongs to the frontmatter when it is a `key:` line, an indented line, a `]` or `}`, a list item
 * right after a key or another item, or a `#` comment or blank lines followed by a lower-case
 * `key:` line or an indented line. Returns the last such line and the first line that is not one (`limit` when
 * all are), or undefined when the first line is no `key:` line: then the dashes are a
 * Markdown thematic break, not a frontmatter.
 */
function frontmatterExtent(lines: string[], limit: number): { last: number; stop: number } | undefined {
  let first = 1
  while (first < limit && (lines[first]!.trim() === '' || lines[first]!.startsWith('#'))) first++
  // Comments may open a frontmatter, but a `# Title` opens a body: a key must follow them.
  const key = first > 1 && lines.slice(1, first).some((l) => l.startsWith('#')) ? LOWER_KEY_LINE : KEY_LINE
  if (first >= limit || !key.test(lines[first]!)) return undefined
  let last = first
  let listAllowed = /:[ \t]*$/.test(lines[first]!)
  for (let i = first + 1; i < limit; i++) {
    const line = lines[i]!
    if (line.trim() === '' || line.startsWith('#')) {
      let next = i + 1
      while (next < limit && (lines[next]!.trim() === '' || lines[next]!.startsWith('#'))) next++
      if (next < limit && (LOWER_KEY_LINE.test(lines[next]!) || /^[ \t]+\S/.test(lines[next]!))) {
        i = next - 1
        continue
      }
      return { last, stop: i }
    }
    if (KEY_LINE.test(line)) {
      listAllowed = /:[ \t]*$/.test(line)
    } else if (/^-([ \t]|$)/.test(line)) {
      if (!listAllowed) return { last, stop: i }
    } else if (!/^([ \t]|[\]}])/.test(line)) {
      // Not indented, and not the `]` or `}` that closes a flow list or map at column 0.
      return { last, stop: i }
    }
    last = i
  }
  return { last, stop: limit }
}

/**
 * The lines from `stop` to `close` (after the last key line, before a `---`) are a body,
 * not a value continued on unindented lines. Decided by the first telling line: a key or an
 * `<example>` dialogue says value (more frontmatter follows, as in seed 001); a heading or
 * code fence says body. Without either, list items or bold say body, and so does a
 * paragraph set off by a blank line.
 */
function looksLikeBody(lines: string[], stop: number, close: number): boolean {
  // Only comments and blank lines before the fence: a frontmatter ending in `# a comment`.
  if (lines.slice(stop, close).every((l) => l.trim() === '' || l.startsWith('#'))) return false
  let inline = false
  for (let i = stop; i < close; i++) {
    const line = lines[i]!
    if (DIALOGUE.test(line) || KEY_LINE.test(line)) return false
    if (BODY_BLOCK.test(line)) return true
    if (BODY_INLINE.test(line)) inline = true
  }
  return inline || lines[stop]!.trim() === ''
}

/** Puts the missing closing fence after line index `last`, and says where it ended. */
function closeAfter(lines: string[], last: number, file: VFile): string {
  const place = { line: 1, column: 1 }
  const after = last + 1
  if (after < lines.length && lines[after]!.trim() === '') {
    // The blank line after the frontmatter becomes its closing fence: no line moves.
    lines[after] = '---'
    report(file, 'fence-unclosed', { endsAt: after + 1 }, place)
  } else if (after >= lines.length) {
    lines.push('---')
    report(file, 'fence-unclosed', { atEnd: true }, place)
  } else {
    // The body starts right after the last key: a fence has to be inserted, which moves the
    // body one line down; the source map moves reported positions back up.
    lines.splice(after, 0, '---')
    file.data.sourceMap = { ...file.data.sourceMap, insertedLine: after + 1 }
    report(file, 'fence-unclosed', { endsAfter: after }, place)
  }
  return lines.join('\n')
}
