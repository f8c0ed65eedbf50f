/**
 * TOML data files (Codex custom agents, `.codex/agents/*.toml`): one strict parse
 * with smol-toml (TOML 1.0; a syntax error stops the file and is reported at its
 * line and column), then a scan of the text for where each top-level key and its
 * value are written, since the parser gives values without positions. The scan
 * runs on text the parser accepted, so it only has to tell strings, arrays and
 * comments apart; nested keys are placed at their table's header.
 */
import { parse, TomlError } from 'smol-toml'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'
import { pointAt } from '../text/lines.js'
import { getOwnValue, setDataProperty } from '../text/own-keys.js'
import type { DataSource } from './data-source.js'

type Kind = 'basic' | 'literal' | 'multi-basic' | 'multi-literal' | 'other'

/** A top-level `key = value`: offsets of the key, and of the value with its quotes. */
interface Entry {
  key: number
  start: number
  end: number
  kind: Kind
}

export function parseToml(file: VFile): DataSource | undefined {
  const text = String(file.value)
  let data: unknown
  try {
    data = parse(text)
  } catch (error) {
    if (!(error instanceof TomlError)) throw error
    const problem = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, 'TOML: ')
    report(file, 'data-invalid', { error: true, problem }, { line: error.line || 1, column: error.column || 1 })
    return undefined
  }
  const { entries, headers } = scan(text)
  const entry = (path: readonly (string | number)[]): Entry | undefined => (path.length === 1 && typeof path[0] === 'string' ? getOwnValue(entries, path[0]) : undefined)
  const header = (path: readonly (string | number)[]): number | undefined => {
    for (let n = path.length; n > 0; n--) {
      const at = getOwnValue(headers, path.slice(0, n).join('.'))
      if (at !== undefined) return at
    }
    return undefined
  }
  const span = (start: number, end: number): Position => ({ start: pointAt(text, start), end: pointAt(text, end) })
  const inside = (e: Entry): [number, number] => {
    if (e.kind === 'basic' || e.kind === 'literal') return [e.start + 1, e.end - 1]
    if (e.kind === 'other') return [e.start, e.end]
    // A newline right after the opening delimiter is not part of the string (TOML 1.0, "String").
    const open = e.start + 3
    const first = text.startsWith('\r\n', open) ? open + 2 : text[open] === '\n' ? open + 1 : open
    return [first, e.end - 3]
  }
  return {
    data,
    text,
    lineOf: (path) => {
      const e = entry(path)
      if (e) return pointAt(text, e.key).line
      const at = header(path)
      return at === undefined ? undefined : pointAt(text, at).line
    },
    valueLine: (path) => {
      const e = entry(path)
      return e ? pointAt(text, inside(e)[0]).line : undefined
    },
    positionOf: (path) => {
      const e = entry(path)
      if (e) return span(e.key, e.end)
      const at = header(path)
      return at === undefined ? undefined : span(at, text.indexOf(']', at) + 1)
    },
    valuePosition: (path) => {
      const e = entry(path)
      return e ? span(...inside(e)) : undefined
    },
    pointIn: (path, offset) => {
      const e = entry(path)
      if (!e) return undefined
      const [start, end] = inside(e)
      // Only where the source is the value itself (no escapes) can an offset into the value be placed.
      const verbatim = e.kind === 'literal' || e.kind === 'multi-literal' || ((e.kind === 'basic' || e.kind === 'multi-basic') && !text.slice(start, end).includes('\\'))
      const value = getOwnValue(data as Record<string, unknown>, path[0] as string)
      if (verbatim && typeof value === 'string' && text.slice(start, end).replace(/\r\n/g, '\n') === value && !text.slice(start, end).includes('\r')) {
        return pointAt(text, start + Math.min(offset, end - start))
      }
      return pointAt(text, start)
    },
  }
}

/** Where the top-level keys are written (before the first table header), and where each table header is. */
function scan(text: string): { entries: Record<string, Entry>; headers: Record<string, number> } {
  const entries: Record<string, Entry> = {}
  const headers: Record<string, number> = {}
  let top = true
  let i = 0
  while (i < text.length) {
    // At the start of a line (outside any value).
    while (text[i] === ' ' || text[i] === '\t') i++
    const c = text[i]
    if (c === undefined) break
    if (c === '\n' || c === '\r' || c === '#') {
      i = lineEnd(text, i) + 1
      continue
    }
    if (c === '[') {
      top = false
      const close = text.indexOf(']', i)
      const name = text.slice(i, close).replace(/^\[+/, '').split('.').map((part) => part.trim().replace(/^(["'])(.*)\1$/, '$2')).join('.')
      if (getOwnValue(headers, name) === undefined) setDataProperty(headers, name, i)
      i = lineEnd(text, i) + 1
      continue
    }
    const keyStart = i
    const eq = keyEnd(text, i)
    const key = text.slice(keyStart, eq).trim()
    i = eq + 1
    while (text[i] === ' ' || text[i] === '\t') i++
    const { end, kind } = valueEnd(text, i)
    const name = key.replace(/^(["'])(.*)\1$/, '$2')
    if (top && !/^[^"'].*\./.test(key) && getOwnValue(entries, name) === undefined) setDataProperty(entries, name, { key: keyStart, start: i, end, kind })
    i = lineEnd(text, end) + 1
  }
  return { entries, headers }
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from)
  return n === -1 ? text.length : n
}

/** The offset of the `=` after a key (quoted keys may hold one). */
function keyEnd(text: string, i: number): number {
  while (i < text.length && text[i] !== '=') {
    if (text[i] === '"' || text[i] === "'") i = stringEnd(text, i, text[i]!, false)
    else i++
  }
  return i
}

/** The end of a value (after its closing quote or bracket) and its kind. */
function valueEnd(text: string, i: number): { end: number; kind: Kind } {
  if (text.startsWith('"""', i)) return { end: stringEnd(text, i, '"', true), kind: 'multi-basic' }
  if (text.startsWith("'''", i)) return { end: stringEnd(text, i, "'", true), kind: 'multi-literal' }
  if (text[i] === '"') return { end: stringEnd(text, i, '"', false), kind: 'basic' }
  if (text[i] === "'") return { end: stringEnd(text, i, "'", false), kind: 'literal' }
  if (text[i] === '[' || text[i] === '{') {
    let depth = 0
    while (i < text.length) {
      const c = text[i]!
      if (c === '"' || c === "'") {
        i = stringEnd(text, i, c, text.startsWith(c.repeat(3), i))
        continue
      }
      if (c === '#') {
        i = lineEnd(text, i)
        continue
      }
      if (c === '[' || c === '{') depth++
      if (c === ']' || c === '}') depth--
      i++
      if (depth === 0) break
    }
    return { end: i, kind: 'other' }
  }
  let end = i
  while (end < text.length && text[end] !== '\n' && text[end] !== '#') end++
  while (end > i && /\s/.test(text[end - 1]!)) end--
  return { end, kind: 'other' }
}

/** The offset after the closing quote of a string opened at `i`. */
function stringEnd(text: string, i: number, quote: string, multi: boolean): number {
  const delimiter = multi ? quote.repeat(3) : quote
  let j = i + delimiter.length
  while (j < text.length) {
    if (quote === '"' && text[j] === '\\') {
      j += 2
      continue
    }
    if (text.startsWith(delimiter, j)) {
      // A multi-line string may end with up to two quotes of its own before the delimiter.
      let end = j + delimiter.length
      while (multi && text[end] === quote && end - j < 5) end++
      return end
    }
    j++
  }
  return text.length
}
