/**
 * Stages 2 and 3: the registry's Markdown dialects, in order, claim a Markdown
 * file and fill the drafts, reading its frontmatter and, when they need it, its
 * mdast (remark-parse + remark-frontmatter, built on first read: ../parse/document.ts);
 * a data file (YAML, JSON) is parsed once and claimed by the shape of its value. Each draft is then normalised into an
 * Agent with its dialect's tool vocabulary.
 */
import { basename } from 'node:path'
import type { VFile } from 'vfile'
import { DIALECTS, dialects, type DialectId } from '../dialects/registry.js'
import { hasErrors, report } from '../diagnostics/report.js'
import { sourceLine, toSource } from '../diagnostics/source-map.js'
import type { Agent } from '../model/agent.js'
import type { Draft, FieldPosition } from '../model/draft.js'
import { moveFields } from '../text/positions.js'
import { mapProperty } from '../model/lazy.js'
import { normaliseAgent } from '../normalise/agent.js'
import { parseData } from '../parse/data.js'
import { repairFences } from '../parse/fences.js'
import { MarkdownDocument } from '../parse/document.js'
import { readFrontmatter } from '../parse/frontmatter-read.js'
import type { ToolMap } from '../vocabulary/tool-map.js'
import { instructionFileOf } from '../inputs/instruction-files.js'

export interface RecogniseOptions {
  /** The user's tool names (`--tool-map`), read before each dialect's table. */
  toolMap?: ToolMap
}

const MARKDOWN = DIALECTS.flatMap((d) => (d.markdown ? [d.markdown] : []))
const DATA = DIALECTS.flatMap((d) => (d.data ? [d.data] : []))

/** The first Markdown dialect that claims the file fills `file.data.drafts`. */
function readMarkdown(document: MarkdownDocument, file: VFile): void {
  readFrontmatter(document, file)
  if (hasErrors(file)) return
  for (const dialect of MARKDOWN) {
    const draft = dialect.read(document, file)
    if (draft && (!Array.isArray(draft) || draft.length > 0)) {
      file.data.drafts = Array.isArray(draft) ? draft : [draft]
      return
    }
  }
}

/** Whether a file is data, not Markdown: its name is one a data dialect reads (Roo's `.roomodes`, YAML, JSON). */
export function isDataFile(path: string): boolean {
  const name = basename(path)
  return DATA.some((d) => d.names.test(name))
}

/** Recognise the agents in a file that `readSource` accepted. Problems are messages on the file. */
export function recognise(file: VFile, options: RecogniseOptions = {}): Agent[] {
  if (hasErrors(file)) return []
  const tools = instructionFileOf(file.path)
  if (tools !== undefined) {
    report(file, 'input-instructions', { name: basename(file.path), tools, named: true })
    return []
  }
  if (isDataFile(file.path)) {
    file.data.drafts = readData(file)
    return hasErrors(file) ? [] : file.data.drafts.map((draft) => normalise(draft, file, options))
  }
  // The repaired text is parsed and read as it is; `file.value` keeps the author's bytes.
  const text = repairFences(String(file.value), file)
  file.data.text = text
  try {
    readMarkdown(new MarkdownDocument(text), file)
    const drafts = file.data.drafts ?? []
    const agents = hasErrors(file) ? [] : drafts.map((draft) => normalise(draft, file, options))
    const map = file.data.sourceMap
    if (map) {
      // Until here, lines are those of the repaired text (reports were mapped as they were
      // made); the model keeps the author's, and so do the positions later stages place notes with.
      for (const agent of agents) {
        const { source, instructions } = agent
        source.promptLine = sourceLine(map, source.promptLine)
        for (const key of Object.keys(source.fields)) source.fields[key] = sourceLine(map, source.fields[key]!)
        // An outline not read yet is mapped when it is.
        mapProperty(instructions, 'outline', (outline) => outline.map((section) => ({ ...section, line: sourceLine(map, section.line) })))
        // Offsets index the repaired text: dropped with the move.
        carried.set(agent, moveFields(fieldPositions(agent)!, (point) => toSource(map, point)))
      }
    }
    return agents
  } finally {
    // Later stages place diagnostics in the file as written, like the model's lines.
    file.data.sourceMap = undefined
    file.data.text = undefined
  }
}

/** A data file: strict YAML or TOML (errors stop the file), then the first data dialect that reads its name and claims its value. */
function readData(file: VFile): Draft[] {
  const source = parseData(file)
  if (!source) return []
  const name = basename(file.path)
  const readers = DATA.filter((d) => d.names.test(name))
  const dialect = readers.find((d) => d.claims(source.data, file.path))
  if (dialect) return dialect.read(source, file)
  report(file, 'input-skipped', { expected: readers.map((d) => d.expected) }, { line: 1, column: 1 })
  return []
}

/** A draft into the model, with its dialect's tool vocabulary (and the one it borrows names from). */
function normalise(draft: Draft, file: VFile, options: RecogniseOptions): Agent {
  const dialect = dialects[draft.dialect as DialectId]
  const borrowed = 'borrowsTools' in dialect ? dialects[dialect.borrowsTools as DialectId].tools : undefined
  const agent = normaliseAgent(draft, file, {
    tools: dialect.tools,
    ...(borrowed ? { borrowedTools: borrowed } : {}),
    ...(options.toolMap ? { toolMap: options.toolMap } : {}),
  })
  carried.set(agent, draft.fields)
  return agent
}

/**
 * Where each source field of a recognised agent is written in the file as its author
 * wrote it (the model keeps only their lines): a target's notes about a field or a
 * tool name are placed with these.
 */
const carried = new WeakMap<Agent, Record<string, FieldPosition> | (() => Record<string, FieldPosition> | undefined)>()

export function fieldPositions(agent: Agent): Record<string, FieldPosition> | undefined {
  const positions = carried.get(agent)
  if (typeof positions !== 'function') return positions
  // A cached agent's, read when first asked for (./cache-entry.ts).
  const read = positions()
  if (read) carried.set(agent, read)
  else carried.delete(agent)
  return read
}

/** Carry positions for an agent read from the cache, as recognising it did; a function gives them when first asked for. */
export function carryPositions(agent: Agent, positions: Record<string, FieldPosition> | (() => Record<string, FieldPosition> | undefined)): void {
  carried.set(agent, positions)
}
