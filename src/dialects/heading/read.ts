/**
 * Heading-structured definitions without frontmatter: `# Title`, then
 * `## Description`, `## System Prompt` (its `###` sub-sections included),
 * `## Tools` (a bullet list) and `## Activation Patterns`. Bold-label lines such as
 * `**AUTO-TRIGGERS**: a, b` become triggers, not prompt or description text.
 */
import type { Heading, List, Root, RootContent } from 'mdast'
import type { Position } from 'unist'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import type { Trigger, TriggerKind } from '../../model/agent.js'
import type { Draft } from '../../model/draft.js'
import type { MarkdownDocument } from '../../parse/document.js'
import { contentOf, namesIn } from '../shared/mdast-positions.js'
import { outlineOf } from '../shared/outline.js'
import { sliceLines, textOf } from '../../text/lines.js'

interface Section {
  title: string
  /** From the heading to the end of the section's last node. */
  position: Position
  nodes: RootContent[]
  headingStart: number // offset of the heading
  start: number // offset after the heading
  end: number // offset of the next section's heading
}

const LABELS: Record<string, TriggerKind> = {
  'auto-triggers': 'auto',
  'auto-trigger': 'auto',
  'use explicitly for': 'explicit',
  'use proactively for': 'auto',
  files: 'file',
  directories: 'directory',
  keywords: 'keyword',
  manual: 'command',
  commands: 'command',
  'manual commands': 'command',
}

function labelKind(label: string): TriggerKind | undefined {
  const key = label.trim().toLowerCase()
  return Object.hasOwn(LABELS, key) ? LABELS[key] : undefined
}

export function isHeadingDialect(tree: Root): boolean {
  const titles = sections(tree, '').map((s) => s.title.toLowerCase())
  return titles.includes('system prompt') || (titles.includes('description') && titles.includes('tools'))
}

export function readHeading(document: MarkdownDocument, file: VFile): Draft | undefined {
  if (file.data.frontmatter) return undefined
  const tree = document.tree
  if (!isHeadingDialect(tree)) return undefined
  const source = textOf(file)
  const all = sections(tree, source)
  const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1)
  const draft: Draft = {
    dialect: 'heading',
    nameIsTitle: true,
    title: h1 ? toString(h1).trim() : undefined,
    prompt: '',
    promptLine: 1,
    outline: [],
    triggers: [],
    extensions: {},
    fields: {},
  }
  if (h1) {
    draft.fields.name = { position: h1.position!, ...contentOf(h1) }
  }
  // Text between the title and the first section has no field; kept, never dropped.
  const preamble = sliceLines(source, h1 ? h1.position!.end.offset! : 0, all[0] ? all[0].headingStart : source.length)
  if (preamble.text !== '') {
    draft.extensions.preamble = preamble.text
    draft.fields.preamble = { position: preamble.position }
  }
  for (const section of all) {
    const key = section.title.toLowerCase()
    const body = sliceLines(source, section.start, section.end)
    const { text, triggers } = liftTriggers(body.text)
    draft.triggers.push(...triggers)
    if (key === 'description') {
      draft.description = text
      draft.fields.description = { position: body.position, value: body.position }
    } else if (key === 'system prompt' || key === 'prompt' || key === 'instructions') {
      draft.prompt = text
      draft.promptLine = body.line
      draft.outline = outlineOf(tree, source, body.position)
    } else if (key === 'tools') {
      draft.tools = section.nodes
        .filter((n): n is List => n.type === 'list')
        .flatMap((list) => list.children.map((item) => toString(item).trim()))
      draft.fields.tools = { position: body.position, names: namesIn(section.nodes.filter((n): n is List => n.type === 'list'), source) }
      keepProse(draft, section, source, () => true)
    } else if (key === 'activation patterns' || key === 'triggers') {
      draft.triggers.push(...activation(section))
      // `**Automatic activation for:**` labels say nothing the triggers do not.
      keepProse(draft, section, source, (text) => !/:\s*$/.test(text))
    } else if (text !== '') {
      // A section this reader has no field for: kept, never dropped.
      draft.extensions[`section:${section.title}`] = text
      draft.fields[`section:${section.title}`] = { position: section.position }
    }
  }
  return draft
}

