/**
 * Where each top-level key of a frontmatter is written, from the yaml package's
 * node ranges (or, for an entry the recovery read by its shape, from the entry's
 * lines): the key to the end of its value, the value inside its quotes, and the
 * names it lists. Positions are in the YAML text; the frontmatter plugin moves
 * them to the file by the `yaml` node's position.
 */
import YAML, { LineCounter } from 'yaml'
import type { Position } from 'unist'
import type { FieldPosition, NamePosition } from '../../model/draft.js'
import { nameSpans } from '../../text/lines.js'
import { setDataProperty } from '../../text/own-keys.js'

export type FieldPositions = Record<string, FieldPosition>

/** Positions of offsets in a YAML text, counted by the parser or by `countLines`. */
export class YamlText {
  constructor(
    readonly text: string,
    private readonly lines: LineCounter = countLines(text),
  ) {}

  /** The offset where the 0-based line `index` starts. */
  offsetOfLine(index: number): number {
    return this.lines.lineStarts[index] ?? this.text.length
  }

  span(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }

  private point(offset: number) {
    const { line, col } = this.lines.linePos(offset)
    return { line, column: col, offset }
  }

  /** `end` without the blank space before it, never before `start`. */
  trimEnd(start: number, end: number): number {
    while (end > start && /\s/.test(this.text[end - 1]!)) end--
    return end
  }
}

/** A LineCounter for a text the parser did not read as a whole (the recovery reads it line by line). */
function countLines(text: string): LineCounter {
  const lines = new LineCounter()
  lines.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1)
  return lines
}

interface Ranged {
  range?: [number, number, number] | null
}

/**
 * The fields of a parsed mapping, by the lower-case spelling of their keys (the first
 * wins, as readers that stop at the first match do). `base` is where the parsed text
 * starts in `yaml` (an entry the recovery parsed alone).
 */
export function fieldsOfMap(contents: unknown, yaml: YamlText, base = 0, out: FieldPositions = {}): FieldPositions {
  if (!YAML.isMap(contents)) return out
  for (const pair of contents.items) {
    const key = pair.key as Ranged | null
    if (!YAML.isScalar(key) || !key.range) continue
    const name = String(key.value).toLowerCase()
    if (!Object.hasOwn(out, name)) setDataProperty(out, name, fieldOfPair(key.range, pair.value as Ranged | null, yaml, base))
  }
  return out
}

function fieldOfPair(keyRange: [number, number, number], value: Ranged | null, yaml: YamlText, base: number): FieldPosition {
  const start = base + keyRange[0]
  const end = yaml.trimEnd(start, base + Math.max(keyRange[1], value?.range?.[1] ?? 0))
  const field: FieldPosition = { position: yaml.span(start, end) }
  if (!value?.range) return field
  field.value = valueSpan(value, yaml, base)
  field.names = namesOf(value, yaml, base)
  return field
}

/** A value's range, inside the quotes of a quoted scalar. */
function valueSpan(node: Ranged, yaml: YamlText, base: number): Position {
  const [from, to] = node.range!
  const quoted = YAML.isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
  const start = base + from + (quoted ? 1 : 0)
  return yaml.span(start, Math.max(start, yaml.trimEnd(start, base + to) - (quoted ? 1 : 0)))
}

/** The names a value lists: a scalar's comma-separated parts, a sequence's items (nested ones too), a map's keys. */
function namesOf(node: unknown, yaml: YamlText, base: number): NamePosition[] {
  if (YAML.isScalar(node)) {
    const range = (node as Ranged).range
    return range ? spans(yaml, base + range[0], base + range[1]) : []
  }
  if (YAML.isSeq(node)) return node.items.flatMap((item) => namesOf(item, yaml, base))
  if (YAML.isMap(node)) return node.items.flatMap((pair) => namesOf(pair.key, yaml, base))
  return []
}

function spans(yaml: YamlText, from: number, to: number): NamePosition[] {
  return nameSpans(yaml.text, from, to).map(({ name, start, end }) => ({ name, position: yaml.span(start, end) }))
}

/**
 * An entry the recovery read by its shape: the key (at column 1 of `line`) to the end
 * of `text` (its lines, without trailing blank or comment lines), the value from
 * `column` on, and the names between commas and line breaks in it.
 */
export function fieldOfLines(yaml: YamlText, start: number, text: string, column: number): FieldPosition {
  const end = yaml.trimEnd(start, start + text.length)
  const quoted = /^["']/.test(yaml.text.slice(start + column - 1, end))
  const from = Math.min(start + column - 1 + (quoted ? 1 : 0), end)
  return { position: yaml.span(start, end), value: yaml.span(from, end), names: spans(yaml, from, end) }
}
