/**
 * The terminal report: the messages of each file together, files apart by a blank
 * line, every line `path:line:column: severity: message (rule)` (so that an editor
 * or a terminal opens the place, and grep finds it); nothing for a file with
 * nothing to say; then a summary that fits a screen: the counts, the outputs, and
 * the counts by rule. Colour through picocolors when the stream takes it.
 */
import { createColors } from 'picocolors'
import { escapeControls, plural } from '../diagnostics/format.js'
import type { Severity } from '../diagnostics/catalogue.js'
import type { Report, ReportFile } from './model.js'

export interface PrettyOptions {
  colors: boolean
  /** Also notes, and a line for every file (its agents and outputs). */
  verbose: boolean
  /** Errors only. */
  quiet: boolean
}

/** Rows of the by-rule table; more are counted in one line (`--format json` lists them all). */
const RULE_ROWS = 8

/** Whether a message of this severity is printed: errors only with `--quiet`, notes only with `--verbose`. */
export function shown(m: { severity: Severity }, options: Pick<PrettyOptions, 'verbose' | 'quiet'>): boolean {
  return options.quiet ? m.severity === 'error' : options.verbose || m.severity !== 'info'
}

/** One message as its line: `path:line:column: severity: message (rule)`, the severity coloured and the rule dimmed by `c`. */
export function messageLine(path: string, m: { line: number; column: number; severity: Severity; message: string; rule: string }, c: ReturnType<typeof createColors>): string {
  const severity = m.severity === 'error' ? c.bold(c.red('error')) : m.severity === 'warning' ? c.yellow('warning') : c.cyan('info')
  return `${escapeControls(path)}:${m.line}:${m.column}: ${severity}: ${escapeControls(m.message)} ${c.dim(`(${m.rule})`)}\n`
}

/** The messages, file by file. */
export function prettyMessages(report: Report, options: PrettyOptions): string {
  const c = createColors(options.colors)
  const blocks: string[] = []
  for (const file of report.files) {
    const messages = file.messages.filter((m) => shown(m, options))
    const head = options.verbose && file.input ? `${c.bold(escapeControls(file.path))}${c.dim(`: ${describe(file, report)}`)}\n` : ''
    if (messages.length === 0 && head === '') continue
    const lines = messages.map((m) => {
      const line = messageLine(file.path, m, c)
      // Each target's own reason for a fact said once, under it.
      return options.verbose && m.details ? line + m.details.map((d) => c.dim(`    ${escapeControls(d.message)}\n`)).join('') : line
    })
    blocks.push(head + lines.join(''))
  }
  return blocks.join('\n')
}

/** What a file gave: `copilot → reviewer (3 written, 1 unchanged)`. */
function describe(file: ReportFile, report: Report): string {
  const what = file.agents.length > 0 ? file.agents.map((a) => `${a.dialect} → ${a.name}`).join(', ') : 'not compiled'
  if (report.command === 'lint') return what
  const o = file.outputs
  const outputs =
    report.command === 'check'
      ? `${o.unchanged.length} up to date, ${o.outOfDate.length} out of date`
      : `${o.written.length} ${report.dryRun ? 'to write' : 'written'}, ${o.unchanged.length} unchanged`
  return `${what} (${outputs})`
}

/** The summary: counts, outputs, and the rules that fired most. `verdict` says why warnings fail the run. */
export function prettySummary(report: Report, options: PrettyOptions & { verdict?: string }): string {
  const c = createColors(options.colors)
  const t = report.totals
  const problems = `${paint(c.red, t.errors, plural(t.errors, 'error'))}, ${paint(c.yellow, t.warnings, plural(t.warnings, 'warning'))}`
  const verdict = options.verdict ? ` (${c.bold(options.verdict)})` : ''
  const lines: string[] = []
  if (report.command === 'lint') lines.push(`${plural(t.files, 'file')} checked, ${problems}${verdict}`)
  else {
    const outOfDate = report.command === 'check' ? `, ${t.outOfDate} outputs out of date` : ''
    lines.push(`${t.compiled}/${t.files} files compiled, ${problems}${outOfDate}${verdict}`)
    const outputs =
      report.command === 'check'
        ? `${t.unchanged} up to date, ${t.outOfDate} out of date`
        : report.dryRun
          ? `${t.written} would be written, ${t.unchanged} unchanged`
          : `${t.written} written, ${t.unchanged} unchanged, ${t.removed} removed`
    lines.push(`Outputs: ${outputs}`)
  }
  // One row per rule and severity shown; errors first, then the most frequent.
  const rows = report.rules.flatMap((r) => COUNTS.flatMap(({ key, severity, word }, rank) => (r[key] > 0 && shown({ severity }, options) ? [{ rule: r.rule, n: r[key], what: word, rank }] : [])))
  rows.sort((a, b) => a.rank - b.rank || b.n - a.n || (a.rule < b.rule ? -1 : 1))
  if (rows.length > 0) {
    const width = String(Math.max(...rows.map((r) => r.n))).length
    lines.push('By rule:')
    for (const row of rows.slice(0, RULE_ROWS)) lines.push(`  ${String(row.n).padStart(width)} ${c.dim(`${row.what}${row.n === 1 ? '' : 's'}`.padEnd(8))}  ${row.rule}`)
    if (rows.length > RULE_ROWS) lines.push(c.dim(`  … and ${plural(rows.length - RULE_ROWS, 'more row')} (--format json counts every rule)`))
  }
  return lines.join('\n') + '\n'
}

/** The counts of a rule by severity, in the order the table ranks them, and the word for each. */
const COUNTS = [
  { key: 'errors', severity: 'error', word: 'error' },
  { key: 'warnings', severity: 'warning', word: 'warning' },
  { key: 'infos', severity: 'info', word: 'note' },
] as const

const paint = (colour: (s: string) => string, n: number, text: string) => (n > 0 ? colour(text) : text)