/** A section's text outside its lists (that `keep` accepts), kept as `section:<title>`: no field holds it. */
function keepProse(draft: Draft, section: Section, source: string, keep: (text: string) => boolean): void {
  const prose = section.nodes
    .filter((node) => node.type !== 'list' && toString(node).trim() !== '' && keep(toString(node).trim()))
    .map((node) => source.slice(node.position!.start.offset!, node.position!.end.offset!).trim())
  if (prose.length === 0) return
  draft.extensions[`section:${section.title}`] = prose.join('\n\n')
  draft.fields[`section:${section.title}`] = { position: section.position }
}

/**
 * The sections of the tree: each `##` heading, and each `#` heading but the first
 * (the title), up to the next `#` or `##` heading.
 */
function sections(tree: Root, source: string): Section[] {
  const out: Section[] = []
  let current: Section | undefined
  let titleSeen = false
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (current) current.end = node.position!.start.offset!
      current = undefined
      if (node.depth === 2 || titleSeen) {
        current = {
          title: toString(node).trim(),
          position: { ...node.position! },
          nodes: [],
          headingStart: node.position!.start.offset!,
          start: node.position!.end.offset!,
          end: source.length,
        }
        out.push(current)
      }
      if (node.depth === 1) titleSeen = true
    } else if (current) {
      current.nodes.push(node)
      current.position.end = node.position!.end
    }
  }
  return out
}

/** Lines `**LABEL**: a, b, c` with a known label become triggers; the rest of the text stays. */
function liftTriggers(text: string): { text: string; triggers: Trigger[] } {
  const triggers: Trigger[] = []
  const kept: string[] = []
  for (const line of text.split('\n')) {
    const m = /^\*\*([^*]+?)\*\*\s*:\s*(.*)$/.exec(line.trim()) ?? /^\*\*([^*]+?):\*\*\s*(.*)$/.exec(line.trim())
    const kind = m ? labelKind(m[1]!) : undefined
    if (m && kind && (kind === 'auto' || kind === 'explicit')) {
      triggers.push(...splitList(m[2]!).map((value) => ({ kind, value })))
    } else {
      kept.push(line)
    }
  }
  return { text: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), triggers }
}

/**
 * `- Files: `*.py`, `*.js`` lines, and `- `@cmd` - what it does` items (also behind a
 * `Manual:` or `Commands:` label). An item that is neither is a condition in prose: an
 * `auto` trigger, kept whole.
 */
function activation(section: Section): Trigger[] {
  const triggers: Trigger[] = []
  for (const node of section.nodes) {
    if (node.type !== 'list') continue
    for (const item of node.children) {
      const text = toString(item).trim()
      const labelled = /^([A-Za-z ]+):\s*(.*)$/s.exec(text)
      const kind = labelled ? labelKind(labelled[1]!) : undefined
      if (labelled && kind && kind !== 'command') {
        triggers.push(...splitList(labelled[2]!).map((value) => ({ kind, value })))
        continue
      }
      const rest = kind === 'command' ? labelled![2]!.trim() : text
      const command = /^([/@]\S+)(?:\s+[-–—:]\s+(.*))?$/s.exec(rest)
      if (command) triggers.push({ kind: 'command', value: command[1]!, ...(command[2] ? { note: command[2].trim() } : {}) })
      else triggers.push({ kind: kind ?? 'auto', value: rest })
    }
  }
  return triggers
}

function splitList(text: string): string[] {
  return text
    .split(/,\s*/)
    .map((v) => v.trim().replace(/^[`"'“]+|[`"'”]+$/g, '').trim())
    .filter((v) => v !== '')
}
