/** A 1-based line and column in a file (columns count UTF-16 code units, as unist positions do). */
export interface Place {
  line: number
  column: number
}
