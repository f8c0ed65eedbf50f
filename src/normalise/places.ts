/**
 * Where a diagnostic about a source field points: at the value it is about, from
 * the positions the reader carried (never by searching the text), else at the field,
 * else at the top of the file.
 */
import type { Place } from '../diagnostics/report.js'
import type { FieldPosition } from '../model/draft.js'
import { setDataProperty, getOwnValue } from '../text/own-keys.js'
import { pointAt } from '../text/lines.js'

const TOP: Place = { line: 1, column: 1 }

type Point = { line: number; column: number }
/** A place from a start, and the end of the value when it is known. */
const placeOf = (start: Point, end?: Point): Place => (end ? { line: start.line, column: start.column, end: { line: end.line, column: end.column } } : { line: start.line, column: start.column })

/**
 * @param fields a draft's fields (or an agent's, once recognised)
 * @param text the text they were read from (`file.data.text`), which their offsets index, to point inside a value
 */
export function placesIn(fields: Record<string, FieldPosition>, text?: string) {
  const field = (key: string): FieldPosition | undefined => getOwnValue(fields, key)
  /** The field: its key, its heading. */
  const at = (key: string): Place => {
    const position = field(key)?.position
    return position ? placeOf(position.start) : TOP
  }
  return {
    at,
    /** The field's value (inside its quotes). */
    valueOf: (key: string): Place => {
      const value = field(key)?.value
      return value ? placeOf(value.start, value.end) : at(key)
    },
    /** The first of the names the field's value lists that is `name` (a tool name as written). */
    nameIn: (key: string, name: string): Place => {
      const found = field(key)?.names?.find((n) => n.name === name)
      return found ? placeOf(found.position.start, found.position.end) : at(key)
    },
    /** The first match of `pattern` inside the field's value as written (a literal `\n`, an `<example>`). */
    matchIn: (key: string, pattern: RegExp): Place => {
      const value = field(key)?.value
      const from = value?.start.offset
      const to = value?.end.offset
      if (from === undefined || to === undefined || text === undefined) return at(key)
      const match = pattern.exec(text.slice(from, to))
      return match ? placeOf(pointAt(text, from + match.index)) : at(key)
    },
  }
}

/** The 1-based line of each field, as the model's `source.fields` holds them. */
export function linesOf(fields: Record<string, FieldPosition>): Record<string, number> {
  const lines: Record<string, number> = {}
  for (const [key, field] of Object.entries(fields)) setDataProperty(lines, key, field.position.start.line)
  return lines
}
