/**
 * Stage 5, write: only inside the output folder, each file atomically (temporary
 * file + rename), or compared byte for byte in check mode. "Inside" is decided on
 * real paths: a folder on the way that is a symbolic link leading out of the output
 * root (`<out>/claude -> /somewhere`) makes that output an error, never a write there,
 * and so does an output path that is itself a link.
 */
import { existsSync, lstatSync, statSync, type Stats, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'

/** The absolute path of `rel` inside `outDir`, or undefined when it would leave it (lexically: `..`, absolute). */
export function insideOut(outDir: string, rel: string): string | undefined {
  if (isAbsolute(rel) || rel.split(/[\\/]/).some((part) => part === '..' || part === '')) return undefined
  const root = resolve(outDir)
  const full = resolve(root, rel)
  const back = relative(root, full)
  return back === '' || back.startsWith('..') || isAbsolute(back) ? undefined : full
}

/**
 * The absolute path of `rel` inside `outDir` once symbolic links are resolved, or the
 * reason it is not: the nearest part of the path that exists must lie, by real path,
 * inside the output root's real path, and the file itself must not be a link.
 */
export function containedPath(outDir: string, rel: string, checks?: FolderChecks, empty?: ReadonlySet<string>): { full: string; stats?: Stats } | { problem: string } {
  const full = insideOut(outDir, rel)
  if (!full) return { problem: 'the path leaves the output folder' }
  // A folder the build made, which holds nothing but its temporaries yet (`empty`): no file there to look at.
  const stats = empty?.has(dirname(full)) ? undefined : lstatOf(full)
  if (stats?.isSymbolicLink()) return { problem: 'it is a symbolic link; agentdef writes only regular files it owns' }
  // A folder is checked once a build (`checks`): thousands of outputs share a few folders
  // (a cached rebuild of the corpus spent 0.5 s of 9 s in `realpath` before).
  const folder = dirname(full)
  const known = checks?.get(folder)
  const found = stats ? { full, stats } : { full }
  if (known !== undefined) return known === '' ? found : { problem: known }
  const problem = folderProblem(outDir, folder)
  // A folder that does not exist yet is checked again when next asked for (it may have been made since).
  if (problem !== undefined || existsSync(folder)) checks?.set(folder, problem ?? '')
  return problem === undefined ? found : { problem }
}

/** Folders already checked in this build, by absolute path: `''` when inside the output folder, else the problem. */
export type FolderChecks = Map<string, string>

/** Why `folder` (absolute, inside `outDir` by its path) leads outside the output folder through a symbolic link, or undefined. */
function folderProblem(outDir: string, folder: string): string | undefined {
  const root = resolve(outDir)
  let rootReal: string
  try {
    // The native call: one system call, where the JS one stats each part of the path.
    rootReal = realpathSync.native(root)
  } catch {
    // No output folder yet: nothing below it exists, so nothing can lead out.
    return undefined
  }
  for (let at = folder; ; at = dirname(at)) {
    let real: string
    try {
      real = realpathSync.native(at)
    } catch {
      if (at === root || dirname(at) === at) return undefined
      continue
    }
    const back = relative(rootReal, real)
    if (back.startsWith('..') || isAbsolute(back)) return `\`${relative(root, at) || '.'}\` leads outside the output folder (through a symbolic link, to ${real})`
    return undefined
  }
}

/** What is at `path` (not following a link), or undefined when nothing is. */
export function lstatOf(path: string): Stats | undefined {
  try {
    // No file is the common case of a fresh build: told without an exception (its stack trace cost 30 µs an output).
    return lstatSync(path, { throwIfNoEntry: false })
  } catch {
    return undefined
  }
}

/** What is at `path` following links (an output folder may be one), or undefined when nothing is. */
export function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false })
  } catch {
    return undefined
  }
}

export type WriteState = 'written' | 'unchanged' | 'drift'

/** `write`: write it; `check`: compare only (`--check`); `dry-run`: say what a write would do, write nothing. */
export type WriteMode = 'write' | 'check' | 'dry-run'

/** One file of the output folder written whole, unless it holds these bytes already: the manifest (the outputs go through ./stage.ts). Throws when it cannot be. */
export function writeWhole(outDir: string, rel: string, content: string): void {
  const place = containedPath(outDir, rel)
  if (!('full' in place)) throw new Error(place.problem)
  const full = place.full
  const bytes = Buffer.from(content, 'utf8')
  if (readIfThere(full)?.equals(bytes)) return
  const { temp } = writeTemp(full, bytes)
  try {
    renameSync(temp, full)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/** The bytes of the file at `full`, or undefined when there is none to read. */
export function readIfThere(full: string): Buffer | undefined {
  try {
    return readFileSync(full)
  } catch {
    return undefined
  }
}

let tempCount = 0

/**
 * `bytes` complete in a temporary file beside `full` (`.agentdef-tmp-<pid>-<hex>`), to be
 * renamed into place; with the first folder it had to make, if any. Throws, leaving no file.
 */
export function writeTemp(full: string, bytes: Uint8Array): { temp: string; made?: string } {
  const folder = dirname(full)
  // Unique in this process by a counter (random bytes cost 20 µs a file); another process has another pid.
  const temp = join(folder, `.agentdef-tmp-${process.pid}-${(tempCount++ >>> 0).toString(16).padStart(8, '0')}`)
  let made: string | undefined
  try {
    try {
      writeFileSync(temp, bytes)
    } catch (error) {
      // The folder does not exist yet: made then, so that a file in an existing folder pays no `mkdir`.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      made = mkdirSync(folder, { recursive: true })
      writeFileSync(temp, bytes)
    }
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  return made === undefined ? { temp } : { temp, made }
}

/** Remove an output agentdef wrote; the reason when it cannot (a link leading out, a system error). */
export function removeOutput(outDir: string, rel: string): string | undefined {
  const place = containedPath(outDir, rel)
  if (!('full' in place)) return place.problem
  try {
    rmSync(place.full, { force: true })
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

/** `.agentdef-tmp-<pid>-<hex>`: the temporary file of a write, renamed into place when it is complete. */
const TEMP = /^\.agentdef-tmp-(\d+)-[0-9a-f]{8}$/

/**
 * Temporary files a build left when it was stopped mid-way (killed, power cut), in the
 * given folders: those of a process that no longer runs, or of this one before it has
 * written anything. Removed; returns their paths relative to `outDir`.
 */
export function removeStaleTemps(outDir: string, folders: Iterable<string>): string[] {
  const removed: string[] = []
  for (const folder of new Set(folders)) {
    const place = folder === '' ? { full: resolve(outDir) } : containedPath(outDir, folder)
    if (!('full' in place)) continue
    let names: string[]
    try {
      names = readdirSync(place.full)
    } catch {
      continue
    }
    for (const name of names) {
      const m = TEMP.exec(name)
      if (!m || isRunning(Number(m[1]))) continue
      const rel = folder === '' ? name : `${folder}/${name}`
      if (removeOutput(outDir, rel) === undefined) removed.push(rel)
    }
  }
  return removed.sort()
}

/** Whether a process of this id runs (signal 0 tests without sending); this process's own files are none yet. */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
