/** A 1-based line and column in a file (columns count UTF-16 code units, as unist positions do). */
export interface Place {
  line: number
  column: number
  /** Where the value it points at ends (exclusive), when the reader knows it: reports and SARIF regions show the span. */
  end?: { line: number; column: number }
}
