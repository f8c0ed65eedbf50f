/**
 * Input paths → the files to compile, in a stable order. An input is a file (always
 * read, whatever its name), a folder (searched recursively for the files some
 * dialect reads) or a glob (`'agents/**\/*.md'`, expanded by tinyglobby). In folders
 * and globs: `.gitignore` and `.agentdefignore` are honoured, `.git` and
 * `node_modules` are passed over, a symbolic link is followed when it stays inside
 * the input root and reported otherwise, and each file is read once, by real path.
 * The output root is never an input: a folder inside an input is passed over by real
 * path, and where the output root holds the inputs (`build . --out .`, the native
 * layout) the files its manifest lists are left out.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import ignore from 'ignore'
import { globSync, isDynamicPattern } from 'tinyglobby'
import { IgnoreRules, topOf } from './ignore-rules.js'
import { classify } from './names.js'
import { kindOf } from './read-bounded.js'

const SKIP_DIRS = new Set(['.git', 'node_modules'])

export interface FindOptions {
  /** The output root. */
  out?: string
  /** Absolute paths of the files agentdef wrote there (its manifest's): never inputs. */
  written?: ReadonlySet<string>
  /** Where relative globs are expanded. Default: the process's working folder. */
  cwd?: string
  /** More paths to leave out, in `.gitignore` syntax, each group relative to its base (`--exclude`: the working folder; the config's `exclude`: its folder). */
  exclude?: readonly ExcludeGroup[]
}

export interface ExcludeGroup {
  patterns: readonly string[]
  base: string
}

export interface LinkNote {
  path: string
  /** Where the link leads, as it reads. */
  target: string
  /** `outside` the input root, `broken`, or leading `again` to what was already read (at `as`). */
  reason: 'outside' | 'broken' | 'again'
  root?: string
  as?: string
}

export interface Inputs {
  files: string[]
  /** Paths that do not exist. */
  missing: string[]
  /** Globs that match no file. */
  unmatched: string[]
  skipped: string[]
  /** Project instruction files found in a folder (`AGENTS.md`), skipped with a note of their own. */
  instructions: string[]
  /** Paths that could not be listed or are no file (a FIFO, a device), with the reason. */
  unreadable: { path: string; reason: string }[]
  links: LinkNote[]
  /** How many files an ignore file left out (said in the `input-none` message). */
  ignored: number
}

