/** What a data file (YAML, JSON, TOML) gives its dialect: the value, and where its parts are written. */
import type { Point, Position } from 'unist'

/** A parsed data file: its value, its text, and the lines its nodes start on. */
export interface DataSource {
  data: unknown
  text: string
  /** The 1-based line where the node at `path` starts (its key when it is a map entry). */
  lineOf(path: readonly (string | number)[]): number | undefined
  /** The 1-based line where the text of a string value starts (after `|` or `>` for block scalars). */
  valueLine(path: readonly (string | number)[]): number | undefined
  /** Where the node at `path` is written: a map entry from its key to the end of its value. */
  positionOf(path: readonly (string | number)[]): Position | undefined
  /** Where the value at `path` is written, inside its quotes. */
  valuePosition(path: readonly (string | number)[]): Position | undefined
  /**
   * Where the character at `offset` of the string value at `path` is written, when the
   * value's text is its source (a one-line plain or quoted scalar without escapes, a
   * literal block scalar); else where the value starts.
   */
  pointIn(path: readonly (string | number)[], offset: number): Point | undefined
}
