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
import { LineCounter } from 'yaml'
import type { VFile } from 'vfile'
import type { FieldPosition } from '../model/draft.js'
import { report, reportMessage } from '../diagnostics/report.js'
import { setDataProperty, getOwnValue } from '../text/own-keys.js'
import { canonicalOf, valueOf } from './frontmatter/keys.js'
import { split, type Entry } from './frontmatter/split.js'
import { readEntry, type Finding } from './frontmatter/values.js'
import { fieldOfLines, fieldsOfMap, YamlText, type FieldPositions } from './frontmatter/positions.js'
import { commentPlaces, isMapping, strictParse, toPlain, TOJS_OPTIONS, type Frontmatter } from './frontmatter/yaml.js'

export type { Frontmatter } from './frontmatter/yaml.js'

/** A frontmatter's keys and values, and where each key is written in the YAML text. */
export interface Parsed {
  data: Frontmatter
  fields: FieldPositions
}

/**
 * @param yaml the text between the fences
 * @param firstLine the 1-based line of the file where `yaml` starts
 * @returns the keys and values, with their positions; `undefined` when the frontmatter is broken beyond
 *   recovery (an error is reported); `null` when it is not frontmatter at all
 *   (a warning is reported, and the file is read as Markdown)
 */
export function parseFrontmatter(yaml: string, firstLine: number, file: VFile): Parsed | undefined | null {
  if (yaml.trim() === '') return { data: {}, fields: {} }
  const lines = new LineCounter()
  const strict = strictParse(yaml, lines)
  if (strict.ok) {
    if (strict.value == null) return { data: {}, fields: {} }
    if (!isMapping(strict.value)) {
      // `---`, text, `---` is also Markdown: a thematic break and a setext heading, or a list.
      report(file, 'fence-not-frontmatter', { yaml: true }, {
        line: firstLine - 1,
        column: 1,
      })
      return null
    }
    reportComments(yaml, firstLine, file)
    const fields = fieldsOfMap(strict.doc.contents, new YamlText(yaml, lines))
    return { data: foldKeyCase(strict.value, fields, firstLine, file), fields }
  }
  if (strict.bomb) {
    reportBomb(file, firstLine)
    return undefined
  }
  return recover(yaml, firstLine, file)
}

/**
 * Comments are not data, yet authors keep notes in them (a version, a licence): say
 * they are not carried over. Only on valid YAML, where the lexer's comments are sure.
 */
function reportComments(yaml: string, firstLine: number, file: VFile) {
  const places = commentPlaces(yaml)
  if (places.length === 0) return
  const first = places[0]!
  report(file, 'yaml-comment', { count: places.length }, {
    line: firstLine + first.line,
    column: first.column,
  })
}

function reportBomb(file: VFile, line: number) {
  report(file, 'yaml-alias-limit', { limit: TOJS_OPTIONS.maxAliasCount }, {
    line,
    column: 1,
  })
}

/**
 * `Description:` → `description`, with a warning on the key (the first of its lower-case
 * spelling, as `fields` holds it); other keys are kept as written.
 */
function foldKeyCase(data: Frontmatter, fields: FieldPositions, firstLine: number, file: VFile): Frontmatter {
  const out: Frontmatter = Object.create(null) as Frontmatter
  for (const key of Object.keys(data)) {
    const value = data[key]
    const canonical = canonicalOf(key)
    const taken = canonical !== undefined && (Object.prototype.hasOwnProperty.call(data, canonical) || Object.prototype.hasOwnProperty.call(out, canonical))
    if (canonical !== undefined && !taken) {
      const at = getOwnValue(fields, key.toLowerCase())?.position.start ?? { line: 1, column: 1 }
      report(file, 'yaml-key-case', { key, canonical }, {
        line: firstLine + at.line - 1,
        column: at.column,
      })
      setDataProperty(out, canonical, value)
    } else {
      setDataProperty(out, key, value)
    }
  }
  return toPlain(out)
}

function recover(yaml: string, firstLine: number, file: VFile): Parsed | undefined | null {
  const lines = yaml.split('\n')
  let parts = split(lines, true)
  // An `<example>` that is never closed would swallow every key after it: split again without it.
  if (parts.unclosedExamples) parts = split(lines, false)
  if (parts.entries.length === 0) {
    // No `key:` line at all: the `---` lines are Markdown thematic breaks, not fences.
    report(file, 'fence-not-frontmatter', { yaml: false }, {
      line: firstLine - 1,
      column: 1,
    })
    return null
  }
  for (const i of parts.stray) {
    report(file, 'yaml-stray-line', {}, { line: firstLine + i, column: 1 })
  }
  const before = file.messages.length
  const out: Frontmatter = Object.create(null) as Frontmatter
  const fields: FieldPositions = {}
  const text = new YamlText(yaml)
  for (const entry of parts.entries) {
    let key = entry.key
    const canonical = canonicalOf(key)
    if (canonical !== undefined) {
      report(file, 'yaml-key-case', { key, canonical }, {
        line: firstLine + entry.line,
        column: 1,
      })
      key = canonical
    }
    if (Object.prototype.hasOwnProperty.call(out, key)) {
      // Kept the first: the value a reader that stops at the first match sees (and the field's position).
      report(file, 'yaml-duplicate-key', { key }, {
        line: firstLine + entry.line,
        column: 1,
      })
      continue
    }
    const { value, field } = recoverEntry(entry, firstLine, file, text)
    if (value === BOMB) {
      reportBomb(file, firstLine + entry.line)
      return undefined
    }
    setDataProperty(out, key, value)
    if (!Object.hasOwn(fields, entry.key.toLowerCase())) setDataProperty(fields, entry.key.toLowerCase(), field)
  }
  if (file.messages.length === before) {
    // Each entry parses alone but not together, and no known shape explains why: say so.
    report(file, 'yaml-recovered', {}, {
      line: firstLine + parts.entries[0]!.line,
      column: 1,
    })
  }
  return { data: toPlain(out), fields }
}

const BOMB = Symbol('alias bomb')

/**
 * One `key: value` entry (with its continuation lines) that the strict parser rejected
 * as part of the whole: its value, and where it is written in `yaml`.
 */
function recoverEntry(entry: Entry, firstLine: number, file: VFile, yaml: YamlText): { value: unknown; field: FieldPosition } {
  // Trailing blank lines and comments belong to no value (comments introduce the next key).
  const lines = [...entry.lines]
  while (lines.length > 1 && (lines.at(-1)!.trim() === '' || lines.at(-1)!.startsWith('#'))) lines.pop()
  const start = yaml.offsetOfLine(entry.line)
  const alone = strictParse(lines.join('\n'))
  if (alone.ok && isMapping(alone.value)) {
    const values = Object.values(alone.value)
    const field = fieldsOfMap(alone.doc.contents, yaml, start)[entry.key.toLowerCase()]
    if (values.length === 1 && field) return { value: values[0], field }
  }
  const field = fieldOfLines(yaml, start, lines.join('\n'), valueOf(lines[0]!).column)
  if (!alone.ok && alone.bomb) return { value: BOMB, field }
  const found: Finding[] = []
  const value = readEntry(entry.key, lines, found, firstLine + entry.line)
  for (const f of found) {
    reportMessage(file, f.message, { line: firstLine + entry.line + f.line, column: f.column })
  }
  return { value, field }
}
