/**
 * A config file's text → its data, by the file's form: JSON and JSONC through
 * jsonc-parser (comments and trailing commas allowed, as in tsconfig.json), YAML through
 * `yaml` (strict, unique keys), `.mjs` through its default export, loaded in a child
 * process so that a config's code can neither hang the build (30 s limit) nor touch
 * its state. Errors name the line and column.
 */
import { execFileSync } from 'node:child_process'
import { basename, extname } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { parseDocument } from 'yaml'

/** A config that cannot be parsed: where and why. */
export class FormError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message)
  }
}

const MJS_TIMEOUT_MS = 30_000

export function parseConfig(path: string, text: string): unknown {
  const ext = extname(path).toLowerCase()
  if (ext === '.mjs') return loadModule(path)
  if (ext === '.yaml' || ext === '.yml') return parseYaml(text)
  const data = parseJson(text)
  return basename(path) === 'package.json' ? (data as Record<string, unknown>).agentdef : data
}

function parseJson(text: string): unknown {
  const errors: ParseError[] = []
  const data = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false })
  const [first] = errors
  if (first) {
    const { line, column } = placeOf(text, first.offset)
    throw new FormError(`not valid JSON: ${printParseErrorCode(first.error)}`, line, column)
  }
  return data
}

function parseYaml(text: string): unknown {
  const doc = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: false, logLevel: 'error' })
  const [first] = doc.errors
  if (first) {
    const { line, column } = placeOf(text, first.pos[0])
    throw new FormError(`not valid YAML: ${first.message.split('\n')[0]}`, line, column)
  }
  return doc.toJS({ maxAliasCount: 100 })
}

/** The default export, as JSON (functions and classes are no settings). */
function loadModule(path: string): unknown {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(path).href)}); process.stdout.write(JSON.stringify(m.default ?? null))`
  let out: string
  try {
    out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: MJS_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 })
  } catch (error) {
    const e = error as { signal?: string; stderr?: string; message: string }
    if (e.signal === 'SIGTERM') throw new FormError(`loading it took over ${MJS_TIMEOUT_MS / 1000} s`)
    const reason = (e.stderr ?? '').split('\n').find((l) => /Error|error/.test(l)) ?? e.message.split('\n')[0]
    throw new FormError(`loading it failed: ${reason?.trim()}`)
  }
  return JSON.parse(out) as unknown
}

function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}
