/** Where the command line writes, and how (colours, help width, diagnostics). */
import { createColors } from 'picocolors'
import type { Diagnostic } from '../diagnostics/format.js'
import { messageLine, shown } from '../report/pretty.js'

/** Where `main` writes: `process.stdout` / `process.stderr`, or anything with `write` (the tests collect the text). */
export interface CliStream {
  write(text: string): unknown
  /** A terminal: commander wraps help at its width, and may colour it. */
  isTTY?: boolean
  columns?: number
  hasColors?(): boolean
}

export interface CliIo {
  stdout: CliStream
  stderr: CliStream
  /** Read for NO_COLOR / FORCE_COLOR / CLICOLOR_FORCE (commander's conventions). Default `process.env`. */
  env?: Record<string, string | undefined>
}

/** Whether help text written to `stream` keeps colours: commander's own rule, on the given stream and environment. */
export function hasColors(stream: CliStream, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false
  if (env.FORCE_COLOR || env.CLICOLOR_FORCE !== undefined) return true
  return stream.isTTY === true && stream.hasColors?.() === true
}

/** The width help text is wrapped at: the terminal's, else 80 (commander's rule). */
export function helpWidth(stream: CliStream): number {
  return stream.isTTY === true && stream.columns ? stream.columns : 80
}

/**
 * Errors and warnings (and notes with `verbose`); errors alone with `quiet` (`--quiet`,
 * as eslint's). On a terminal the severity is coloured and the rule id dimmed, through
 * picocolors, under the same rule as commander's help: `NO_COLOR` and `FORCE_COLOR=0`
 * turn colour off, `FORCE_COLOR` on; a pipe or a file gets none.
 */
export function printDiagnostics(io: CliIo, diagnostics: Diagnostic[], verbose: boolean, quiet = false): void {
  const c = createColors(hasColors(io.stderr, io.env ?? process.env))
  for (const d of diagnostics) if (shown(d, { verbose, quiet })) io.stderr.write(messageLine(d.path, d, c))
}

/**
 * Why warnings fail this run, or undefined: `--strict` makes any warning an error,
 * `--max-warnings N` allows N. Said in the summary, so that an exit status of 1 with
 * no error is never left unexplained.
 */
export function warningsVerdict(warnings: number, flags: { strict?: boolean; maxWarnings?: number }): string | undefined {
  if (flags.strict && warnings > 0) return `failed: ${warnings === 1 ? 'a warning is an error' : 'warnings are errors'} with --strict`
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) return `failed: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${flags.maxWarnings}`
  return undefined
}
