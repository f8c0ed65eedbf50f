/**
 * What every frontmatter dialect reader starts from: the keys and values, the body
 * as the prompt, the line of each key, and the keys the reader does not map.
 */
import type { VFile } from 'vfile'
import { defineOwn } from '../../normalize/text.js'
import { sliceLines } from '../slice.js'

export interface FrontmatterParts {
  /** The frontmatter's keys and values; empty when the file has none. */
  data: Record<string, unknown>
  /** The prompt: the text after the frontmatter (or the whole file). */
  body: { text: string; line: number }
  /** 1-based line of each key, by its lower-case spelling. */
  lines: Record<string, number>
  /** The keys the reader does not map, kept as written. */
  extensions: Record<string, unknown>
}

export function frontmatterParts(file: VFile, mapped: ReadonlySet<string>): FrontmatterParts {
  const fm = file.data.frontmatter
  const data = fm?.data ?? {}
  const source = String(file.value)
  return {
    data,
    body: sliceLines(source, fm ? fm.endOffset : 0),
    lines: fm ? keyLines(source, fm.startLine) : {},
    extensions: extensionsOf(data, mapped),
  }
}

/** The 1-based line of each top-level key of the frontmatter starting at `startLine`. */
export function keyLines(source: string, startLine: number): Record<string, number> {
  const out: Record<string, number> = {}
  const lines = source.split('\n')
  for (let i = startLine - 1; i < lines.length && !/^-{3,}\s*$/.test(lines[i]!); i++) {
    const key = /^([A-Za-z_][\w.-]*)\s*:/.exec(lines[i]!)?.[1]?.toLowerCase()
    if (key !== undefined && !Object.hasOwn(out, key)) defineOwn(out, key, i + 1)
  }
  return out
}

/** The keys of `data` a reader does not map, kept as written (safe against `__proto__` keys). */
export function extensionsOf(data: Record<string, unknown>, mapped: ReadonlySet<string>): Record<string, unknown> {
  const extensions: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) if (!mapped.has(key)) defineOwn(extensions, key, value)
  return extensions
}
