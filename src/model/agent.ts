/**
 * The intermediate model: one plain, JSON-serialisable object per agent.
 * Every dialect reader fills it; every target reads only it.
 */

/**
 * The ids of the dialects an agent definition may come from. Filled by
 * `src/dialects/registry.ts` through declaration merging, so that the model
 * imports nothing and adding a dialect is one registry line.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DialectIds {}

/** Where an agent definition came from. */
export type Dialect = keyof DialectIds

export type Lang = 'en' | 'zh'
export type LangSelection = Lang | 'all'

/** One `<example>` dialogue lifted out of a description. */
export interface Example {
  context?: string
  /** What the user says (several turns joined by a blank line). */
  user?: string
  /** What the assistant answers (several turns joined by a blank line). */
  assistant?: string
  commentary?: string
  /** The example as the author wrote it, `<example>` tags included. */
  raw: string
}

/**
 * A line of the prompt with its language. Only present when the prompt mixes
 * English and Chinese; `--lang` selects from these.
 * - `both`: one line holding `English / 中文`; `en` and `zh` are its two halves
 *   (with the Markdown prefix, such as `- ` or `## `, repeated on each).
 * - `en` / `zh` with `twin: true`: a line whose translation is the next or previous line.
 * - `none`: blank lines, punctuation, code: kept in every selection.
 */
export interface LangLine {
  text: string
  lang: 'en' | 'zh' | 'both' | 'none'
  en?: string
  zh?: string
  twin?: boolean
}

export interface Section {
  depth: number
  title: string
  line: number
}

export interface Instructions {
  /** The prompt as Markdown source, sliced from the input so the author's bytes survive. */
  text: string
  /** The headings of the prompt, in order. */
  outline: Section[]
  /** The languages the prompt is written in. */
  languages: Lang[]
  /** Per-line languages, present only when the prompt is bilingual. */
  lines?: LangLine[]
}

/**
 * Canonical tool ids: `read`, `write`, `edit`, `shell`, …, `mcp:<server>/<tool>`
 * (`mcp:<server>` for every tool of a server), and `<dialect>:<name>` for a tool
 * only that dialect's host has (`copilot:problems`, `opencode:lsp`).
 */
export interface ToolRef {
  id: string
  /** The name as the author wrote it. */
  raw: string
  /** False when the name is not in the vocabulary of the source dialect. */
  known: boolean
}

export interface ToolSet {
  /** `all`: the source grants every tool (`*`, or no tool list in a dialect where that means all). */
  mode: 'all' | 'none' | 'list'
  items: ToolRef[]
}

export interface ModelRef {
  raw: string
  /** `anthropic`, `openai`, `google`, … when recognisable. */
  family?: string
  /** `opus`, `sonnet`, `haiku`, `inherit` for Claude models. */
  tier?: string
  /** The further models a source lists, in its order of preference (a Copilot list, `a | b`); each target takes the first it can run. */
  alternatives?: ModelRef[]
}

export type TriggerKind = 'auto' | 'explicit' | 'file' | 'directory' | 'keyword' | 'command'

export interface Trigger {
  kind: TriggerKind
  value: string
  /** For commands: what the author said the command does. */
  note?: string
}

export interface Agent {
  /** Kebab-case id: the output file name. */
  name: string
  /** Display name. */
  title: string
  /** When-to-use text, without the examples. */
  description: string
  examples: Example[]
  instructions: Instructions
  tools: ToolSet
  model?: ModelRef
  color?: string
  triggers: Trigger[]
  /** Keys of the source we did not map to a field: kept, never dropped silently. */
  extensions: Record<string, unknown>
  source: {
    path: string
    dialect: Dialect
    /** 1-based line where the prompt starts in the source file. */
    promptLine: number
    /** 1-based line of each source field (`name`, `description`, `tools`, …). */
    fields: Record<string, number>
  }
}
