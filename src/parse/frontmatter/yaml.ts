/**
 * The strict YAML parse every frontmatter reading starts from, made safe for
 * untrusted input: `errors` and `toJS()` both checked, aliases bounded, and keys
 * such as `__proto__` kept as plain data.
 */
import YAML, { type LineCounter } from 'yaml'
import { setDataProperty } from '../../text/own-keys.js'

export type Frontmatter = Record<string, unknown>

/** Parse options that keep untrusted input cheap: aliases are limited, keys stay plain data. */
export const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const

export const TOJS_OPTIONS = { maxAliasCount: 100 } as const

export type Strict = { ok: true; value: unknown; doc: YAML.Document.Parsed } | { ok: false; bomb: boolean }

/** @param lineCounter counts the lines of `text` as it is parsed, for positions */
export function strictParse(text: string, lineCounter?: LineCounter): Strict {
  let doc: YAML.Document.Parsed
  try {
    doc = YAML.parseDocument(text, lineCounter ? { ...PARSE_OPTIONS, lineCounter } : PARSE_OPTIONS)
  } catch {
    return { ok: false, bomb: false }
  }
  // When `errors` is non-empty, `toJS()` still returns an object, and it is wrong: never use it.
  if (doc.errors.length > 0) return { ok: false, bomb: false }
  try {
    return { ok: true, value: doc.toJS(TOJS_OPTIONS), doc }
  } catch {
    // `toJS()` throws for an alias it cannot resolve (`tools: *`, `globs: *.ts`), even when
    // `errors` is empty, and for an alias bomb (more expansions than `maxAliasCount`). Only the
    // second has every alias resolved: that one is refused, never recovered.
    return { ok: false, bomb: allAliasesResolve(doc) }
  }
}

function allAliasesResolve(doc: YAML.Document.Parsed): boolean {
  let aliases = 0
  let resolved = 0
  YAML.visit(doc, {
    Alias(_key, node) {
      aliases++
      if (node.resolve(doc) !== undefined) resolved++
    },
  })
  return aliases > 0 && aliases === resolved
}

export function isMapping(value: unknown): value is Frontmatter {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Back to an ordinary object, still with `__proto__` as plain data. */
export function toPlain(data: Frontmatter): Frontmatter {
  const out: Frontmatter = {}
  for (const key of Object.keys(data)) setDataProperty(out, key, data[key])
  return out
}

/** The yaml lexer's control tokens, which stand for no source text. */
const CONTROL = new Set(['\u0002', '\u0018', '\u001f', '\ufeff'])

/** Where each comment of a YAML text starts: 0-based line, 1-based column. */
export function commentPlaces(text: string): { line: number; column: number }[] {
  const places: { line: number; column: number }[] = []
  let offset = 0
  for (const token of new YAML.Lexer().lex(text)) {
    if (token.length === 1 && CONTROL.has(token)) continue
    if (token.startsWith('#')) {
      const before = text.slice(0, offset)
      const lineStart = before.lastIndexOf('\n') + 1
      places.push({ line: before.split('\n').length - 1, column: offset - lineStart + 1 })
    }
    offset += token.length
  }
  return places
}
