/**
 * The config's `rules`: a severity per rule id, or `off`, as eslint's `rules`.
 * It changes how a message is reported and counted (and so the exit status), never
 * what is compiled: a rule that is an error stops its output, so it can be neither
 * lowered nor turned off (the config loader refuses that); a warning or a note can
 * be raised to an error, lowered, or turned off.
 */
import type { Diagnostic } from '../diagnostics/format.js'
import type { RuleSeverities } from './types.js'

export type { RuleSeverity, RuleSeverities } from './types.js'

export function applySeverities(diagnostics: readonly Diagnostic[], severities: RuleSeverities): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const d of diagnostics) {
    const chosen = Object.hasOwn(severities, d.rule) ? severities[d.rule] : undefined
    // An error stays an error: the output it stopped was not written.
    if (chosen === undefined || d.severity === 'error') out.push(d)
    else if (chosen !== 'off') out.push({ ...d, severity: chosen })
  }
  return out
}
