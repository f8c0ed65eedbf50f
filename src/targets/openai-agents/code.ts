/**
 * Pieces of the TypeScript module, made only by serialisers: every string literal
 * is JSON.stringify's (a JSON string is a valid string literal in ECMAScript 2019+
 * and TypeScript, U+2028 and U+2029 included), every identifier is made of
 * ASCII letters and digits and ends with a word no keyword ends with.
 */

/** A string as a literal; a text of several lines as an array of one literal per line, joined, so that a prompt reads line by line. */
export function textLiteral(text: string, indent: string): string {
  const lines = text.split('\n')
  if (lines.length === 1) return JSON.stringify(text)
  return `[\n${lines.map((line) => `${indent}  ${JSON.stringify(line)},`).join('\n')}\n${indent}].join(${JSON.stringify('\n')})`
}

/** A value as a JSON literal (an object literal TypeScript reads), its lines indented to sit at `indent`. */
export function jsonLiteral(value: unknown, indent: string): string {
  // A JSON string never holds a raw line break: every `\n` here is between tokens.
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)
}

/** `code-reviewer` + `Agent` → `codeReviewerAgent`; one that would start with a digit starts with `_`. */
export function identifier(name: string, suffix: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean)
  const camel = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('')
  const base = camel === '' ? 'my' : camel
  return `${/^\d/.test(base) ? '_' : ''}${base}${suffix}`
}

/** Identifiers, each once: the second `readFileTool` is `readFileTool2`. */
export function uniqueIdentifiers(): (name: string, suffix: string) => string {
  const used = new Set<string>()
  return (name, suffix) => {
    const first = identifier(name, suffix)
    let id = first
    for (let n = 2; used.has(id); n++) id = `${first}${n}`
    used.add(id)
    return id
  }
}
