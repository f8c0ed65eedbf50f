/**
 * `--format pretty|json|github|sarif` for `build`, `check` and `lint`: one report
 * (`report/model.ts`), four views. Pretty and the GitHub summary go to stderr with
 * the diffs and dry-run lists on stdout, as before; JSON and SARIF are the whole
 * of stdout, for a program to read. Returns the exit status.
 */
import { readFileSync } from 'node:fs'
import { escapeControls } from '../diagnostics/format.js'
import type { Report } from '../report/model.js'
import { prettyMessages, prettySummary } from '../report/pretty.js'
import { githubAnnotations } from '../report/github.js'
import { sarifLog } from '../report/sarif.js'
import { hasColors, warningsVerdict, type CliIo } from './io.js'
import { packagePath } from '../installation/paths.js'

export const REPORT_FORMATS = ['pretty', 'json', 'github', 'sarif'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export interface ReportFlags {
  format: ReportFormat
  verbose?: boolean
  quiet?: boolean
  strict?: boolean
  maxWarnings?: number
}

export const VERSION: string = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')).version

export function printReport(io: CliIo, report: Report, flags: ReportFlags): number {
  const verdict = warningsVerdict(report.totals.warnings, flags)
  const options = { verbose: flags.verbose ?? false, quiet: flags.quiet ?? false }
  if (flags.format === 'json') io.stdout.write(JSON.stringify(report, null, 2) + '\n')
  else if (flags.format === 'sarif') io.stdout.write(JSON.stringify(sarifLog(report, { ...options, version: VERSION }), null, 2) + '\n')
  else {
    const colors = flags.format === 'pretty' && hasColors(io.stderr, io.env ?? process.env)
    const messages = flags.format === 'github' ? '' : prettyMessages(report, { ...options, colors })
    if (flags.format === 'github') io.stdout.write(githubAnnotations(report, options))
    else io.stderr.write(messages)
    for (const { patch } of report.diffs) io.stdout.write(patch.split('\n').map(escapeControls).join('\n'))
    const summary = prettySummary(report, { ...options, colors, ...(verdict ? { verdict } : {}) })
    io.stderr.write((messages === '' ? '' : '\n') + summary)
  }
  return report.totals.errors > 0 || verdict !== undefined ? 1 : 0
}
