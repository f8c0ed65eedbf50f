/**
 * Claude Code's path patterns (`Edit(docs/**)`, gitignore-style: a pattern without
 * `/` matches at any depth, `/x` and `x/y` from the project's root) as one regular
 * expression for Roo Code's `fileRegex`, which it tests against the path, relative
 * to the workspace, that an edit tool is given (src/core/tools/validateToolUse.ts,
 * 2026-04-14). Absolute (`//x`) and home (`~/x`) patterns have none.
 */

/** One regex matching any of the globs; undefined when one of them has none. */
export function globsToRegex(globs: readonly string[]): string | undefined {
  const parts: string[] = []
  for (const glob of globs) {
    const part = globToRegex(glob)
    if (part === undefined) return undefined
    if (!parts.includes(part)) parts.push(part)
  }
  return parts.length === 1 ? parts[0] : parts.map((p) => `(?:${p})`).join('|')
}

function globToRegex(glob: string): string | undefined {
  if (glob === '' || glob.startsWith('//') || glob.startsWith('~')) return undefined
  let path = glob.replace(/^\.\//, '')
  const rooted = path.includes('/') && !/^\*\*\/?/.test(path)
  path = path.replace(/^\//, '')
  if (path.endsWith('/')) path += '**'
  let out = ''
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!
    if (path.startsWith('**/', i)) {
      out += '(?:.*/)?'
      i += 2
    } else if (path.startsWith('**', i)) {
      out += '.*'
      i += 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '{') {
      const end = path.indexOf('}', i)
      if (end === -1) return undefined
      const options = path.slice(i + 1, end).split(',').map((o) => o.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
      out += `(?:${options.join('|')})`
      i = end
    } else out += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&')
  }
  return `${rooted ? '^' : '(?:^|/)'}${out}$`
}
