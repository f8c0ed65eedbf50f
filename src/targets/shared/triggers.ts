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

/** One `Label: a, b (note).` line per kind of trigger the agent has, in a fixed order. */
export function triggerLines(triggers: readonly Trigger[]): string[] {
  const lines: string[] = []
  for (const [kind, label] of Object.entries(LABELS)) {
    const values = triggers.filter((t) => t.kind === kind).map((t) => (t.note ? `${t.value} (${t.note})` : t.value))
    if (values.length > 0) lines.push(`${label}: ${values.join(', ')}.`)
  }
  return lines
}
