/**
 * Stage 5 begun as each file finishes (issue 11: memory that stays flat as the input
 * grows). Each output of a file just compiled is compared with what is at its path
 * and, when it differs, written complete under a temporary name beside it; its text
 * is then dropped from memory (read back from the disk if asked for). Whether it is
 * written depends on the whole build (name collisions, Roo's gathered file), so the
 * write stage (./outputs.ts) decides after every file is compiled, as before, and
 * renames the temporary file into place, or leaves it, to be removed by `discard`.
 * Nothing outside the output folder is touched, and nothing there but agentdef's
 * temporary files until the write stage decides. Parts of a gathered file are not
 * staged: their file is made from every file's parts.
 */
import { readFileSync, renameSync, rmdirSync, rmSync, type Stats } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'
import { baseName, toKebab } from '../normalise/names.js'
import { lazyProperty } from '../model/lazy.js'
import type { Output } from './compile.js'
import { sha256, type Manifest } from './manifest.js'
import { textBytes } from './texts-apart.js'
import type { StatIndex } from './stat-index.js'
import { containedPath, readIfThere, removeStaleTemps, writeTemp, type FolderChecks, type WriteMode } from './write.js'

/** What staging found at an output's path, and did. */
export interface Staged {
  full: string
  /** Digest of the output's text. */
  digest: string
  /** The file at the path holds the output's bytes. */
  same: boolean
  /** A file is at the path. */
  exists: boolean
  stats?: Stats
  /** SHA-256 of the file at the path, when there is one and it differs. */
  currentDigest?: string
  /** The file at the path, kept for `--check`'s diff when it differs. */
  current?: Buffer
  /** The output complete under this name beside its path, until it is renamed into place or removed. */
  temp?: string
}

export interface StageOptions {
  out: string
  mode: WriteMode
  owned: Manifest
  index?: StatIndex
  checks: FolderChecks
  /** Folders whose stale temporary files were removed in this build (./write.ts `removeStaleTemps`): each once, before it is first written to. */
  swept: Set<string>
  /** Where a note about the output folder goes (a temporary file of a stopped build, removed). */
  note: (path: string) => VFile
  /** The build's inputs: an agent named as another input's file is likely to collide (`likelyShared`). */
  inputs?: Iterable<string>
}

const isPart = (output: Output) => output.partDigest !== undefined || output.part !== undefined

export class Stager {
  readonly #options: StageOptions
  readonly #staged = new WeakMap<Output, Staged>()
  readonly #temps = new Set<string>()
  /** Folders this build made: until an output is renamed into one, it holds no file but agentdef's temporaries. */
  readonly #made = new Set<string>()
  #committed = false
  /** The agents' names of the files staged so far. */
  readonly #named = new Set<string>()
  /** How many inputs have a file name that reads as each name (`nameOfFile`). */
  readonly #fileNames = new Map<string, number>()

  constructor(options: StageOptions) {
    this.#options = options
    for (const input of options.inputs ?? []) {
      const name = nameOfFile(input)
      this.#fileNames.set(name, (this.#fileNames.get(name) ?? 0) + 1)
    }
  }

