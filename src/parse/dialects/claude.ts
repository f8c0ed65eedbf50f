/**
 * Claude-style frontmatter (`name`, `description`, `tools`, `model`, `color`):
 * the frontmatter gives the fields, the body is the prompt. Keys this reader
 * does not map are kept in `extensions`.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Draft } from '../draft.js'
import { sliceLines } from '../slice.js'

const MAPPED = new Set(['name', 'description', 'tools', 'model', 'color'])

export function readClaude(_tree: Root, file: VFile): Draft | undefined {
  const fm = file.data.frontmatter
  if (!fm) return undefined
  const source = String(file.value)
  const body = sliceLines(source, fm.endOffset)
  const extensions: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fm.data)) {
    if (!MAPPED.has(key)) Object.defineProperty(extensions, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return {
    dialect: 'claude',
    name: fm.data.name,
    description: fm.data.description,
    tools: fm.data.tools,
    model: fm.data.model,
    color: fm.data.color,
    prompt: body.text,
    promptLine: body.line,
    triggers: [],
    extensions,
    lines: keyLines(source, fm.startLine),
  }
}

/** The 1-based line of each top-level key of the frontmatter starting at `startLine`. */
export function keyLines(source: string, startLine: number): Record<string, number> {
  const out: Record<string, number> = {}
  const lines = source.split('\n')
  for (let i = startLine - 1; i < lines.length && !/^-{3,}\s*$/.test(lines[i]!); i++) {
    const m = /^([A-Za-z_][\w.-]*)\s*:/.exec(lines[i]!)
    if (m && !(m[1]!.toLowerCase() in out)) out[m[1]!.toLowerCase()] = i + 1
  }
  return out
}
