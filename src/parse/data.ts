/**
 * Agent definitions that are data files, not Markdown: YAML or JSON (JSON is
 * read by the YAML parser too, so both give node positions), and TOML (./toml.ts).
 * One strict parse; then the shape of the value decides the dialect (see the
 * registry's `data` readers).
 */
import YAML, { LineCounter, type Document } from 'yaml'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'
import type { DataSource } from './data-source.js'
import { parseToml } from './toml.js'

export type { DataSource } from './data-source.js'

type Range = [number, number, number]

/** Strict YAML (or TOML for a `.toml` file); every error is reported with its place and the file gives no agent. */
export function parseData(file: VFile): DataSource | undefined {
  if (/\.toml$/i.test(file.path)) return parseToml(file)
  const text = String(file.value)
  const lines = new LineCounter()
  // logLevel `error`: the library's warnings would reach stderr raw, through process.emitWarning (yaml dist/log.js, 2.x); agentdef says what matters itself.
  const doc = YAML.parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, logLevel: 'error' })
  for (const warning of doc.warnings.slice(0, 10)) {
    report(file, 'data-invalid', { error: false, problem: firstLine(warning.message) }, place(warning.linePos))
  }
  if (doc.errors.length > 0) {
    // With errors, toJS() still returns a value, and it is wrong: never used.
    for (const error of doc.errors.slice(0, 10)) report(file, 'data-invalid', { error: true, problem: firstLine(error.message) }, place(error.linePos))
    if (doc.errors.length > 10) report(file, 'data-invalid', { error: true, more: doc.errors.length - 10 }, place(doc.errors[10]!.linePos))
    return undefined
  }
  let data: unknown
  try {
    // An unresolved alias (`tools: *`) leaves `errors` empty and throws here.
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    let at = { line: 1, column: 1 }
    YAML.visit(doc, {
      Alias(_key, node) {
        if (node.range) at = toPlace(lines.linePos(node.range[0]))
        return YAML.visit.BREAK
      },
    })
    report(file, 'data-invalid', { error: true, unreadable: (error as Error).message }, at)
    return undefined
  }
  return {
    data,
    text,
    lineOf: (path) => positionOf(doc, text, lines, path)?.start.line,
    valueLine: (path) => valueLine(doc, text, lines, path),
    positionOf: (path) => positionOf(doc, text, lines, path),
    valuePosition: (path) => valuePosition(doc, text, lines, path),
    pointIn: (path, offset) => pointIn(doc, text, lines, path, offset),
  }
}

function point(lines: LineCounter, offset: number): Point {
  const { line, col } = lines.linePos(offset)
  return { line, column: col, offset }
}

/** From `start` to `end` without the blank space before it (a collection's range ends after its last line break). */
function span(text: string, lines: LineCounter, start: number, end: number): Position {
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start: point(lines, start), end: point(lines, end) }
}

function positionOf(doc: Document.Parsed, text: string, lines: LineCounter, path: readonly (string | number)[]): Position | undefined {
  const parentPath = path.slice(0, -1)
  const last = path[path.length - 1]
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true)
  if (YAML.isMap(parent)) {
    const pair = parent.items.find((p) => YAML.isScalar(p.key) && p.key.value === last)
    const key = pair?.key as { range?: Range } | undefined
    const value = pair?.value as { range?: Range } | null | undefined
    const start = (key?.range ?? value?.range)?.[0]
    if (start !== undefined) return span(text, lines, start, Math.max(key?.range?.[1] ?? 0, value?.range?.[1] ?? 0))
  }
  const node = doc.getIn(path, true) as { range?: Range } | undefined
  return node?.range ? span(text, lines, node.range[0], node.range[1]) : undefined
}

function valuePosition(doc: Document.Parsed, text: string, lines: LineCounter, path: readonly (string | number)[]): Position | undefined {
  const node = doc.getIn(path, true) as { range?: Range } | undefined
  if (!node?.range) return undefined
  const quoted = YAML.isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? 1 : 0
  return span(text, lines, node.range[0] + quoted, node.range[1] - quoted)
}

function pointIn(doc: Document.Parsed, text: string, lines: LineCounter, path: readonly (string | number)[], offset: number): Point | undefined {
  const node = doc.getIn(path, true)
  if (!YAML.isScalar(node) || typeof node.value !== 'string' || !node.range) return valuePosition(doc, text, lines, path)?.start
  const [start, end] = node.range
  const value = node.value
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    // The block's lines, after its header line and without their indentation; the value starts on the first that is not blank.
    const first = text.indexOf('\n', start) + 1
    const body = text.slice(first, end).split('\n')
    const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length))
    if (!Number.isFinite(indent)) return valuePosition(doc, text, lines, path)?.start
    const top = body.findIndex((l) => l.trim() !== '')
    const before = value.slice(0, offset).split('\n')
    let line = before.length - 1
    let column = before.at(-1)!.length
    // A literal block keeps its lines; a folded one joins them: there, only a place in its first line is told apart.
    const kept = node.type === 'BLOCK_LITERAL' ? line < body.length : line === top && column <= body[top]!.length - indent
    if (!kept) [line, column] = [top, 0]
    const lineStart = first + body.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0)
    return point(lines, lineStart + indent + column)
  }
  if (!value.includes('\n')) {
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0
    if (text.slice(start + quoted, end - quoted) === value) return point(lines, start + quoted + offset)
  }
  return valuePosition(doc, text, lines, path)?.start
}

function valueLine(doc: Document.Parsed, text: string, lines: LineCounter, path: readonly (string | number)[]): number | undefined {
  const node = doc.getIn(path, true)
  if (!YAML.isScalar(node) || !node.range) return positionOf(doc, text, lines, path)?.start.line
  const line = lines.linePos(node.range[0]).line
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
  return block ? line + 1 : line
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

function place(linePos: YAML.YAMLError['linePos']): { line: number; column: number } {
  return linePos ? toPlace(linePos[0]) : { line: 1, column: 1 }
}

function toPlace(pos: { line: number; col: number }): { line: number; column: number } {
  return { line: pos.line, column: pos.col }
}
