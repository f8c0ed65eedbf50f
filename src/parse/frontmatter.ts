/**
 * Tolerant frontmatter parsing. Strict YAML first (the `yaml` package, checking
 * both `errors` and `toJS()`); when that fails, a line-based recovery that knows
 * the broken shapes real agent files have (see formats.md, "How real frontmatter
 * breaks"). Every recovery is a warning with the line and column it happened on;
 * what cannot be recovered is an error on this file only.
 *
 * The recovery splits the text into entries (a `key:` line at column 0 and the
 * lines that follow it), parses each entry alone with the strict parser, and
 * only for the entries that still fail reads the value by its shape. Entries are
 * small and every step is linear in their length, so a hostile file cannot make
 * the recovery slow; aliases stay bounded by `maxAliasCount` on every parse.
 */
import YAML from 'yaml'
import type { VFile } from 'vfile'
import { report as reportOn, type Place, type RuleId, type Severity } from '../report/rules.js'

export type Frontmatter = Record<string, unknown>

/**
 * Keys that agent dialects use, in their canonical spelling. A key that differs
 * only in case (`Description:`, `maxturns:`) is read as the canonical one.
 */
const CANONICAL_KEYS = new Map(
  [
    'name', 'description', 'tools', 'model', 'color', 'mode', 'temperature', 'permission',
    'globs', 'alwaysApply', 'slug', 'roleDefinition', 'whenToUse', 'customInstructions', 'groups',
    'handoffs', 'disallowedTools', 'permissionMode', 'maxTurns', 'skills', 'mcpServers', 'hooks',
    'memory', 'effort', 'isolation', 'background', 'argument-hint', 'target', 'category', 'version',
    'author', 'tags', 'emoji', 'vibe',
  ].map((key) => [key.toLowerCase(), key]),
)

/** Words that begin lines of `<example>` dialogues; at column 0 inside a text value they are not keys. */
const DIALOGUE_WORDS = new Set(['context', 'user', 'assistant', 'commentary', 'example', 'examples', 'human', 'ai'])

const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)/

/** Parse options that keep untrusted input cheap: aliases are limited, keys stay plain data. */
const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const
const TOJS_OPTIONS = { maxAliasCount: 100 } as const

type Strict = { ok: true; value: unknown } | { ok: false; bomb: boolean }

