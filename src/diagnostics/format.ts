/**
 * One reporter for every command: diagnostics as `path:line:column: severity:
 * message (rule-id)`, or the same messages as JSON.
 */
import type { VFile } from 'vfile'
import { factOf, severityOf, type Fact, type Severity } from './report.js'

export interface Diagnostic {
  path: string
  line: number
  column: number
  /** Where the value it points at ends (exclusive), when known. */
  endLine?: number
  endColumn?: number
  severity: Severity
  message: string
  rule: string
  /** A `target-*` message: its target (its text starts with `<target>: `) and the fact it states, for reporters to group. */
  fact?: Fact
}

export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages
    .map((m) => {
      const d: Diagnostic = { path: file.path, line: m.line ?? 1, column: m.column ?? 1, severity: severityOf(m.fatal), message: m.reason, rule: m.ruleId ?? 'unknown' }
      const end = m.place && 'end' in m.place ? m.place.end : undefined
      if (end?.line !== undefined && end.column !== undefined) Object.assign(d, { endLine: end.line, endColumn: end.column })
      const fact = factOf(m)
      if (fact !== undefined) d.fact = fact
      return d
    })
    .sort((a, b) => a.line - b.line || a.column - b.column)
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${escapeControls(d.path)}:${d.line}:${d.column}: ${d.severity}: ${escapeControls(d.message)} (${d.rule})`
}

/**
 * Text from an input (a file name, a tool name, a value) made safe for a terminal
 * line: control characters (C0 but tab, DEL, C1) and the bidirectional overrides
 * that reorder what a reader sees are written as escapes (`\x1b`, `\n`, `\u202e`),
 * so that an escape sequence cannot clear the screen and a newline cannot split a
 * diagnostic. JSON output needs none of this: its serialiser escapes.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
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
