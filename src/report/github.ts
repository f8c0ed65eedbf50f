/**
 * GitHub Actions workflow commands: one annotation a message, which the job's
 * summary and the pull request's files show at the line
 * (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
 * Escapes as @actions/core's `command.ts` writes them (actions/toolkit, read
 * 2026-12): in the message `%`, CR and LF; in a property also `:` and `,`.
 * Notes become `::notice` with `--verbose` only; the summary follows as plain text.
 */
import { escapeControls } from '../diagnostics/format.js'
import type { Report } from './model.js'
import { shown } from './pretty.js'

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const

// Other control characters (an escape sequence the log viewer would run) are written as `\x1b`, as on a terminal.
const escapeData = (s: string) => s.replace(/[^\r\n]+/g, escapeControls).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

export function githubAnnotations(report: Report, options: { verbose: boolean; quiet: boolean }): string {
  const lines: string[] = []
  for (const file of report.files) {
    for (const m of file.messages) {
      if (!shown(m, options)) continue
      const properties: [string, string | number][] = [['file', file.path], ['line', m.line], ['col', m.column]]
      if (m.endLine !== undefined && m.endColumn !== undefined) properties.push(['endLine', m.endLine], ['endColumn', m.endColumn])
      properties.push(['title', `agentdef ${m.rule}`])
      lines.push(`::${LEVEL[m.severity]} ${properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(m.message)}\n`)
    }
  }
  return lines.join('')
}
