/**
 * A Markdown file as the dialect readers get it: its text, its frontmatter's fences
 * (found on the text), and its mdast, built by remark the first time a reader asks
 * for `tree` and only then. 88 % of the corpus's Markdown files open with frontmatter,
 * and their readers take every field from it: for them the tree is built only when
 * the prompt's outline is read (issue 11: remark and micromark were over half of a
 * build's time). Structure is still read from the tree wherever it is read.
 */
import type { Root } from 'mdast'
import { parseMarkdown, splitFrontmatter, type Split } from './markdown.js'

export class MarkdownDocument {
  /** The text the readers slice from (frontmatter fences repaired). */
  readonly text: string
  /** The frontmatter's fences and YAML text, as remark-frontmatter finds them; undefined when there is none. */
  readonly frontmatter: Split | undefined
  #tree: Root | undefined

  constructor(text: string) {
    this.text = text
    this.frontmatter = splitFrontmatter(text)
  }

  /** The mdast (remark-parse + remark-frontmatter's), built on first read. */
  get tree(): Root {
    this.#tree ??= parseMarkdown(this.text, this.frontmatter)
    return this.#tree
  }
}
