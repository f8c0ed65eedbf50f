/**
 * `.gitignore` and `.agentdefignore`: a file either names is not an input when it is
 * found in a folder or by a glob (a file named on the command line is always read).
 * As git does, each folder's rules apply to what lies below it, from the top of the
 * repository down, and a deeper rule wins (`!keep.md` re-includes). The top is the
 * folder holding `.git` above the input; with no repository, the input folder itself.
 * The patterns are matched by the `ignore` package (gitignore's own semantics).
 */
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { readBounded } from './read-bounded.js'

export const IGNORE_FILES = ['.gitignore', '.agentdefignore'] as const

/** An ignore file is text a person writes; one past this size is not read. */
const IGNORE_FILE_LIMIT = 1024 * 1024

interface Level {
  base: string
  rules: Ignore
}

export class IgnoreRules {
  /** Each folder's chain of levels, from the top down, memoised. */
  private readonly chains = new Map<string, Level[]>()
  /** Ignore files that could not be read, with the reason: said once, then treated as empty. */
  readonly unreadable: { path: string; reason: string }[] = []

  /** @param top the folder above which no rules are read. */
  constructor(private readonly top: string) {}

  /** Whether `path` (absolute, below the top) is ignored; `folder` when it is one (`build/` matches folders only). */
  ignores(path: string, folder: boolean): boolean {
    let ignored = false
    for (const level of this.chainOf(dirname(path))) {
      const rel = relative(level.base, path).split(sep).join('/')
      if (rel === '' || rel.startsWith('..')) continue
      const result = level.rules.test(folder ? `${rel}/` : rel)
      if (result.ignored) ignored = true
      else if (result.unignored) ignored = false
    }
    return ignored
  }

  private chainOf(dir: string): Level[] {
    const known = this.chains.get(dir)
    if (known) return known
    const fromTop = relative(this.top, dir)
    if (fromTop.startsWith('..') || isAbsolute(fromTop)) {
      this.chains.set(dir, [])
      return []
    }
    const above = fromTop === '' ? [] : this.chainOf(dirname(dir))
    const rules = this.rulesOf(dir)
    const chain = rules ? [...above, { base: dir, rules }] : above
    this.chains.set(dir, chain)
    return chain
  }

  private rulesOf(dir: string): Ignore | undefined {
    let rules: Ignore | undefined
    for (const name of IGNORE_FILES) {
      const path = join(dir, name)
      if (!existsSync(path)) continue
      const read = readBounded(path, IGNORE_FILE_LIMIT)
      if (!('bytes' in read)) {
        const reason = 'error' in read ? read.error : 'tooLarge' in read ? `over ${IGNORE_FILE_LIMIT} bytes` : `${read.notFile}, not a file`
        this.unreadable.push({ path, reason })
        continue
      }
      rules ??= ignore()
      rules.add(Buffer.from(read.bytes).toString('utf8'))
    }
    return rules
  }
}

/** The top of the git repository holding `dir` (the nearest folder with `.git`), else `dir` itself. */
export function topOf(dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at
    if (dirname(at) === at) return dir
  }
}
