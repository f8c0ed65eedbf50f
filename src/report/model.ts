/**
 * The one shape every report takes: `build`, `check` and `lint` write it as JSON
 * (`--format json`), the library's `build` returns it, and the pretty, GitHub and
 * SARIF reporters are views of it. Plain data: no VFile, no tree.
 */
import type { BuildResult } from '../pipeline/build.js'
import { diagnosticsOf, type Diagnostic } from '../diagnostics/format.js'
import { groupTargets } from './group.js'
import { applySeverities, type RuleSeverities } from './severities.js'
import type { Report, ReportFile } from './types.js'

export type { Report, ReportFile, ReportMessage, ReportTotals } from './types.js'

export interface ReportOptions {
  command: Report['command']
  dryRun?: boolean
  /** The config's `rules`: a severity per rule, or `off`. */
  severities?: RuleSeverities
}

export function reportOf(result: BuildResult, options: ReportOptions): Report {
  const files = new Map<string, ReportFile>()
  const fileAt = (path: string, input: boolean): ReportFile => {
    let file = files.get(path)
    if (!file) {
      file = { path, input, agents: [], outputs: { written: [], unchanged: [], outOfDate: [] }, messages: [], errors: 0, warnings: 0, infos: 0 }
      files.set(path, file)
    }
    file.input ||= input
    return file
  }
  const add = (file: ReportFile, diagnostics: Diagnostic[]) => {
    file.messages.push(...groupTargets(applySeverities(diagnostics, options.severities ?? {})))
  }
  let compiled = 0
  for (const outcome of result.files) {
    const file = fileAt(outcome.file.path, true)
    file.agents = outcome.agents.map((a) => ({ name: a.name, dialect: a.source.dialect }))
    file.outputs = { written: outcome.written, unchanged: outcome.unchanged, outOfDate: outcome.drift }
    add(file, diagnosticsOf(outcome.file))
    // An output out of date is the check's finding, not a file that failed to compile.
    if (outcome.agents.length > 0 && !outcome.file.messages.some((m) => m.fatal === true && m.ruleId !== 'output-drift')) compiled++
  }
  for (const general of result.general) add(fileAt(general.path, false), diagnosticsOf(general))
  const list = [...files.values()]
  const byRule = new Map<string, { rule: string; errors: number; warnings: number; infos: number }>()
  for (const file of list) {
    file.messages.sort((a, b) => a.line - b.line || a.column - b.column)
    for (const m of file.messages) {
      const key = m.severity === 'error' ? 'errors' : m.severity === 'warning' ? 'warnings' : 'infos'
      file[key]++
      const row = byRule.get(m.rule) ?? { rule: m.rule, errors: 0, warnings: 0, infos: 0 }
      row[key]++
      byRule.set(m.rule, row)
    }
  }
  const sum = (key: 'errors' | 'warnings' | 'infos') => list.reduce((n, f) => n + f[key], 0)
  const rules = [...byRule.values()].sort((a, b) => b.errors + b.warnings + b.infos - (a.errors + a.warnings + a.infos) || (a.rule < b.rule ? -1 : 1))
  return {
    command: options.command,
    dryRun: options.dryRun ?? false,
    files: list,
    totals: {
      files: result.files.length,
      compiled,
      errors: sum('errors'),
      warnings: sum('warnings'),
      infos: sum('infos'),
      // A file that gathers several sources' agents (Roo's `.roomodes`) is one output.
      written: new Set(result.files.flatMap((f) => f.written)).size,
      unchanged: new Set(result.files.flatMap((f) => f.unchanged)).size,
      removed: result.removed.length,
      outOfDate: result.drift.length + result.stale.length,
    },
    rules,
    diffs: result.diffs,
  }
}
