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
import type { VFile } from 'vfile'
import { report, reportMessage } from '../diagnostics/report.js'
import { defineOwn } from '../text/own-keys.js'
import { canonicalOf, KEY_LINE } from './frontmatter/keys.js'
import { split, type Entry } from './frontmatter/split.js'
import { readEntry, type Finding } from './frontmatter/values.js'
import { commentPlaces, isMapping, strictParse, toPlain, TOJS_OPTIONS, type Frontmatter } from './frontmatter/yaml.js'

export type { Frontmatter } from './frontmatter/yaml.js'


/**
 * @param yaml the text between the fences
 * @param firstLine the 1-based line of the file where `yaml` starts
 * @returns the keys and values; `undefined` when the frontmatter is broken beyond
 *   recovery (an error is reported); `null` when it is not frontmatter at all
 *   (a warning is reported, and the file is read as Markdown)
 */
export function parseFrontmatter(yaml: string, firstLine: number, file: VFile): Frontmatter | undefined | null {
  if (yaml.trim() === '') return {}
  const strict = strictParse(yaml)
  if (strict.ok) {
    if (strict.value == null) return {}
    if (!isMapping(strict.value)) {
      // `---`, text, `---` is also Markdown: a thematic break and a setext heading, or a list.
      report(file, 'fence-not-frontmatter', { yaml: true }, {
        line: firstLine - 1,
        column: 1,
      })
      return null
    }
    reportComments(yaml, firstLine, file)
    return foldKeyCase(strict.value, yaml, firstLine, file)
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
      report(file, 'yaml-key-case', { key, canonical }, {
        line: firstLine + Math.max(line, 0),
        column: 1,
      })
      defineOwn(out, canonical, value)
    } else {
      defineOwn(out, key, value)
    }
  }
  return toPlain(out)
}

function recover(yaml: string, firstLine: number, file: VFile): Frontmatter | undefined | null {
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
      // Kept the first: the value a reader that stops at the first match (and our `keyLines`) sees.
      report(file, 'yaml-duplicate-key', { key }, {
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
    defineOwn(out, key, value)
  }
  if (file.messages.length === before) {
    // Each entry parses alone but not together, and no known shape explains why: say so.
    report(file, 'yaml-recovered', {}, {
      line: firstLine + parts.entries[0]!.line,
      column: 1,
    })
  }
  return toPlain(out)
}

const BOMB = Symbol('alias bomb')

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
    reportMessage(file, f.message, { line: firstLine + entry.line + f.line, column: f.column })
  }
  return value
}
