/**
 * One reporter for every command: diagnostics as `path:line:column: severity:
 * message (rule-id)`, or the same messages as JSON.
 */
import type { VFile } from 'vfile'
import { severityOf, type Severity } from './report.js'

export interface Diagnostic {
  path: string
  line: number
  column: number
  severity: Severity
  message: string
  rule: string
}

export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages
    .map((m) => ({
      path: file.path,
      line: m.line ?? 1,
      column: m.column ?? 1,
      severity: severityOf(m.fatal),
      message: m.reason,
      rule: m.ruleId ?? 'unknown',
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.column}: ${d.severity}: ${d.message} (${d.rule})`
}

export interface Counts {
  errors: number
  warnings: number
  infos: number
}

export function count(diagnostics: Diagnostic[]): Counts {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
