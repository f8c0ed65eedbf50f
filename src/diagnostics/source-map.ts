/**
 * Positions in a repaired text, mapped back to the file as its author wrote it.
 * `repairFences` may dedent every line of a file (columns move) and insert a
 * missing closing fence (the lines after it move down one); while a map is set
 * on a file, `report()` translates every place through it, so diagnostics point
 * at the author's bytes, not at agentdef's repair.
 */
import type { Place } from './place.js'

export interface SourceMap {
  /** 1-based line of the repaired text that was inserted (a closing fence), if any. */
  insertedLine?: number
  /** Columns removed from the start of each original line (0-based index), if any. */
  removed?: number[]
}

declare module 'vfile' {
  interface DataMap {
    /** Set while the repaired text is being read; see `toSource`. */
    sourceMap: SourceMap | undefined
  }
}

/** The original line of a line of the repaired text (an inserted line maps to the line it was put before). */
export function sourceLine(map: SourceMap, line: number): number {
  return map.insertedLine !== undefined && line > map.insertedLine ? line - 1 : line
}

/** The original place of a place in the repaired text. */
export function toSource(map: SourceMap, place: Place): Place {
  const point = (at: { line: number; column: number }) => {
    const line = sourceLine(map, at.line)
    return { line, column: at.column + (map.removed?.[line - 1] ?? 0) }
  }
  return place.end ? { ...point(place), end: point(place.end) } : point(place)
}
