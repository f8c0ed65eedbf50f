/**
 * Repairs frontmatter fences that remark-frontmatter would not recognise, before
 * parsing: a closing fence longer than `---`, or a whole file indented. Repairs
 * keep the number of lines, so every position reported later is still right.
 */
import type { VFile } from 'vfile'
import { report } from '../report/rules.js'

const OPEN = /^---[ \t]*$/
const CLOSE = /^-{3,}[ \t]*$/

export function repairFences(text: string, file: VFile): string {
  let lines = text.split('\n')
  const indented = /^([ \t]+)---[ \t]*$/.exec(lines[0] ?? '')
  if (indented) {
    const indent = indented[1]!
    lines = lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
    report(file, 'warning', 'fence-indented', `File is indented by ${indent.length} characters; read it dedented`, {
      line: 1,
      column: 1,
    })
  }
  if (!OPEN.test(lines[0] ?? '')) return indented ? lines.join('\n') : text
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (!CLOSE.test(line)) continue
    if (line.trimEnd().length > 3) {
      report(file, 'warning', 'fence-long', `Closing fence has ${line.trimEnd().length} dashes; read it as \`---\``, {
        line: i + 1,
        column: 1,
      })
      lines[i] = '---'
    }
    return lines.join('\n')
  }
  return lines.join('\n')
}
