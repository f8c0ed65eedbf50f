/** What every target provides: a pure view builder, a template, and a check of its own output. */
import type { Agent, LangSelection } from '../model/agent.js'
import type { DataOf } from '../diagnostics/report.js'

export interface EmitOptions {
  lang: LangSelection
  /** Claude alias or model id → target model id (overrides the target's table). */
  modelMap: Record<string, string>
  /** One model for every agent, overriding the table. */
  model?: string
}

type TargetRule = 'target-dropped' | 'target-translated' | 'target-truncated' | 'target-defaulted'
/** `Omit` over each member of a union. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/**
 * What a target translated, defaulted or left out: a message of the catalogue (the
 * pipeline adds the target's id to the data of a `target-*` rule), reported on the source file.
 */
export type TargetMessage = (
  | { [R in TargetRule]: { rule: R; data: Without<DataOf<R>, 'target'> } }[TargetRule]
  | { rule: 'lang-untranslated'; data: DataOf<'lang-untranslated'> }
) & {
  /** The source field the message is about, to place the diagnostic on its line. */
  field?: string
  /** The value as written (a tool name), to place the diagnostic on it where the reader found it in the field. */
  value?: string
}

export interface Target<View = unknown> {
  id: string
  summary: string
  /** File extension of the outputs, with the dot. */
  extension: string
  /**
   * The extension of one agent's output, when a target writes two kinds of file
   * (Cursor: a subagent `.md`, or a rule `.mdc` for a source that is a rule); else `extension`.
   */
  extensionOf?(agent: Agent): string
  /** Template file in `templates/`. */
  template: string
  /** agent → plain data for the template. All mapping decisions are made here. */
  toView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): View
  /** Parse the rendered output back as its strictest reader would; return the problems found. */
  verify(text: string): string[]
}
