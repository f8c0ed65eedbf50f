/**
 * Tolerant frontmatter parsing. Strict YAML first (the `yaml` package, checking
 * both `errors` and `toJS()`); when that fails, a line-based recovery that knows
 * the broken shapes real agent files have (see formats.md, "How real frontmatter
 * breaks"). Every recovery is a warning with the line it happened on.
 */
import YAML from 'yaml'
import type { VFile } from 'vfile'
import { report, type RuleId } from '../report/rules.js'

export type Frontmatter = Record<string, unknown>

/** Keys that agent dialects use; a capitalised spelling of one is folded to lower case. */
const KNOWN_KEYS = new Set([
  'name', 'description', 'tools', 'model', 'color', 'mode', 'temperature', 'permission',
  'globs', 'alwaysapply', 'slug', 'roledefinition', 'whentouse', 'groups', 'handoffs',
  'disallowedtools', 'permissionmode', 'maxturns', 'skills', 'mcpservers', 'hooks', 'memory',
  'argument-hint', 'target', 'category', 'version', 'author', 'tags',
])

/** Words that begin lines of `<example>` dialogues; at column 0 they are not keys. */
const DIALOGUE_WORDS = new Set(['context', 'user', 'assistant', 'commentary', 'example', 'examples', 'human', 'ai'])

const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)/

/** Parse options that keep untrusted input cheap: aliases are limited, keys stay plain data. */
const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false } as const
const TOJS_OPTIONS = { maxAliasCount: 100 } as const

interface Strict {
  ok: boolean
  value?: unknown
}

function strictParse(text: string): Strict {
  const doc = YAML.parseDocument(text, PARSE_OPTIONS)
  if (doc.errors.length > 0) return { ok: false }
  try {
    return { ok: true, value: doc.toJS(TOJS_OPTIONS) }
  } catch {
    // BAD_ALIAS and alias bombs throw from toJS() even when `errors` is empty.
    return { ok: false }
  }
}

