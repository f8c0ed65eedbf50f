/**
 * Claude-style frontmatter (`name`, `description`, `tools`, `model`, `color`):
 * the frontmatter gives the fields, the body is the prompt. Keys this reader
 * does not map are kept in `extensions`.
 */
import type { MarkdownDocument } from '../../parse/document.js'
import type { VFile } from 'vfile'
import type { Draft } from '../../model/draft.js'
import { frontmatterDraft } from '../shared/frontmatter-draft.js'

const MAPPED = new Set(['name', 'description', 'tools', 'model', 'color'])

export function readClaude(document: MarkdownDocument, file: VFile): Draft | undefined {
  if (!file.data.frontmatter) return undefined
  return frontmatterDraft('claude', document, file, MAPPED).draft
}
