/**
 * One fact found for several targets is said once, naming them:
 * `claude, qwen: Model \`GPT-5\` …`. Messages of a file state one fact when rule,
 * severity, place and data (but the target) are the same. When their texts differ
 * only by the target's prefix, the text is kept; when each target gives its own
 * reason, the rule's target-free text (`together`) is said, and each target's own
 * text kept in `details` (`--verbose` and JSON show them). A fact with no such text
 * stays a message per target.
 */
import type { Diagnostic } from '../diagnostics/format.js'
import type { ReportMessage } from './types.js'

export function groupTargets(diagnostics: readonly Diagnostic[]): ReportMessage[] {
  const groups = new Map<string, Diagnostic[]>()
  const order: (Diagnostic | Diagnostic[])[] = []
  for (const d of diagnostics) {
    if (d.fact === undefined || !d.message.startsWith(`${d.fact.target}: `)) {
      order.push(d)
      continue
    }
    const key = JSON.stringify([d.rule, d.severity, d.line, d.column, d.endLine, d.endColumn, d.fact.key])
    const group = groups.get(key)
    if (group) group.push(d)
    else {
      const made = [d]
      groups.set(key, made)
      order.push(made)
    }
  }
  return order.flatMap((item) => (Array.isArray(item) ? said(item) : [messageOf(item)]))
}

function said(group: Diagnostic[]): ReportMessage[] {
  const first = group[0]!
  const targets = [...new Set(group.map((d) => d.fact!.target))]
  const own = group.map((d) => d.message.slice(d.fact!.target.length + 2))
  if (own.every((text) => text === own[0])) return [{ ...messageOf(first), message: `${targets.join(', ')}: ${own[0]}`, targets }]
  const together = first.fact!.together
  if (together === undefined) return group.map(messageOf)
  return [{ ...messageOf(first), message: `${targets.join(', ')}: ${together}`, targets, details: group.map((d) => ({ target: d.fact!.target, message: d.message })) }]
}

function messageOf(d: Diagnostic): ReportMessage {
  const m: ReportMessage = { rule: d.rule, severity: d.severity, message: d.message, line: d.line, column: d.column }
  if (d.endLine !== undefined && d.endColumn !== undefined) Object.assign(m, { endLine: d.endLine, endColumn: d.endColumn })
  if (d.fact) m.targets = [d.fact.target]
  return m
}
