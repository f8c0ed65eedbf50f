/**
 * `agentdef rules` (and `agentdef lint --rules`): every rule of the catalogue
 * with its severity and explanation, in the catalogue's order (by stage).
 * A rule whose severity its data decides lists each it can give (`info|warning`).
 */
import { ruleList } from '../diagnostics/catalogue.js'

/** One rule a line, `id  severity  explanation` in aligned columns; or the rows as JSON. */
export function formatRules(format: 'pretty' | 'json'): string {
  const rows = ruleList()
  if (format === 'json') return JSON.stringify({ rules: rows }, null, 2) + '\n'
  const idWidth = Math.max(...rows.map((r) => r.id.length))
  const severityWidth = Math.max(...rows.map((r) => r.severity.length))
  return rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(severityWidth)}  ${r.explanation}\n`).join('')
}
