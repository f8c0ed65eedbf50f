/**
 * fabric patterns: `patterns/<name>/system.md`, no frontmatter, upper-case
 * sections (`# IDENTITY and PURPOSE`, `# STEPS`, `# OUTPUT INSTRUCTIONS`, `# INPUT`).
 * The whole file is the prompt; the name is the pattern's folder (every file is
 * called `system.md`); the description is the first sentence of the IDENTITY
 * section, which is how fabric patterns say what they are (so it is reported as
 * `info`, not as a missing description).
 * Recognised by the file name `system.md`, or, under any name, by an IDENTITY
 * heading together with another fabric section.
 */
import type { Heading, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { baseName, toId, toTitle } from '../../normalise/names.js'
import { report } from '../../diagnostics/report.js'
import type { Draft } from '../../model/draft.js'
import type { MarkdownDocument } from '../../parse/document.js'
import { leadSentence } from '../shared/lead-sentence.js'
import { promptOnlyDraft } from '../shared/prompt-only-draft.js'
import { sliceLines, textOf, type Slice } from '../../text/lines.js'
import { sentencePosition } from '../shared/mdast-positions.js'
import { outlineOf } from '../shared/outline.js'

const IDENTITY = /^IDENTITY(\s+(AND|&)\s+(PURPOSE|GOALS?))?\s*:?$/i
const SECTIONS = /^(STEPS|OUTPUT( INSTRUCTIONS| SECTIONS| FORMAT)?|INPUT|EXAMPLES?|GOALS?|PURPOSE)\s*:?$/i

export function readFabric(document: MarkdownDocument, file: VFile): Draft | undefined {
  if (file.data.frontmatter) return undefined
  const tree = document.tree
  const parts = file.path.split(/[\\/]/)
  const isSystem = /^system\.md$/i.test(parts[parts.length - 1] ?? '')
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading')
  const identity = headings.find((h) => IDENTITY.test(toString(h).trim()))
  const other = headings.some((h) => SECTIONS.test(toString(h).trim()))
  if (!isSystem && !(identity && other)) return undefined

  const source = textOf(file)
  const body = sliceLines(source, 0)
  const folder = isSystem && parts.length > 1 ? parts[parts.length - 2]! : undefined
  const name = toId(folder ?? baseName(file.path))
  // A pattern is a text-in, text-out prompt that names no tools.
  const draft: Draft = { ...promptOnlyDraft('fabric', name, body, outlineOf(tree, source, body.position)), title: toTitle(name) }

  // The description is looked for in the IDENTITY section, else in the whole text.
  let from = body
  let lead = { sentence: '', offset: 0 }
  if (identity) {
    from = sectionOf(tree, identity, source)
    lead = leadSentence(from.text)
  }
  if (lead.sentence === '') {
    from = body
    lead = leadSentence(body.text)
  }
  const description = lead.sentence
  draft.fields.description = { position: from.position }
  if (description !== '') {
    draft.description = description
    const position = sentencePosition(tree, source, from.position.start.offset! + lead.offset)
    draft.fields.description = { position, value: position }
    report(file, 'description-derived', { dialect: 'fabric', identity: Boolean(identity), sentence: clip(description) }, position.start)
  }
  return draft
}

/** The text under `heading`, up to the next heading of the same or a higher level. */
function sectionOf(tree: Root, heading: Heading, source: string): Slice {
  const start = heading.position!.end.offset!
  const index = tree.children.indexOf(heading)
  const next = tree.children.slice(index + 1).find((n: RootContent): n is Heading => n.type === 'heading' && n.depth <= heading.depth)
  return sliceLines(source, start, next ? next.position!.start.offset! : source.length)
}

function clip(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}
