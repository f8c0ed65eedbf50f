/**
 * What a dialect reader lifts out of a file, before normalisation: raw values
 * as the author wrote them, with the lines they came from for diagnostics.
 */
import type { Dialect, Trigger } from './agent.js'

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
  tools?: unknown
  model?: unknown
  color?: unknown
  triggers: Trigger[]
  extensions: Record<string, unknown>
  /** 1-based line of each source field, for diagnostics. */
  lines: Record<string, number>
}

declare module 'vfile' {
  interface DataMap {
    frontmatter: { data: Record<string, unknown>; startLine: number; endOffset: number } | undefined
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
