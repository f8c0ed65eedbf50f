/** The report's shape (`model.ts` builds it): plain data, the JSON of `--format json` and the library's `build`. */
import type { Severity } from '../diagnostics/catalogue.js'

/** One message of a file: the same fact found for several targets is one message naming them (`targets`). */
export interface ReportMessage {
  rule: string
  severity: Severity
  message: string
  line: number
  column: number
  /** Where the value it points at ends (exclusive), when known. */
  endLine?: number
  endColumn?: number
  /** The targets a `target-*` message is about, when it is about targets. */
  targets?: string[]
  /** When each target gave its own reason for the one fact: each target's own message. */
  details?: { target: string; message: string }[]
}

export interface ReportFile {
  path: string
  /** An input (a file agentdef read), or another path a message is about (an output, a missing input, the manifest). */
  input: boolean
  agents: { name: string; dialect: string }[]
  outputs: { written: string[]; unchanged: string[]; outOfDate: string[] }
  messages: ReportMessage[]
  errors: number
  warnings: number
  infos: number
}

export interface ReportTotals {
  /** Inputs read. */
  files: number
  /** Inputs that gave at least one agent and no error but an out-of-date output. */
  compiled: number
  errors: number
  warnings: number
  infos: number
  written: number
  unchanged: number
  removed: number
  /** Outputs that would change, and stale outputs, under `check`. */
  outOfDate: number
}

export interface Report {
  command: 'build' | 'check' | 'lint'
  /** A build that wrote nothing (`--dry-run`): `written` counts what it would write. */
  dryRun: boolean
  files: ReportFile[]
  totals: ReportTotals
  /** Counts by rule, most frequent first. */
  rules: { rule: string; errors: number; warnings: number; infos: number }[]
  /** Under `check`: each output that would change, as a unified diff. */
  diffs: { path: string; patch: string }[]
}

/** A rule's severity in the config's `rules`, or `off`. */
export type RuleSeverity = Severity | 'off'
export type RuleSeverities = Readonly<Record<string, RuleSeverity>>