function strictParse(text: string): Strict {
  let doc: YAML.Document.Parsed
  try {
    doc = YAML.parseDocument(text, PARSE_OPTIONS)
  } catch {
    return { ok: false, bomb: false }
  }
  // When `errors` is non-empty, `toJS()` still returns an object, and it is wrong: never use it.
  if (doc.errors.length > 0) return { ok: false, bomb: false }
  try {
    return { ok: true, value: doc.toJS(TOJS_OPTIONS) }
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

/**
 * Reports at a place in the file as its author wrote it: a file that `repairFences` read
 * dedented (`file.data.dedented`, declared in fences.ts) has its columns shifted back by
 * the indentation it removed.
 */
function report(file: VFile, severity: Severity, rule: RuleId, reason: string, place: Place) {
  reportOn(file, severity, rule, reason, { line: place.line, column: place.column + (file.data.dedented ?? 0) })
}

function isMapping(value: unknown): value is Frontmatter {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * @param yaml the text between the fences
 * @param firstLine the 1-based line of the file where `yaml` starts
 * @returns the keys and values, or undefined after reporting an error on the file
 */
/** The frontmatter; `undefined` when it is broken beyond recovery (an error is reported); `null` when it is not frontmatter at all. */
export function parseFrontmatter(yaml: string, firstLine: number, file: VFile): Frontmatter | undefined | null {
  if (yaml.trim() === '') return {}
  const strict = strictParse(yaml)
  if (strict.ok) {
    if (strict.value == null) return {}
    if (!isMapping(strict.value)) {
      // `---`, text, `---` is also Markdown: a thematic break and a setext heading, or a list.
      report(file, 'warning', 'fence-not-frontmatter', 'The block between the `---` lines is not a mapping of keys to values; read the file as Markdown', {
        line: firstLine - 1,
        column: 1,
      })
      return null
    }
    return foldKeyCase(strict.value, yaml, firstLine, file)
  }
  if (strict.bomb) {
    reportBomb(file, firstLine)
    return undefined
  }
  return recover(yaml, firstLine, file)
}

function reportBomb(file: VFile, line: number) {
  report(file, 'error', 'yaml-alias-limit', `Frontmatter expands YAML aliases more than ${TOJS_OPTIONS.maxAliasCount} times (an alias bomb); refused`, {
    line,
    column: 1,
  })
}

function leadingBlankLines(text: string): number {
  return /^(?:[ \t]*\n)*/.exec(text)![0].split('\n').length - 1
}

/** The canonical spelling of a key that differs from it only in case, else undefined. */
function canonicalOf(key: string): string | undefined {
  const canonical = CANONICAL_KEYS.get(key.toLowerCase())
  return canonical !== undefined && canonical !== key ? canonical : undefined
}

/** `Description:` → `description`, with a warning; other keys are kept as written. */
function foldKeyCase(data: Frontmatter, yaml: string, firstLine: number, file: VFile): Frontmatter {
  const out: Frontmatter = Object.create(null) as Frontmatter
  const lines = yaml.split('\n')
  for (const key of Object.keys(data)) {
    const value = data[key]
    const canonical = canonicalOf(key)
    const taken = canonical !== undefined && (Object.prototype.hasOwnProperty.call(data, canonical) || Object.prototype.hasOwnProperty.call(out, canonical))
    if (canonical !== undefined && !taken) {
      const line = lines.findIndex((l) => KEY_LINE.exec(l)?.[1] === key)
      report(file, 'warning', 'yaml-key-case', `Key \`${key}\` read as \`${canonical}\``, {
        line: firstLine + Math.max(line, 0),
        column: 1,
      })
      define(out, canonical, value)
    } else {
      define(out, key, value)
    }
  }
  return toPlain(out)
}

/** Own-property assignment that keeps `__proto__` a plain key. */
function define(target: Frontmatter, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Back to an ordinary object, still with `__proto__` as plain data. */
function toPlain(data: Frontmatter): Frontmatter {
  const out: Frontmatter = {}
  for (const key of Object.keys(data)) define(out, key, data[key])
  return out
}

// ---------------------------------------------------------------------------
// Recovery: split into entries

interface Entry {
  key: string
  line: number // 0-based line in the yaml text
  lines: string[]
  /** The value is text: on the key's line (not a block or flow structure), or on unindented lines after it. */
  text: boolean
  /** The value has begun: text on the key's line, or a non-blank line after it. */
  begun: boolean
}

interface Split {
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
function split(lines: string[], trackExamples: boolean): Split {
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

/** The value part of a `key: value` line, and the 1-based column where it starts. */
function valueOf(line: string): { text: string; column: number } {
  const colon = KEY_LINE.exec(line)![0].length
  const after = line.slice(colon)
  const text = after.trim()
  return { text, column: colon + 1 + (after.length - after.trimStart().length) }
}

function recover(yaml: string, firstLine: number, file: VFile): Frontmatter | undefined | null {
  const lines = yaml.split('\n')
  let parts = split(lines, true)
  // An `<example>` that is never closed would swallow every key after it: split again without it.
  if (parts.unclosedExamples) parts = split(lines, false)
  if (parts.entries.length === 0) {
    // No `key:` line at all: the `---` lines are Markdown thematic breaks, not fences.
    report(file, 'warning', 'fence-not-frontmatter', 'The block between the `---` lines is not YAML and holds no `key: value` line; read the file as Markdown', {
      line: firstLine - 1,
      column: 1,
    })
    return null
  }
  for (const i of parts.stray) {
    report(file, 'warning', 'yaml-stray-line', 'Line belongs to no key; ignored', { line: firstLine + i, column: 1 })
  }
  const before = file.messages.length
  const out: Frontmatter = Object.create(null) as Frontmatter
  for (const entry of parts.entries) {
    let key = entry.key
    const canonical = canonicalOf(key)
    if (canonical !== undefined) {
      report(file, 'warning', 'yaml-key-case', `Key \`${key}\` read as \`${canonical}\``, {
        line: firstLine + entry.line,
        column: 1,
      })
      key = canonical
    }
    if (Object.prototype.hasOwnProperty.call(out, key)) {
      // Kept the first: the value a reader that stops at the first match (and our `keyLines`) sees.
      report(file, 'warning', 'yaml-duplicate-key', `Key \`${key}\` appears again; kept the first value`, {
        line: firstLine + entry.line,
        column: 1,
      })
      continue
    }
    const value = recoverEntry(entry, firstLine, file)
    if (value === BOMB) {
      reportBomb(file, firstLine + entry.line)
      return undefined
    }
    define(out, key, value)
  }
  if (file.messages.length === before) {
    // Each entry parses alone but not together, and no known shape explains why: say so.
    report(file, 'warning', 'yaml-recovered', 'Frontmatter is not valid YAML as a whole; read it key by key', {
      line: firstLine + parts.entries[0]!.line,
      column: 1,
    })
  }
  return toPlain(out)
}

// ---------------------------------------------------------------------------
// Recovery: one entry

const BOMB = Symbol('alias bomb')

interface Finding {
  rule: RuleId
  reason: string
  line: number // 0-based within the entry
  column: number
}

/** One `key: value` entry (with its continuation lines) that the strict parser rejected as part of the whole. */
function recoverEntry(entry: Entry, firstLine: number, file: VFile): unknown {
  // Trailing blank lines and comments belong to no value (comments introduce the next key).
  const lines = [...entry.lines]
  while (lines.length > 1 && (lines.at(-1)!.trim() === '' || lines.at(-1)!.startsWith('#'))) lines.pop()
  const alone = strictParse(lines.join('\n'))
  if (alone.ok && isMapping(alone.value)) {
    const values = Object.values(alone.value)
    if (values.length === 1) return values[0]
  }
  if (!alone.ok && alone.bomb) return BOMB
  const found: Finding[] = []
  const value = readEntry(entry.key, lines, found, firstLine + entry.line)
  for (const f of found) {
    report(file, 'warning', f.rule, f.reason, { line: firstLine + entry.line + f.line, column: f.column })
  }
  return value
}

/** @param base the 1-based line of the file where the entry starts, for messages that name a line */
function readEntry(key: string, lines: string[], found: Finding[], base: number): unknown {
  const head = valueOf(lines[0]!)
  const first = head.text
  const rest = lines.slice(1)
  const at = (rule: RuleId, reason: string, line = 0, column = head.column) => found.push({ rule, reason, line, column })

  if (rest.length === 0) return readScalar(key, first, head.column, found)

  if (/^[|>][+-]?\d*$/.test(first)) {
    // A block scalar whose body is not indented consistently: keep the lines as they are.
    at('yaml-invalid-value', `Block value of \`${key}\` is not indented consistently; read as written`)
    return dedent(rest).join('\n')
  }
  if (/^["']/.test(first)) return readQuoted(key, [first, ...rest], head.column, found, base)

  const unindented = rest.findIndex((l) => l.trim() !== '' && !/^[ \t]/.test(l))
  if (unindented !== -1) {
    // Seed 001: invalid in any YAML reading. The lines are prose (often `<example>` blocks)
    // whose breaks matter, so they are kept as written, not folded.
    // Reported where the problem is: the first line that is not indented.
    at(
      'yaml-unindented-continuation',
      `Line is not indented, yet continues the value of \`${key}\` (line ${base}, ${rest.length} more line(s)); read as part of it`,
      1 + unindented,
      1,
    )
    return [first, ...dedent(rest)].join('\n').trim()
  }

  if (first === '') {
    // A nested list or mapping with a bad value inside: quote the bad values and parse again.
    const repaired = repairNested(key, lines, found)
    if (repaired.ok) return repaired.value
    found.length = 0
    if (!rest.some((l) => /^[ \t]*(-[ \t]|-$|[\w.-]+[ \t]*:([ \t]|$))/.test(l))) {
      at('yaml-invalid-value', `Value of \`${key}\` is not valid YAML; read as plain text`)
      return foldPlain(rest)
    }
    at('yaml-invalid-value', `Value of \`${key}\` is not valid YAML; kept as written`)
    return dedent(rest).join('\n')
  }

  // A plain scalar continued on indented lines: fold it as YAML would (a line break is a
  // space, a blank line a newline) and name the reason it failed.
  const colonLine = [first, ...rest].findIndex((l) => /:[ \t]/.test(l.trim()) || l.trim().endsWith(':'))
  if (first.startsWith('*')) {
    at('yaml-alias-value', `Value of \`${key}\` starts with \`*\`, a YAML alias; read as plain text`)
  } else if (colonLine !== -1) {
    const text = colonLine === 0 ? lines[0]! : rest[colonLine - 1]!
    const from = colonLine === 0 ? head.column - 1 : 0
    at('yaml-unquoted-colon', `Value of \`${key}\` holds an unquoted \`: \`; read as plain text`, colonLine, colonColumn(text, from))
  } else {
    at('yaml-invalid-value', `Value of \`${key}\` is not valid YAML; read as plain text`)
  }
  const folded = foldPlain([first, ...rest])
  return (/^\[.*\]$/s.test(folded) && repairFlowList(folded)) || folded
}

/** 1-based column of the first `: ` (or line-ending `:`) in `line` at or after index `from`. */
function colonColumn(line: string, from: number): number {
  const match = /:(?=[ \t]|$)/.exec(line.slice(from))
  return match ? from + match.index + 1 : from + 1
}

/** A one-line value that is not valid YAML. */
function readScalar(key: string, first: string, column: number, found: Finding[]): unknown {
  const at = (rule: RuleId, reason: string, col = column) => found.push({ rule, reason, line: 0, column: col })
  if (first.startsWith('*')) {
    // `tools: *` means all tools; `globs: **/*.ts` is a pattern. YAML reads both as an alias.
    at('yaml-alias-value', `Value of \`${key}\` starts with \`*\`, a YAML alias; read as plain text`)
    return first
  }
  if (/^["']/.test(first)) return readQuoted(key, [first], column, found, 0)
  if (/^\[.*\]$/.test(first)) {
    const list = repairFlowList(first)
    if (list !== undefined) {
      const alias = list.some((item) => item.startsWith('*'))
      at(
        alias ? 'yaml-alias-value' : 'yaml-invalid-value',
        alias
          ? `An item of \`${key}\` starts with \`*\`, a YAML alias; read as plain text`
          : `An item of \`${key}\` is not valid YAML; read as plain text`,
      )
      return list
    }
  }
  if (/:(?=[ \t]|$)/.test(first)) {
    // Claude Code's own loader retries such values quoted; strict readers reject them.
    at('yaml-unquoted-colon', `Value of \`${key}\` holds an unquoted \`: \`; read as plain text`, column + colonColumn(first, 0) - 1)
    return first
  }
  const reserved = /^[@`%!&|>]/.exec(first)?.[0]
  at(
    'yaml-invalid-value',
    reserved
      ? `Value of \`${key}\` starts with \`${reserved}\`, which YAML reserves; read as plain text`
      : `Value of \`${key}\` is not valid YAML; read as plain text`,
  )
  return first
}

/** `[Read, *, Bash]` → its items as plain strings, when the list holds no nesting or quotes. */
function repairFlowList(text: string): string[] | undefined {
  const inner = text.slice(1, -1)
  if (/[[\]{}"']/.test(inner)) return undefined
  return inner
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
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
function readQuoted(key: string, lines: string[], column: number, found: Finding[], base: number): unknown {
  const text = lines.join('\n')
  const q = text[0]!
  const at = (rule: RuleId, reason: string) => found.push({ rule, reason, line: 0, column })
  const close = closingQuote(text, q)
  const trimmed = text.trimEnd()
  if (close === -1) {
    at('yaml-unclosed-quote', `Value of \`${key}\` opens a quote it never closes; read as plain text`)
    return foldPlain(text.slice(1).split('\n'))
  }
  if (close === trimmed.length - 1) {
    const requoted = requote(text.slice(1, close), q)
    if (requoted === undefined) {
      at('yaml-invalid-value', `Value of \`${key}\` is not valid YAML; read as plain text`)
      return lines.length === 1 ? text.trim() : foldPlain(lines)
    }
    const unindented = lines.slice(1).findIndex((l) => l.trim() !== '' && !/^[ \t]/.test(l))
    if (requoted.escapes) {
      at('yaml-invalid-escape', `Value of \`${key}\` holds an escape YAML does not know; kept the backslash as written`)
    } else if (unindented !== -1) {
      at(
        'yaml-unindented-continuation',
        `Quoted value of \`${key}\` continues on lines that are not indented (first at line ${base + 1 + unindented}); read them as part of it`,
      )
    } else {
      at('yaml-invalid-value', `Value of \`${key}\` is not valid YAML; read the quoted text`)
    }
    return requoted.value
  }
  const after = text[close + 1]!
  const before = text[close - 1] ?? ' '
  const inner = /[\p{L}\p{N}]/u.test(after) || (/\s/.test(before) && !/\s/.test(after))
  if (inner && trimmed.endsWith(q) && trimmed.length > 1) {
    const requoted = requote(trimmed.slice(1, -1), q)
    if (requoted !== undefined) {
      at('yaml-unescaped-quote', `Value of \`${key}\` holds an unescaped \`${q}\` inside its quotes; read it as part of the text`)
      return requoted.value
    }
  }
  at('yaml-text-after-quote', `Text follows the closing quote in \`${key}\`; read the whole value as plain text`)
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

/**
 * A nested list or mapping whose leaves are broken in a one-line way (`- *`, `key: a: b`):
 * each such leaf is quoted as a JSON string, then the whole is parsed again.
 */
function repairNested(key: string, lines: string[], found: Finding[]): { ok: true; value: unknown } | { ok: false } {
  const leaf = /^([ \t]*(?:-[ \t]+)?(?:[\w.-]+[ \t]*:[ \t]+|-[ \t]+))(.+)$/
  const repaired = lines.map((line, i) => {
    if (i === 0) return line
    const match = leaf.exec(line)
    if (!match) return line
    const value = match[2]!.trim()
    if (strictParse(`v: ${value}`).ok) return line
    const column = match[1]!.length + 1
    if (value.startsWith('*')) {
      found.push({ rule: 'yaml-alias-value', reason: `A value in \`${key}\` starts with \`*\`, a YAML alias; read as plain text`, line: i, column })
    } else if (/:(?=[ \t]|$)/.test(value)) {
      found.push({ rule: 'yaml-unquoted-colon', reason: `A value in \`${key}\` holds an unquoted \`: \`; read as plain text`, line: i, column: column + colonColumn(value, 0) - 1 })
    } else {
      found.push({ rule: 'yaml-invalid-value', reason: `A value in \`${key}\` is not valid YAML; read as plain text`, line: i, column })
    }
    return match[1]! + JSON.stringify(value)
  })
  if (found.length === 0) return { ok: false }
  const parsed = strictParse(repaired.join('\n'))
  if (parsed.ok && isMapping(parsed.value)) {
    const values = Object.values(parsed.value)
    if (values.length === 1) return { ok: true, value: values[0] }
  }
  return { ok: false }
}

/** YAML's folding of a plain multi-line scalar: a line break is a space, each blank line a newline. */
function foldPlain(lines: string[]): string {
  let out = ''
  let blanks = 0
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') {
      blanks++
      continue
    }
    if (out !== '') out += blanks > 0 ? '\n'.repeat(blanks) : ' '
    out += line
    blanks = 0
  }
  return out
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length)
  const min = indents.reduce((a, b) => Math.min(a, b), Infinity)
  if (min === Infinity) return lines
  return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)![0].length)))
}
