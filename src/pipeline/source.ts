/**
 * An input of a build as the cache sees it: its digest (SHA-256 of its bytes), told
 * by its stat when the inputs' index (./stat-index.ts, in the cache) recorded the same
 * size, times and inode for it, else by reading it; its bytes read only when they are
 * needed (the file is compiled: the cache has no entry for it). An unchanged rebuild
 * of the corpus read and hashed 2,510 files (~0.25 s with the garbage they made) to
 * find the keys of entries it already had (issue 11).
 *
 * A file is recorded with the stat taken before its bytes were read, and only when it
 * had not changed for a second before: a write in the same clock tick as the read
 * (file times move in coarse ticks) could otherwise leave the stat as recorded and the
 * bytes not those hashed.
 */
import { statSync } from 'node:fs'
import { readBounded, type BoundedRead } from '../inputs/read-bounded.js'
import { sha256 } from './manifest.js'
import type { StatIndex } from './stat-index.js'

/** Why a file was not read. */
export type Unreadable = Exclude<BoundedRead, { bytes: Uint8Array }>

/** How long a file must have stood unchanged before its stat is trusted for its bytes. */
const SETTLED_MS = 1000

export class Source {
  #read: BoundedRead | undefined
  /** The digest the index told (null: it told none), once looked up. */
  #indexed: string | null | undefined
  #digest: string | undefined

  constructor(
    /** The absolute path. */
    readonly full: string,
    /** The path as diagnostics and the cache's keys show it. */
    readonly shown: string,
    private readonly limit: number,
    private readonly index?: StatIndex,
  ) {}

  /** Its bytes, or why there are none; read once, when first asked for. */
  read(): BoundedRead {
    return (this.#read ??= readBounded(this.full, this.limit))
  }

  /** Why it cannot be read as a file within the limit, or undefined; not read when the index knows it. */
  failure(): Unreadable | undefined {
    if (this.#lookUp() !== null) return undefined
    const read = this.read()
    return 'bytes' in read ? undefined : read
  }

  /** The SHA-256 of its bytes (hex), from the index or the bytes; only for a file without `failure()`. */
  digest(): string {
    if (this.#digest !== undefined) return this.#digest
    const indexed = this.#lookUp()
    if (indexed !== null) return (this.#digest = indexed)
    const read = this.read()
    if (!('bytes' in read)) throw new Error(`${this.shown} has no bytes to hash`)
    this.#digest = sha256(read.bytes)
    if (this.index && read.stats && Math.max(read.stats.mtimeMs, read.stats.ctimeMs) < Date.now() - SETTLED_MS) this.index.record(this.full, read.stats, this.#digest)
    return this.#digest
  }

  #lookUp(): string | null {
    if (this.#indexed !== undefined) return this.#indexed
    if (!this.index) return (this.#indexed = null)
    const stats = statSync(this.full, { throwIfNoEntry: false })
    const digest = stats?.isFile() && stats.size <= this.limit ? this.index.known(this.full, stats) : undefined
    if (digest !== undefined) this.index.record(this.full, stats!, digest)
    return (this.#indexed = digest ?? null)
  }
}
