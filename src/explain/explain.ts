/**
 * `agentdef explain`: for each agent of a file and each target, field by field,
 * what the output kept, translated (the note says from what to what), defaulted,
 * shortened or left out, and why. Built from the notes each target gave while
 * writing the output, the same the build reports as target-* diagnostics, so the
 * two never disagree; a field no note is about was written as the source gives it.
 */
import type { CompileResult, Output } from '../pipeline/compile.js'
import { diagnosticsOf } from '../diagnostics/format.js'
import { severityOfMessage, textOf, type Message, type Severity } from '../diagnostics/catalogue.js'
import type { TargetMessage } from '../targets/types.js'

/** `part left out`: a value of the field (a tool of a list) was left out, the rest written. */
export type FieldFate = 'kept' | 'translated' | 'defaulted' | 'shortened' | 'part left out' | 'left out'

export interface ExplainedNote {
  rule: string
  severity: Severity
  message: string
}

export interface ExplainedField {
  /** The source field as the reader recorded it (`tools`, `model`), `prompt`, or `(agent)` for a note about no one field. */
  field: string
  fate: FieldFate
  notes: ExplainedNote[]
}

export interface ExplainedTarget {
  target: string
  /** The output's path inside the output folder, or undefined when it was not written (a diagnostic says why). */
  path?: string
  fields: ExplainedField[]
}

export interface Explanation {
  path: string
  agents: { name: string; dialect: string; targets: ExplainedTarget[] }[]
}

const FATE: Record<string, FieldFate> = {
  'target-translated': 'translated',
  'target-defaulted': 'defaulted',
  'target-truncated': 'shortened',
  'target-dropped': 'left out',
}
/** The strongest fate a field's notes give: left out over shortened over defaulted over translated. */
const RANK: FieldFate[] = ['kept', 'translated', 'defaulted', 'shortened', 'part left out', 'left out']

export function explain(result: CompileResult, targets: readonly string[]): Explanation {
  const errors = diagnosticsOf(result.file).filter((d) => d.severity === 'error')
  return {
    path: result.file.path,
    agents: result.agents.map((agent) => {
      const fields = [...new Set([...Object.keys(agent.source.fields), ...(agent.instructions.text.trim() === '' ? [] : ['prompt'])])]
      return {
        name: agent.name,
        dialect: agent.source.dialect,
        targets: targets.map((target) => {
          const output = result.outputs.find((o) => o.agent === agent.name && o.target === target)
          if (!output) {
            const why = errors.filter((d) => d.fact === undefined || d.fact.target === target)
            return { target, fields: [{ field: '(agent)', fate: 'left out' as const, notes: why.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message })) }] }
          }
          return { target, path: output.path, fields: fieldsOf(output, fields) }
        }),
      }
    }),
  }
}

function fieldsOf(output: Output, sourceFields: string[]): ExplainedField[] {
  const byField = new Map<string, TargetMessage[]>()
  for (const note of output.notes) {
    // A note about several fields left out (`no field for a, b`) is about each of them.
    const data = note.data as { kind?: string; fields?: { key: string }[] }
    const about = data.kind === 'fields' && data.fields ? data.fields.map((f) => f.key) : [note.field]
    for (const named of about) {
      // Fields are keyed as the reader recorded them: as written, or lower-cased.
      const field = named === undefined ? '(agent)' : (sourceFields.find((f) => f === named || f === named.toLowerCase()) ?? named)
      byField.set(field, [...(byField.get(field) ?? []), note])
    }
  }
  const names = [...sourceFields, ...[...byField.keys()].filter((f) => !sourceFields.includes(f))]
  return names.map((field) => {
    const given = byField.get(field) ?? []
    const notes = given.map((note) => {
      const message = { rule: note.rule, data: note.rule === 'lang-untranslated' ? note.data : { ...note.data, target: output.target } } as Message
      return { rule: note.rule, severity: severityOfMessage(message), message: textOf(message) }
    })
    const fate = given.reduce<FieldFate>((worst, note) => {
      // A note about one value of the field (a tool) leaves the rest of it written.
      const kind = (note.data as { kind?: string }).kind
      const f = note.rule === 'target-dropped' && note.value !== undefined && kind !== 'tool-list' && kind !== 'fields' ? 'part left out' : (FATE[note.rule] ?? 'kept')
      return RANK.indexOf(f) > RANK.indexOf(worst) ? f : worst
    }, 'kept')
    return { field, fate, notes }
  })
}