  /**
   * Compare each output (not a part) of the file at `from` with its path, and write it
   * beside it when it differs. An agent whose name an earlier file gave an agent too is
   * not staged: the collision stage drops, renames or writes it once from the first file,
   * never as it is. Nor is one likely to meet that fate (`#likelyShared`), so that the
   * first of a shared name is not written in vain: the write stage writes what is kept.
   * Returns whether no output's text is read from its result any more (each staged, its
   * text then read from the disk, or let go, its text made again): a restored result's
   * texts can be let go then (`releaseTexts`).
   */
  stage(outputs: readonly Output[], again: (output: Output) => string, from: string): boolean {
    const names = new Set<string>()
    const own = nameOfFile(from)
    let apart = true
    for (const output of outputs) {
      names.add(output.agent)
      if (isPart(output)) continue
      if (this.#named.has(output.agent) || this.#likelyShared(output.agent, own)) this.#letGo(output, again)
      else apart = this.#stageOne(output) && apart
    }
    for (const name of names) this.#named.add(name)
    return apart
  }

  /**
   * Whether a later file may give this name too: the last build saw several files give it
   * (the cache's hint), or another input's file name reads as it (`reviewer.md` in two
   * collections; `own`: how this file's own name reads). Most agents are named as their
   * file; in the corpus this told 457 of the 464 first files of a shared name, and 6 agents
   * whose name no other file gave (78 outputs made again when written), where staging
   * each first wrote ~5,500 files in vain.
   */
  #likelyShared(name: string, own: string): boolean {
    if (this.#options.index?.collided.has(name)) return true
    const others = (this.#fileNames.get(name) ?? 0) - (own === name ? 1 : 0)
    return others > 0
  }

  /**
   * An output the collision stage is likely to take out (its name is an earlier file's
   * too, or likely a later one's): only its digest is kept, by which collisions compare;
   * its text, should anything ask (the write stage, when it is kept), is made again
   * (`again`), so that a corpus of duplicates does not hold a second copy of its outputs.
   */
  #letGo(output: Output, again: (output: Output) => string): void {
    output.digest ??= sha256(output.content)
    lazyProperty(output, 'content', () => again(output))
  }

  /** What staging found for this output, if it was staged. */
  of(output: Output): Staged | undefined {
    return this.#staged.get(output)
  }

  /** The staged file was renamed into place (or its output written otherwise): no longer agentdef's to remove. */
  settled(staged: Staged): void {
    if (staged.temp !== undefined) this.#temps.delete(staged.temp)
    staged.temp = undefined
  }

  /** Remove every staged file not renamed into place (outputs collisions dropped), and the folders made for them that are empty. */
  discard(): void {
    for (const temp of this.#temps) rmSync(temp, { force: true })
    this.#temps.clear()
    // Deepest first; a folder that holds anything stays.
    for (const folder of [...this.#made].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(folder)
      } catch {
        // not empty, or gone
      }
    }
  }

  /**
   * What is at an output's path, compared with it (by its stat when the last build
   * recorded it unchanged since, ./stat-index.ts: not read then); or why it cannot be written there.
   */
  inspect(output: Output): Staged | { problem: string } {
    const { out, mode, owned, index, checks } = this.#options
    // Nothing to look at in a folder this build made, until it renames a file there (a cold build: 14,000 `lstat`s).
    const place = containedPath(out, output.path, checks, this.#committed ? undefined : this.#made)
    if (!('full' in place)) return place
    const { full, stats } = place
    const digest = output.digest ?? sha256(output.content)
    const entry = Object.hasOwn(owned, output.path) ? owned[output.path] : undefined
    const isFile = stats?.isFile() ?? false
    const found: Staged = { full, digest, same: false, exists: isFile, ...(stats ? { stats } : {}) }
    if (entry !== undefined && isFile && entry.sha256 === digest && index?.known(full, stats!) === digest) {
      found.same = true
      return found
    }
    const current = isFile ? readIfThere(full) : undefined
    found.exists = current !== undefined
    const currentDigest = current && sha256(current)
    if (currentDigest === digest) found.same = true
    else {
      if (currentDigest !== undefined) found.currentDigest = currentDigest
      if (mode === 'check') found.current = current ?? Buffer.alloc(0)
    }
    return found
  }

  /** The output in place: its staged file renamed, or written now (temporary file and rename). Throws when it cannot be. */
  commit(output: Output, found: Staged): void {
    this.#committed = true
    // Folders made for a file renamed into place stay.
    if (found.temp === undefined) this.#writeBeside(output, found)
    renameSync(found.temp!, found.full)
    this.settled(found)
  }

  /** The output complete under a temporary name beside its path (the folder's stale temporaries swept first); the folders made for it. */
  #writeBeside(output: Output, found: Staged): string | undefined {
    this.#sweep(dirname(found.full))
    // A restored text's bytes as they are (a worker's result, the cache's): not decoded and encoded again.
    const { temp, made } = writeTemp(found.full, textBytes(output) ?? Buffer.from(output.content, 'utf8'))
    found.temp = temp
    this.#temps.add(temp)
    return made
  }

  /** Stage one output; whether its text is on the disk now (read back from there if asked for). */
  #stageOne(output: Output): boolean {
    const found = this.inspect(output)
    // A path that leads out, or a link: the write stage says so, if the output is kept.
    if (!('full' in found)) return false
    output.digest = found.digest
    this.#staged.set(output, found)
    if (!found.same) {
      if (this.#options.mode !== 'write') return false
      try {
        const made = this.#writeBeside(output, found)
        if (made !== undefined) for (const folder of foldersBetween(made, dirname(found.full))) this.#made.add(folder)
      } catch {
        // The write stage writes it again, and says why it cannot.
        return false
      }
    }
    // The text is on the disk now (the file there, or the staged one): read back only if asked for.
    lazyProperty(output, 'content', () => readFileSync(found.temp ?? found.full, 'utf8'))
    return true
  }

  #sweep(folder: string): void {
    const { out, swept, note } = this.#options
    const rel = relative(resolve(out), folder).split(sep).join('/')
    if (swept.has(rel)) return
    swept.add(rel)
    for (const path of removeStaleTemps(out, [rel])) report(note(path), 'output-temp-removed', {})
  }
}

/** The name an agent of the file at `path` gets when it names none (../normalise/agent.ts), read as kebab-case without transliterating: `Code_Reviewer.agent.md` → `code-reviewer`. */
const nameOfFile = (path: string): string => toKebab(baseName(path))

/** `from` (the first folder `mkdir` made) and every folder below it down to `to`. */
function foldersBetween(from: string, to: string): string[] {
  const folders: string[] = []
  for (let at = to; at.length >= from.length; at = dirname(at)) {
    folders.push(at)
    if (at === from || dirname(at) === at) break
  }
  return folders
}
