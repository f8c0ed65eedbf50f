/** Recovery of a value that opens with a quote but is not a valid quoted scalar. */
import { message, type Message } from '../../diagnostics/report.js'
import { foldPlain } from './fold.js'
import { isMapping, strictParse } from './yaml.js'

/** A recovery made in an entry, reported by the caller at the entry's place in the file. */
export interface Finding {
  message: Message
  line: number // 0-based within the entry
  column: number
}

/**
 * A value that opens with a quote. Three shapes, told apart by the first unescaped
 * quote character after the opening one:
 * - it ends the value: the quoted scalar holds an escape YAML does not know (`"\d+"`);
 * - it is followed by a space and more text: text after the closing quote
 *   (`"<file>" (optional)`), read as plain text, quotes and all, as Claude Code's retry does;
 * - it sits inside a word or opens a word (`'It's'`, `"Say "hi" now"`) and the value ends
 *   with the same quote: the author quoted the whole and did not escape the inner quotes.
 */
export function readQuoted(key: string, lines: string[], column: number, found: Finding[], base: number): unknown {
  const text = lines.join('\n')
  const q = text[0]!
  const at = (finding: Message) => found.push({ message: finding, line: 0, column })
  const close = closingQuote(text, q)
  const trimmed = text.trimEnd()
  if (close === -1) {
    at(message('yaml-unclosed-quote', { key }))
    return foldPlain(text.slice(1).split('\n'))
  }
  if (close === trimmed.length - 1) {
    const requoted = requote(text.slice(1, close), q)
    if (requoted === undefined) {
      at(message('yaml-invalid-value', { key, where: 'value', read: 'plain' }))
      return lines.length === 1 ? text.trim() : foldPlain(lines)
    }
    const unindented = lines.slice(1).findIndex((l) => l.trim() !== '' && !/^[ \t]/.test(l))
    if (requoted.escapes) {
      at(message('yaml-invalid-escape', { key }))
    } else if (unindented !== -1) {
      at(message('yaml-unindented-continuation', { key, quoted: true, first: base + 1 + unindented }))
    } else {
      at(message('yaml-invalid-value', { key, where: 'value', read: 'quoted' }))
    }
    return requoted.value
  }
  const after = text[close + 1]!
  const before = text[close - 1] ?? ' '
  const inner = /[\p{L}\p{N}]/u.test(after) || (/\s/.test(before) && !/\s/.test(after))
  if (inner && trimmed.endsWith(q) && trimmed.length > 1) {
    const requoted = requote(trimmed.slice(1, -1), q)
    if (requoted !== undefined) {
      at(message('yaml-unescaped-quote', { key, quote: q }))
      return requoted.value
    }
  }
  at(message('yaml-text-after-quote', { key }))
  return lines.length === 1 ? text.trim() : foldPlain(lines)
}

/** Index of the first quote `q` in `text` (after index 0) that is not escaped, or -1. */
function closingQuote(text: string, q: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text[i]
    if (q === '"' && c === '\\') i++
    else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i++
      else return i
    }
  }
  return -1
}

const DQ_ESCAPE = /^(?:[0abtnvfre "/\\N_LP\t\n]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/

/**
 * The inside of a quoted scalar, quoted again so that the strict parser accepts it: inner
 * quotes escaped, and (in double quotes) a backslash YAML does not know kept literally.
 * The strict parser then does the folding and the escapes that are valid.
 */
function requote(inner: string, q: string): { value: string; escapes: boolean } | undefined {
  let out = ''
  let escapes = false
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!
    if (q === '"' && c === '\\') {
      const escape = DQ_ESCAPE.exec(inner.slice(i + 1, i + 10))
      if (escape) {
        out += c + escape[0]
        i += escape[0].length
      } else {
        out += '\\\\'
        escapes = true
      }
    } else if (c === q) {
      if (q === "'" && inner[i + 1] === "'") i++
      out += q === '"' ? '\\"' : "''"
    } else out += c
  }
  // Continuation lines indented, so that their own indentation cannot break the parse.
  const parsed = strictParse(`v: ${q}${out.replace(/\n/g, '\n  ')}${q}`)
  if (!parsed.ok || !isMapping(parsed.value) || typeof parsed.value.v !== 'string') return undefined
  return { value: parsed.value.v, escapes }
}
