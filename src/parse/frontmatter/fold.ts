/** Plain multi-line text as YAML reads it, and as authors meant it. */

/** YAML's folding of a plain multi-line scalar: a line break is a space, each blank line a newline. */
export function foldPlain(lines: string[]): string {
  let out = ''
  let blanks = 0
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') {
      blanks++
      continue
    }
    if (out !== '') out += blanks > 0 ? '\n'.repeat(blanks) : ' '
    out += line
    blanks = 0
  }
  return out
}

export function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length)
  const min = indents.reduce((a, b) => Math.min(a, b), Infinity)
  if (min === Infinity) return lines
  return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)![0].length)))
}
