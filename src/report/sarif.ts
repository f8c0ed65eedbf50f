/**
 * SARIF 2.1.0 (OASIS), the log code-scanning services read (GitHub's
 * `upload-sarif`): one run, agentdef as the driver with every rule of the
 * catalogue, one result a message. Levels: error, warning, note. Columns are
 * UTF-16 code units, SARIF's default `columnKind`, as agentdef's are. The tests
 * validate it against the published 2.1.0 schema.
 */
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import { catalogue, severitiesOf, type RuleId } from '../diagnostics/catalogue.js'
import type { Report } from './model.js'
import { shown } from './pretty.js'

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

export function sarifLog(report: Report, options: { verbose: boolean; quiet: boolean; version: string }): object {
  const ids = Object.keys(catalogue) as RuleId[]
  const rules = ids.map((id) => {
    // A rule whose severity its data decides is configured at its mildest.
    const [first] = severitiesOf(id).split('|') as ('error' | 'warning' | 'info')[]
    return { id, shortDescription: { text: catalogue[id].explanation }, defaultConfiguration: { level: LEVEL[first ?? 'warning'] } }
  })
  const results = report.files.flatMap((file) =>
    file.messages
      .filter((m) => shown(m, options))
      .map((m) => {
        const index = ids.indexOf(m.rule as RuleId)
        const region: Record<string, number> = { startLine: m.line, startColumn: m.column }
        if (m.endLine !== undefined && m.endColumn !== undefined) Object.assign(region, { endLine: m.endLine, endColumn: m.endColumn })
        return {
          ruleId: m.rule,
          ...(index >= 0 ? { ruleIndex: index } : {}),
          level: LEVEL[m.severity],
          message: { text: m.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(file.path) }, region } }],
          ...(m.targets ? { properties: { targets: m.targets } } : {}),
        }
      }),
  )
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'agentdef', version: options.version, rules } }, columnKind: 'utf16CodeUnits', results }],
  }
}

/** A relative path as a relative URI reference (`/` separators, escaped); an absolute one as a `file:` URL. */
function uriOf(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href
  return path.split(/[\\/]/).map(encodeURIComponent).join('/')
}
