/**
 * One fact found for several targets is said once: `claude, qwen: Model \`GPT-5\` …`.
 * Messages of a file are one fact when rule, severity, place and text (after the
 * target's prefix) are the same; only the targets differ. A target whose text says
 * something of its own (opencode's permission, Roo's groups) stays a message of its own.
 */
import type { Diagnostic } from '../diagnostics/format.js'
import type { ReportMessage } from './types.js'

export function groupTargets(diagnostics: readonly Diagnostic[]): ReportMessage[] {
  const groups = new Map<string, ReportMessage & { text: string }>()
  const out: (ReportMessage & { text?: string })[] = []
  for (const d of diagnostics) {
    const prefix = d.target === undefined ? undefined : `${d.target}: `
    if (d.target === undefined || !d.message.startsWith(prefix!)) {
      out.push(messageOf(d))
      continue
    }
    const text = d.message.slice(prefix!.length)
    const key = JSON.stringify([d.rule, d.severity, d.line, d.column, d.endLine, d.endColumn, text])
    const group = groups.get(key)
    if (group) {
      if (!group.targets!.includes(d.target)) group.targets!.push(d.target)
      continue
    }
    const made = { ...messageOf(d), targets: [d.target], text }
    groups.set(key, made)
    out.push(made)
  }
  return out.map(({ text, ...m }) => (text === undefined ? m : { ...m, message: `${m.targets!.join(', ')}: ${text}` }))
}

function messageOf(d: Diagnostic): ReportMessage {
  const m: ReportMessage = { rule: d.rule, severity: d.severity, message: d.message, line: d.line, column: d.column }
  if (d.endLine !== undefined && d.endColumn !== undefined) Object.assign(m, { endLine: d.endLine, endColumn: d.endColumn })
  return m
}
