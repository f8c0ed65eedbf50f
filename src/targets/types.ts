/** What every target provides: a pure view builder, a template, and a check of its own output. */
import type { Agent, LangSelection } from '../model/agent.js'
import type { DataOf } from '../diagnostics/report.js'
import type { DialectId } from '../dialects/registry.js'

export interface EmitOptions {
  lang: LangSelection
  /** Claude alias or model id → target model id (overrides the target's table). */
  modelMap: Record<string, string>
  /** One model for every agent, overriding the table. */
  model?: string
  /** Source colour (any case) → the colour to write (a palette name, a hex value), over the nearest-colour match. */
  colorMap?: Record<string, string>
}

type TargetRule = 'target-dropped' | 'target-translated' | 'target-truncated' | 'target-defaulted' | 'target-model-stale'
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

/**
 * A target whose tool reads every agent of a project from one file (Roo Code's
 * `.roomodes`): each agent's view is a part, and the template renders the view
 * `gather` makes of every part, not an agent's view.
 */
export interface Combine<View = unknown> {
  /** The one file's name, inside `<out>/<id>/`. */
  file: string
  /** The views of the agents the file holds → the view the template renders. The same views in any order give the same file. */
  gather(views: View[]): unknown
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
  /** Template file in `templates/`, or an absolute path (a custom target's). */
  template: string
  /** agent → plain data for the template. All mapping decisions are made here. */
  toView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): View
  /** Parse the rendered output back as its strictest reader would; return the problems found. */
  verify(text: string): string[]
  /**
   * Where the target's tool reads an agent of this name, relative to the project's
   * root (`.opencode/agent/<name>.md`). The round trip reads an output back from there.
   */
  nativePath?(name: string, agent?: Agent): string
  /**
   * The dialect that reads this target's output back, for the round trip (source →
   * target → read back → claude). Absent when the format is not read back (`prompt`:
   * a prompt alone, by design).
   */
  readBack?: DialectId | ((agent: Agent) => DialectId)
  /** The output's path inside `<out>/<id>/` when it is not `<name><extension>` (a custom target's pattern). */
  fileName?(name: string): string
  /** Set when the tool reads every agent from one file (see `Combine`). */
  combine?: Combine<View>
}
