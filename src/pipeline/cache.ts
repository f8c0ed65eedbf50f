/**
 * The build cache: a file's compile result (its agents, outputs and diagnostics)
 * under a key of everything that decides it: its bytes (their SHA-256), its path, the options
 * (targets, language, model, colour and tool maps, size limit) and agentdef's
 * version. An unchanged rebuild or `--check` then reads one small JSON file per
 * input instead of parsing and rendering it. An entry whose key differs is never
 * read; one that cannot be read or parsed is ignored (the file is compiled again,
 * with a note), never an error. Entries are written through a temporary file and
 * renamed, so a killed build leaves no half entry.
 *
 * An entry is two files (./cache-entry.ts): `<key>.json` (what every build reads: the
 * agents' names, each output's path and SHA-256, the diagnostics) and `<key>.out`
 * (the outputs' texts, notes and gathered parts, the whole agents: a line of JSON, then
 * the texts' bytes), written first and read only when something asks for one of them:
 * an unchanged output is told by its digest, never by its text.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decidingOptions, type CompileOptions } from './compile.js'
import { entryText, FORMAT, restoreEntry, type EntryText } from './cache-entry.js'
import { openStatIndex, type StatIndex } from './stat-index.js'
import { storeFile } from './cache-file.js'
import { sha256 } from './manifest.js'
import type { Whole } from './combine.js'
import { lazyProperty } from '../model/lazy.js'

export { entryText, releaseTexts, restoreEntry, type Compiled, type EntryText } from './cache-entry.js'
import type { Compiled, RestParts } from './cache-entry.js'

/**
 * Entries are found by a file's path and `digest`, the SHA-256 of its bytes (./source.ts
 * tells it from the inputs' index without reading the file when it can).
 */
export interface BuildCache {
  /** Where it is, for a worker thread to open it there (./compile-worker.ts). */
  readonly location: CacheLocation
  /** Whether an entry is stored for this file (not read). */
  has(path: string, digest: string): boolean
  /**
   * The file's result, or undefined (no entry; or one that could not be read: `corrupt`
   * says so). Its outputs' texts are read when first asked for; should that file be
   * unreadable then, `again` gives them (the file compiled again), as it gives the
   * prompts' outlines, which an entry does not keep.
   */
  read(path: string, digest: string, again?: () => Compiled): { compiled?: Compiled; corrupt?: string }
  write(path: string, digest: string, compiled: Compiled): void
  /** `write` of a result already made into an entry's text (a worker's). */
  writeText(path: string, digest: string, text: EntryText): void
  /** What builds with this cache last saw of their inputs (opened once; saved by the build). */
  inputIndex(): StatIndex
  /** What the last build into the output folder `out` (absolute) saw of its outputs. */
  outputIndex(out: string): StatIndex
  /** A gathered file rendered before from the parts `key` stands for (their digests, in order), else undefined. */
  whole(key: string): Whole | undefined
  rememberWhole(key: string, whole: Whole): void
}

/** A cache's folder and agentdef's version (with its code's fingerprint), which keys every entry. */
export interface CacheLocation {
  dir: string
  version: string
}

/**
 * A cache in `dir` for builds with these options; undefined when the options cannot
 * be keyed (custom targets, whose templates live in files of their own).
 */
export function openCache(dir: string, options: CompileOptions, version: string): BuildCache | undefined {
  if (options.customTargets && Object.keys(options.customTargets).length > 0) return undefined
  const settings = JSON.stringify([FORMAT, version, decidingOptions(options)])
  const keyOf = (path: string, digest: string) => createHash('sha256').update(settings).update('\0').update(path).update('\0').update(digest).digest('hex')
  let inputs: StatIndex | undefined
  const entryPath = (key: string) => join(dir, key.slice(0, 2), `${key}.json`)
  return {
    location: { dir, version },
    read(path, digest, again) {
      const at = entryPath(keyOf(path, digest))
      let text: string
      try {
        text = readFileSync(at, 'utf8')
      } catch {
        return {}
      }
      const rest = restPath(at)
      if (!existsSync(rest)) return { corrupt: 'the entry has no outputs file' }
      try {
        return { compiled: restoreEntry(path, { entry: text, rest: () => readRestFile(readFileSync(rest)) }, again) }
      } catch (error) {
        return { corrupt: (error as Error).message }
      }
    },
    has(path, digest) {
      return existsSync(entryPath(keyOf(path, digest)))
    },
    write(path, digest, compiled) {
      const text = entryText(compiled)
      if (text !== undefined) writeText(path, digest, text)
    },
    writeText,
    inputIndex: () => (inputs ??= openStatIndex(join(dir, 'inputs.json'))),
    outputIndex: (out) => openStatIndex(join(dir, 'outputs', `${sha256(out).slice(0, 32)}.json`)),
    whole(key) {
      // `<hash>.json`: the problems and the digest; `<hash>.txt`: the text, read when first asked for.
      const at = wholePath(key)
      try {
        const whole = JSON.parse(readFileSync(`${at}.json`, 'utf8')) as Whole
        if (!Array.isArray(whole.problems) || (whole.digest !== undefined && (typeof whole.digest !== 'string' || !existsSync(`${at}.txt`)))) return undefined
        if (whole.digest !== undefined) lazyProperty(whole, 'content', () => readFileSync(`${at}.txt`, 'utf8'))
        return whole
      } catch {
        return undefined
      }
    },
    rememberWhole(key, whole) {
      const at = wholePath(key)
      if (whole.content === undefined || storeFile(`${at}.txt`, whole.content)) storeFile(`${at}.json`, JSON.stringify({ problems: whole.problems, ...(whole.digest === undefined ? {} : { digest: whole.digest }) }))
    },
  }

  function writeText(path: string, digest: string, text: EntryText): void {
    const target = entryPath(keyOf(path, digest))
    // The rest first: an entry is never there without it.
    if (storeFile(restPath(target), restFile(text.rest))) storeFile(target, text.entry)
  }

  /** A gathered file's key: of the settings and of its parts' digests. */
  function wholePath(key: string): string {
    const hash = createHash('sha256').update(settings).update('\0').update(key).digest('hex')
    return join(dir, 'wholes', hash)
  }
}


const restPath = (entryPath: string) => entryPath.replace(/\.json$/, '.out')

/** The rest as a file: its header (JSON, on one line), a line feed, the texts' bytes. */
const restFile = (rest: RestParts): Uint8Array => Buffer.concat([Buffer.from(rest.header, 'utf8'), LINE_FEED, rest.bytes])
const LINE_FEED = Buffer.from('\n')

/** The rest of a file written by `restFile`. */
function readRestFile(file: Buffer): RestParts {
  const end = file.indexOf(0x0a)
  if (end < 0) throw new Error('the outputs file has no header')
  return { header: file.toString('utf8', 0, end), bytes: file.subarray(end + 1) }
}