function isMapping(value: unknown): value is Frontmatter {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * @param yaml the text between the fences
 * @param firstLine the 1-based line of the file where `yaml` starts
 */
export function parseFrontmatter(yaml: string, firstLine: number, file: VFile): Frontmatter | undefined {
  if (yaml.trim() === '') return {}
  const strict = strictParse(yaml)
  if (strict.ok) {
    if (strict.value == null) return {}
    if (!isMapping(strict.value)) {
      report(file, 'error', 'yaml-not-mapping', 'Frontmatter is not a mapping of keys to values', {
        line: firstLine,
        column: 1,
      })
      return undefined
    }
    return foldKeyCase(strict.value, yaml, firstLine, file)
  }
  return recover(yaml, firstLine, file)
}

/** `Description:` → `description`, with a warning; other keys are kept as written. */
function foldKeyCase(data: Frontmatter, yaml: string, firstLine: number, file: VFile): Frontmatter {
  const out: Frontmatter = Object.create(null) as Frontmatter
  for (const [key, value] of Object.entries(data)) {
    const lower = key.toLowerCase()
    if (lower !== key && KNOWN_KEYS.has(lower) && lower !== 'alwaysapply' && !(lower in data)) {
      const line = yaml.split('\n').findIndex((l) => l.startsWith(key + ':'))
      report(file, 'warning', 'yaml-key-case', `Key \`${key}\` read as \`${lower}\``, {
        line: firstLine + Math.max(line, 0),
        column: 1,
      })
      define(out, lower, value)
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

interface Entry {
  key: string
  line: number // 0-based line in the yaml text
  lines: string[]
}

function recover(yaml: string, firstLine: number, file: VFile): Frontmatter | undefined {
  const lines = yaml.split('\n')
  const entries: Entry[] = []
  let current: Entry | undefined
  let openExamples = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const match = KEY_LINE.exec(line)
    const word = match?.[1]?.toLowerCase()
    const startsKey =
      match !== null &&
      openExamples === 0 &&
      !(current && word !== undefined && DIALOGUE_WORDS.has(word) && !KNOWN_KEYS.has(word))
    if (startsKey) {
      current = { key: match[1]!, line: i, lines: [line] }
      entries.push(current)
    } else if (current) {
      current.lines.push(line)
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      report(file, 'warning', 'yaml-stray-line', 'Line belongs to no key; ignored', { line: firstLine + i, column: 1 })
    }
    openExamples += count(line, /<example>/gi) - count(line, /<\/example>/gi)
    if (openExamples < 0) openExamples = 0
  }
  if (entries.length === 0) {
    report(file, 'error', 'yaml-invalid', 'Frontmatter is not valid YAML and holds no `key: value` line', {
      line: firstLine,
      column: 1,
    })
    return undefined
  }
  const out: Frontmatter = Object.create(null) as Frontmatter
  for (const entry of entries) {
    let key = entry.key
    const lower = key.toLowerCase()
    if (lower !== key && KNOWN_KEYS.has(lower)) {
      report(file, 'warning', 'yaml-key-case', `Key \`${key}\` read as \`${lower}\``, {
        line: firstLine + entry.line,
        column: 1,
      })
      key = lower
    }
    if (Object.prototype.hasOwnProperty.call(out, key)) {
      report(file, 'warning', 'yaml-duplicate-key', `Key \`${key}\` appears again; kept the first value`, {
        line: firstLine + entry.line,
        column: 1,
      })
      continue
    }
    define(out, key, recoverEntry(entry, firstLine, file))
  }
  return toPlain(out)
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

/** One `key: value` entry (with its continuation lines) that the strict parser rejected as part of the whole. */
function recoverEntry(entry: Entry, firstLine: number, file: VFile): unknown {
  // Trailing blank lines belong to no value.
  const lines = [...entry.lines]
  while (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop()
  const alone = strictParse(lines.join('\n'))
  if (alone.ok && isMapping(alone.value)) {
    const values = Object.values(alone.value)
    if (values.length === 1) return values[0]
  }
  const head = lines[0]!
  const colon = head.indexOf(':')
  const first = head.slice(colon + 1).trim()
  const column = colon + 2 + (head.slice(colon + 1).length - head.slice(colon + 1).trimStart().length)
  const place = { line: firstLine + entry.line, column }
  const rest = lines.slice(1)

  if (rest.length > 0) {
    const unindented = rest.findIndex((l) => l.trim() !== '' && !/^[ \t]/.test(l))
    if (/^[|>][+-]?\d*$/.test(first)) {
      // A block scalar whose body is not indented consistently: keep the lines as they are.
      report(file, 'warning', 'yaml-invalid-value', `Block value of \`${entry.key}\` is not indented consistently; read as written`, place)
      return dedent(rest).join('\n')
    }
    if (unindented !== -1) {
      report(
        file,
        'warning',
        'yaml-unindented-continuation',
        `Value of \`${entry.key}\` continues on ${rest.length} line(s) that are not indented (first at line ${firstLine + entry.line + 1 + unindented}); read them as part of it`,
        place,
      )
    } else {
      report(file, 'warning', 'yaml-invalid-value', `Value of \`${entry.key}\` is not valid YAML; read as plain text`, place)
    }
    return [first, ...dedent(rest)].join('\n').trim()
  }

  let rule: RuleId = 'yaml-invalid-value'
  let reason = `Value of \`${entry.key}\` is not valid YAML; read as plain text`
  if (first.startsWith('*')) {
    rule = 'yaml-alias-value'
    reason = `Value of \`${entry.key}\` starts with \`*\`, a YAML alias; read as plain text`
  } else if (/^["']/.test(first)) {
    rule = 'yaml-text-after-quote'
    reason = `Text follows the closing quote in \`${entry.key}\`; read the whole value as plain text`
  } else if (/:\s/.test(first)) {
    rule = 'yaml-unquoted-colon'
    reason = `Value of \`${entry.key}\` holds an unquoted \`: \`; read as plain text`
  }
  report(file, 'warning', rule, reason, place)
  return first
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length)
  const min = indents.length ? Math.min(...indents) : 0
  return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)![0].length)))
}
