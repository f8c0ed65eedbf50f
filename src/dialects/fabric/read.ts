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
import { leadSentence } from '../shared/lead-sentence.js'
import { promptOnlyDraft } from '../shared/prompt-only-draft.js'
import { sentencePlace, sliceLines } from '../../text/find-place.js'

const IDENTITY = /^IDENTITY(\s+(AND|&)\s+(PURPOSE|GOALS?))?\s*:?$/i
const SECTIONS = /^(STEPS|OUTPUT( INSTRUCTIONS| SECTIONS| FORMAT)?|INPUT|EXAMPLES?|GOALS?|PURPOSE)\s*:?$/i

export function readFabric(tree: Root, file: VFile): Draft | undefined {
  if (file.data.frontmatter) return undefined
  const parts = file.path.split(/[\\/]/)
  const isSystem = /^system\.md$/i.test(parts[parts.length - 1] ?? '')
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading')
  const identity = headings.find((h) => IDENTITY.test(toString(h).trim()))
  const other = headings.some((h) => SECTIONS.test(toString(h).trim()))
  if (!isSystem && !(identity && other)) return undefined

  const source = String(file.value)
  const body = sliceLines(source, 0)
  const folder = isSystem && parts.length > 1 ? parts[parts.length - 2]! : undefined
  const name = toId(folder ?? baseName(file.path))
  // A pattern is a text-in, text-out prompt that names no tools.
  const draft: Draft = { ...promptOnlyDraft('fabric', name, body), title: toTitle(name) }

  let description = ''
  if (identity) {
    const section = sectionOf(tree, identity, source)
    description = leadSentence(section.text)
    if (description !== '') draft.lines.description = section.line
  }
  if (description === '') {
    description = leadSentence(body.text)
    draft.lines.description = body.line
  }
  if (description !== '') {
    draft.description = description
    const place = sentencePlace(source, description, draft.lines.description!)
    draft.lines.description = place.line
    report(file, 'description-derived', { dialect: 'fabric', identity: Boolean(identity), sentence: clip(description) }, place)
  }
  return draft
}

/** The text under `heading`, up to the next heading of the same or a higher level. */
function sectionOf(tree: Root, heading: Heading, source: string): { text: string; line: number } {
  const start = heading.position!.end.offset!
  const index = tree.children.indexOf(heading)
  const next = tree.children.slice(index + 1).find((n: RootContent): n is Heading => n.type === 'heading' && n.depth <= heading.depth)
  return sliceLines(source, start, next ? next.position!.start.offset! : source.length)
}

function clip(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}
