/**
 * What a dialect reader lifts out of a file, before normalisation: raw values
 * as the author wrote them, with the positions they came from for diagnostics.
 */
import type { Position } from 'unist'
import type { Dialect, Section, Trigger } from './agent.js'

/** A name a value lists (a tool name), where it is written. */
export interface NamePosition {
  name: string
  position: Position
}

/**
 * Where a source field is written, in the text being read (`file.data.text`): the
 * positions come from the parsers (the yaml package's node ranges, mdast nodes),
 * never from searching the text.
 */
export interface FieldPosition {
  /** The whole field: a frontmatter key to the end of its value, a section, a heading. */
  position: Position
  /** The value alone, inside its quotes: what a diagnostic about the value points at, and points into. */
  value?: Position
  /** The names the value lists (a sequence's items, a comma-separated scalar's parts, a map's keys). */
  names?: NamePosition[]
}

export interface Draft {
  dialect: Dialect
  name?: unknown
  title?: string
  /** The name is a display title (a `# Heading`): turning it into an id is expected, not reported. */
  nameIsTitle?: boolean
  description?: unknown
  /** The prompt, sliced from the source. */
  prompt: string
  /** 1-based line where the prompt starts. */
  promptLine: number
  /** The prompt's headings, from the tree it was read from. */
  outline: Section[]
  tools?: unknown
  model?: unknown
  color?: unknown
  triggers: Trigger[]
  extensions: Record<string, unknown>
  /** Where each source field is written, keyed as the model's `source.fields` (frontmatter keys in lower case). */
  fields: Record<string, FieldPosition>
}

declare module 'vfile' {
  interface DataMap {
    frontmatter:
      | {
          data: Record<string, unknown>
          /** Where each top-level key is written, by its lower-case spelling (the first, when several differ only in case). */
          fields: Record<string, FieldPosition>
          endOffset: number
        }
      | undefined
    /** One draft per agent: most files hold one, a Roo `.roomodes` file holds several. */
    drafts: Draft[]
    /**
     * The text the readers slice from, which the positions in drafts refer to: the
     * file's text after `repairFences` (`file.value` stays as the author wrote it; the
     * source map translates reported places back). Set by `recognise` while it reads.
     */
    text: string | undefined
  }
}
