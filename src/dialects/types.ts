/** What every dialect provides: how its files are found and claimed, how they are read, how it writes tools. */
import type { VFile } from 'vfile'
import type { Draft } from '../model/draft.js'
import type { ToolVocabulary } from '../vocabulary/tools.js'
import type { DataSource } from '../parse/data.js'
import type { MarkdownDocument } from '../parse/document.js'

/** A dialect; its id (what the model's `source.dialect` holds) is its key in the registry. */
export interface DialectDefinition {
  /** One line for the README and `--help`. */
  summary: string
  /**
   * Markdown files. `read` gives the drafts when the dialect claims the file (by
   * path, frontmatter keys or tree), else undefined; Markdown dialects are tried in
   * the registry's order. `document.tree` is built when first read: a reader that
   * claims by path or frontmatter decides before reading it.
   */
  markdown?: {
    /** File names (not paths) it brings to input discovery, beyond those a dialect before it brings. */
    names?: RegExp
    /** A file its folder's other files say is not an agent (fabric's `user.md` beside `system.md`). */
    skip?: (name: string, siblings: readonly string[]) => boolean
    read(document: MarkdownDocument, file: VFile): Draft | Draft[] | undefined
  }
  /** Data files (YAML, JSON), claimed by the shape of their value. */
  data?: {
    /** File names (not paths) that are data this dialect may hold. */
    names: RegExp
    /** Whether a data file's first bytes (or its path) look like this dialect, so that `package.json` or CI configs in a folder are skipped. */
    sniff(name: string, head: string, path: string): boolean
    /** What the dialect expects, for the message when no dialect claims a data file. */
    expected: string
    /** Whether the dialect reads this value (a file whose name it reads; `path` for a dialect that claims by folder). */
    claims(value: unknown, path: string): boolean
    read(source: DataSource, file: VFile): Draft[]
  }
  /** How the dialect writes tool names. */
  tools: ToolVocabulary
  /** The id of another dialect whose tool names its files borrow, read when its own table does not know a name. */
  borrowsTools?: string
}
