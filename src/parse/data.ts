/**
 * Agent definitions that are data files, not Markdown: YAML or JSON (JSON is
 * read by the YAML parser too, so both give node positions). One strict parse;
 * then the shape of the value decides the dialect (see the registry's `data`
 * readers).
 */
import YAML, { LineCounter, type Document } from 'yaml'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'

/** A parsed data file: its value, its text, and the lines its nodes start on. */
export interface DataSource {
  data: unknown
  text: string
  /** The 1-based line where the node at `path` starts (its key when it is a map entry). */
  lineOf(path: readonly (string | number)[]): number | undefined
  /** The 1-based line where the text of a string value starts (after `|` or `>` for block scalars). */
  valueLine(path: readonly (string | number)[]): number | undefined
}

/** Strict YAML; every error is reported with its place and the file gives no agent. */
export function parseData(file: VFile): DataSource | undefined {
  const text = String(file.value)
  const lines = new LineCounter()
  const doc = YAML.parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true })
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
    lineOf: (path) => lineOf(doc, lines, path),
    valueLine: (path) => valueLine(doc, lines, path),
  }
}

function lineOf(doc: Document.Parsed, lines: LineCounter, path: readonly (string | number)[]): number | undefined {
  const parentPath = path.slice(0, -1)
  const last = path[path.length - 1]
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true)
  if (YAML.isMap(parent)) {
    const pair = parent.items.find((p) => YAML.isScalar(p.key) && p.key.value === last)
    const node = (pair?.key ?? pair?.value) as { range?: [number, number, number] } | undefined
    if (node?.range) return lines.linePos(node.range[0]).line
  }
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
  return node?.range ? lines.linePos(node.range[0]).line : undefined
}

function valueLine(doc: Document.Parsed, lines: LineCounter, path: readonly (string | number)[]): number | undefined {
  const node = doc.getIn(path, true)
  if (!YAML.isScalar(node) || !node.range) return lineOf(doc, lines, path)
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