const inside = (path: string, root: string) => {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

export function findInputs(paths: string[], options: FindOptions = {}): Inputs {
  const cwd = options.cwd ?? process.cwd()
  const result: Inputs = { files: [], missing: [], unmatched: [], skipped: [], instructions: [], unreadable: [], links: [], ignored: 0 }
  /** Real path → the path it was first found at. */
  const files = new Map<string, string>()
  const folders = new Map<string, string>()
  const outReal = realOrUndefined(options.out === undefined || options.out === '' ? undefined : resolve(cwd, options.out))
  const written = options.written ?? new Set<string>()
  const excluders = (options.exclude ?? []).map((group) => excluderOf(group.patterns, resolve(cwd, group.base)))
  const excluded = (path: string, folder: boolean) => excluders.some((test) => test(path, folder))

  /** A file found in a folder or by a glob: once per real path, unless agentdef wrote it. */
  const found = (path: string, real: string, siblings: readonly string[]) => {
    if (written.has(real) || written.has(resolve(path))) return
    const kind = classify(path.slice(path.lastIndexOf(sep) + 1), path, siblings)
    if (kind === 'other') return
    const first = files.get(real)
    if (first !== undefined) return
    files.set(real, path)
    if (kind === 'agent') result.files.push(path)
    else if (kind === 'instructions') result.instructions.push(path)
    else result.skipped.push(path)
  }

  /** A symbolic link met in a folder or by a glob, followed when it stays inside `root`. */
  const link = (path: string, root: string, rules: IgnoreRules, siblings: readonly string[]): void => {
    let real: string
    let stats
    try {
      real = realpathSync(resolve(cwd, path))
      stats = statSync(real)
    } catch {
      result.links.push({ path, target: readLink(resolve(cwd, path)), reason: 'broken' })
      return
    }
    if (!inside(real, root)) {
      // Only links that could be inputs are worth a word: a link to a folder, or to a file of a name some dialect reads.
      if (stats.isDirectory() || classify(path.slice(path.lastIndexOf(sep) + 1), path, siblings) !== 'other') result.links.push({ path, target: readLink(resolve(cwd, path)), reason: 'outside', root })
      return
    }
    if (stats.isDirectory()) {
      const seen = folders.get(real)
      if (seen !== undefined) result.links.push({ path, target: readLink(resolve(cwd, path)), reason: 'again', as: seen })
      else walk(path, real, root, rules)
    } else if (stats.isFile()) {
      const seen = files.get(real)
      if (seen !== undefined && seen !== path) {
        if (classify(path.slice(path.lastIndexOf(sep) + 1), path, siblings) !== 'other') result.links.push({ path, target: readLink(resolve(cwd, path)), reason: 'again', as: seen })
      } else found(path, real, siblings)
    }
  }

  const walk = (dir: string, real: string, root: string, rules: IgnoreRules): void => {
    // The output folder inside an input: never searched. When it holds the input, the manifest's files are left out instead.
    if (real === outReal && real !== root) return
    folders.set(real, dir)
    let entries: Dirent[]
    try {
      // Listed from `cwd`, which need not be the process's working folder (the library's `build({ cwd })`).
      entries = readdirSync(resolve(cwd, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    } catch (error) {
      // A folder that cannot be listed (too long a path, no permission): said for that folder; the others go on.
      result.unreadable.push({ path: dir, reason: (error as Error).message })
      return
    }
    const siblings = entries.filter((e) => e.isFile()).map((e) => e.name)
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue
      if (rules.ignores(join(real, entry.name), entry.isDirectory()) || excluded(resolve(cwd, path), entry.isDirectory())) {
        result.ignored++
        continue
      }
      if (entry.isDirectory()) walk(path, join(real, entry.name), root, rules)
      else if (entry.isFile()) found(path, join(real, entry.name), siblings)
      else if (entry.isSymbolicLink()) link(path, root, rules, siblings)
      else if (classify(entry.name, path, siblings) !== 'other') {
        // A FIFO or a device under an agent's name: said, never opened.
        result.unreadable.push({ path, reason: `${kindOf(lstatSync(resolve(cwd, path))) ?? 'not a regular file'}, not a file` })
      }
    }
  }

  const expand = (pattern: string): void => {
    const base = resolve(cwd, globBase(pattern))
    const root = realOrUndefined(base) ?? base
    const rules = new IgnoreRules(topOf(root))
    const matches = globSync(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] }).sort()
    if (matches.length === 0) result.unmatched.push(pattern)
    for (const match of matches) {
      const path = relative(cwd, match) === '' ? match : isAbsolute(pattern) ? match : relative(cwd, match)
      if (outReal !== undefined && !inside(outReal, root) && inside(realOrUndefined(match) ?? match, outReal)) continue
      if (rules.ignores(realOrUndefined(match) ?? match, false) || excluded(match, false)) {
        result.ignored++
        continue
      }
      const siblings = listNames(dirname(match))
      let stats
      try {
        stats = lstatSync(match)
      } catch {
        continue
      }
      if (stats.isSymbolicLink()) link(path, root, rules, siblings)
      else found(path, realOrUndefined(match) ?? match, siblings)
    }
    for (const { path, reason } of rules.unreadable) result.unreadable.push({ path, reason })
  }

  for (const path of paths) {
    let stats
    try {
      stats = statSync(resolve(cwd, path))
    } catch {
      if (isDynamicPattern(path)) expand(path)
      else result.missing.push(path)
      continue
    }
    const real = realOrUndefined(resolve(cwd, path)) ?? resolve(cwd, path)
    if (stats.isDirectory()) {
      const rules = new IgnoreRules(topOf(real))
      walk(path, real, real, rules)
      for (const { path: at, reason } of rules.unreadable) result.unreadable.push({ path: at, reason })
    } else if (!files.has(real)) {
      // Named: read whatever its name; a FIFO or a device is refused when it is read.
      files.set(real, path)
      result.files.push(path)
    }
  }
  return result
}

/** Whether a path (absolute) is one the `exclude` patterns name; paths outside `base` never are. */
function excluderOf(patterns: readonly string[], base: string): (path: string, folder: boolean) => boolean {
  if (patterns.length === 0) return () => false
  const rules = ignore().add([...patterns])
  return (path, folder) => {
    const rel = relative(base, path).split(sep).join('/')
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false
    return rules.ignores(folder ? `${rel}/` : rel)
  }
}

/** The folder a glob starts from: its parts before the first one with a wildcard. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/')
  const fixed: string[] = []
  for (const part of parts) {
    if (isDynamicPattern(part)) break
    fixed.push(part)
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/'
}

function realOrUndefined(path: string | undefined): string | undefined {
  if (path === undefined) return undefined
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

/** The link's own text, as `ls -l` shows it. */
function readLink(path: string): string {
  try {
    return readlinkSync(path)
  } catch {
    return path
  }
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)
  } catch {
    return []
  }
}
