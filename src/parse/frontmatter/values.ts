/** Recovery, step two: the value of one entry the strict parser rejected, read by its shape. */
import { message, type Message } from '../../diagnostics/report.js'
import { dedent, foldPlain } from './fold.js'
import { valueOf } from './keys.js'
import { readQuoted, type Finding } from './quoted.js'
import { isMapping, strictParse } from './yaml.js'

export type { Finding } from './quoted.js'

/** @param base the 1-based line of the file where the entry starts, for messages that name a line */
export function readEntry(key: string, lines: string[], found: Finding[], base: number): unknown {
  const head = valueOf(lines[0]!)
  const first = head.text
  const rest = lines.slice(1)
  const at = (finding: Message, line = 0, column = head.column) => found.push({ message: finding, line, column })

  if (rest.length === 0) return readScalar(key, first, head.column, found)

  if (/^[|>][+-]?\d*$/.test(first)) {
    // A block scalar whose body is not indented consistently: keep the lines as they are.
    at(message('yaml-invalid-value', { key, block: true }))
    return dedent(rest).join('\n')
  }
  if (/^["']/.test(first)) return readQuoted(key, [first, ...rest], head.column, found, base)

  const unindented = rest.findIndex((l) => l.trim() !== '' && !/^[ \t]/.test(l))
  if (unindented !== -1) {
    // Seed 001: invalid in any YAML reading. The lines are prose (often `<example>` blocks)
    // whose breaks matter, so they are kept as written, not folded.
    // Reported where the problem is: the first line that is not indented.
    at(message('yaml-unindented-continuation', { key, quoted: false, line: base, more: rest.length }), 1 + unindented, 1)
    return [first, ...dedent(rest)].join('\n').trim()
  }

  if (first === '') {
    // A nested list or mapping with a bad value inside: quote the bad values and parse again.
    const repaired = repairNested(key, lines, found)
    if (repaired.ok) return repaired.value
    found.length = 0
    if (!rest.some((l) => /^[ \t]*(-[ \t]|-$|[\w.-]+[ \t]*:([ \t]|$))/.test(l))) {
      at(message('yaml-invalid-value', { key, where: 'value', read: 'plain' }))
      return foldPlain(rest)
    }
    at(message('yaml-invalid-value', { key, where: 'value', read: 'kept' }))
    return dedent(rest).join('\n')
  }

  // A plain scalar continued on indented lines: fold it as YAML would (a line break is a
  // space, a blank line a newline) and name the reason it failed.
  const colonLine = [first, ...rest].findIndex((l) => /:[ \t]/.test(l.trim()) || l.trim().endsWith(':'))
  if (first.startsWith('*')) {
    at(message('yaml-alias-value', { key, where: 'value' }))
  } else if (colonLine !== -1) {
    const text = colonLine === 0 ? lines[0]! : rest[colonLine - 1]!
    const from = colonLine === 0 ? head.column - 1 : 0
    at(message('yaml-unquoted-colon', { key, where: 'value' }), colonLine, colonColumn(text, from))
  } else {
    at(message('yaml-invalid-value', { key, where: 'value', read: 'plain' }))
  }
  const folded = foldPlain([first, ...rest])
  return (/^\[.*\]$/s.test(folded) && repairFlowList(folded)) || folded
}

/** 1-based column of the first `: ` (or line-ending `:`) in `line` at or after index `from`. */
function colonColumn(line: string, from: number): number {
  const match = /:(?=[ \t]|$)/.exec(line.slice(from))
  return match ? from + match.index + 1 : from + 1
}

/** A one-line value that is not valid YAML. */
function readScalar(key: string, first: string, column: number, found: Finding[]): unknown {
  const at = (finding: Message, col = column) => found.push({ message: finding, line: 0, column: col })
  if (first.startsWith('*')) {
    // `tools: *` means all tools; `globs: **/*.ts` is a pattern. YAML reads both as an alias.
    at(message('yaml-alias-value', { key, where: 'value' }))
    return first
  }
  if (/^["']/.test(first)) return readQuoted(key, [first], column, found, 0)
  if (/^\[.*\]$/.test(first)) {
    const list = repairFlowList(first)
    if (list !== undefined) {
      const alias = list.some((item) => item.startsWith('*'))
      at(alias ? message('yaml-alias-value', { key, where: 'item' }) : message('yaml-invalid-value', { key, where: 'item', read: 'plain' }))
      return list
    }
  }
  if (/:(?=[ \t]|$)/.test(first)) {
    // Claude Code's own loader retries such values quoted; strict readers reject them.
    at(message('yaml-unquoted-colon', { key, where: 'value' }), column + colonColumn(first, 0) - 1)
    return first
  }
  const reserved = /^[@`%!&|>]/.exec(first)?.[0]
  at(reserved ? message('yaml-invalid-value', { key, reserved }) : message('yaml-invalid-value', { key, where: 'value', read: 'plain' }))
  return first
}

/** `[Read, *, Bash]` → its items as plain strings, when the list holds no nesting or quotes. */
function repairFlowList(text: string): string[] | undefined {
  const inner = text.slice(1, -1)
  if (/[[\]{}"']/.test(inner)) return undefined
  return inner
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/**
 * A nested list or mapping whose leaves are broken in a one-line way (`- *`, `key: a: b`):
 * each such leaf is quoted as a JSON string, then the whole is parsed again.
 */
function repairNested(key: string, lines: string[], found: Finding[]): { ok: true; value: unknown } | { ok: false } {
  const leaf = /^([ \t]*(?:-[ \t]+)?(?:[\w.-]+[ \t]*:[ \t]+|-[ \t]+))(.+)$/
  const repaired = lines.map((line, i) => {
    if (i === 0) return line
    const match = leaf.exec(line)
    if (!match) return line
    const value = match[2]!.trim()
    if (strictParse(`v: ${value}`).ok) return line
    const column = match[1]!.length + 1
    if (value.startsWith('*')) {
      found.push({ message: message('yaml-alias-value', { key, where: 'nested' }), line: i, column })
    } else if (/:(?=[ \t]|$)/.test(value)) {
      found.push({ message: message('yaml-unquoted-colon', { key, where: 'nested' }), line: i, column: column + colonColumn(value, 0) - 1 })
    } else {
      found.push({ message: message('yaml-invalid-value', { key, where: 'nested', read: 'plain' }), line: i, column })
    }
    return match[1]! + JSON.stringify(value)
  })
  if (found.length === 0) return { ok: false }
  const parsed = strictParse(repaired.join('\n'))
  if (parsed.ok && isMapping(parsed.value)) {
    const values = Object.values(parsed.value)
    if (values.length === 1) return { ok: true, value: values[0] }
  }
  return { ok: false }
}
