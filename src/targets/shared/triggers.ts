/**
 * Triggers as text, for targets with no field for activation patterns: the
 * description is what a host reads to decide on delegation, so every kind of
 * trigger is written there, as a labelled line.
 */
import type { Trigger, TriggerKind } from '../../model/agent.js'

const LABELS: Record<TriggerKind, string> = {
  auto: 'Use proactively for',
  explicit: 'Use explicitly for',
  keyword: 'Keywords',
  file: 'Files',
  directory: 'Directories',
  command: 'Commands',
}

/** Kinds whose values are code (globs, paths, commands): set apart in a code span, so that no punctuation of ours (the full stop) touches them. */
const CODE: ReadonlySet<TriggerKind> = new Set(['file', 'directory', 'command'])

/** A code span holding `value` as it is: fenced by more backticks than any run inside it, padded when it starts or ends with one. */
function codeSpan(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${value}${pad}${fence}`
}

/** One `Label: a, b (note).` line per kind of trigger the agent has, in a fixed order; globs, paths and commands in code spans (`Files: \`**\/*\`.`). */
export function triggerLines(triggers: readonly Trigger[]): string[] {
  const lines: string[] = []
  for (const [kind, label] of Object.entries(LABELS) as [TriggerKind, string][]) {
    const shown = (value: string) => (CODE.has(kind) ? codeSpan(value) : value)
    const values = triggers.filter((t) => t.kind === kind).map((t) => (t.note ? `${shown(t.value)} (${t.note})` : shown(t.value)))
    if (values.length > 0) lines.push(`${label}: ${values.join(', ')}.`)
  }
  return lines
}
