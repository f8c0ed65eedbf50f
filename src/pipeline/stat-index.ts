/**
 * What a build with the cache last saw of each output file it wrote or found
 * unchanged: size, modification and change times, inode, and the digest of its text.
 * An unchanged rebuild then tells an unchanged output by `lstat` alone, as git's
 * index tells an unchanged work-tree file, instead of reading and hashing every
 * output (143 MB for the corpus). A file whose times are not older than the index
 * itself is "racily clean" (changed within the clock's resolution of being recorded)
 * and is read, as git does; any difference in the stat reads the file. Kept in the
 * cache folder, never in the output folder: the manifest there changes only when
 * the outputs do. A file that cannot be read is an empty index.
 */
import type { Stats } from 'node:fs'
import { readFileSync } from 'node:fs'
import { storeFile } from './cache-file.js'

/** [size, mtimeMs, ctimeMs, ino, digest] */
type Recorded = [number, number, number, number, string]

export interface StatIndex {
  /** The digest of the file at `full` when `stats` are what was recorded for it, else undefined (read it). */
  known(full: string, stats: Stats): string | undefined
  /** What the file at `full` is now, with the digest of its bytes. */
  record(full: string, stats: Stats, digest: string): void
  /** The agents' names several files gave in the last build (a hint: their outputs were not written as they were). */
  collided: ReadonlySet<string>
  /** This build's names given by several files, for the next. */
  recordCollided(names: Iterable<string>): void
  /** Written for the next build: the files recorded by this one only. */
  save(): void
}

export function openStatIndex(path: string): StatIndex {
  let saved: { savedAt: number; files: Record<string, Recorded>; collided?: string[] } = { savedAt: 0, files: {} }
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as typeof saved
    if (typeof data.savedAt === 'number' && data.files && typeof data.files === 'object') saved = data
  } catch {
    // None yet, or unreadable: every output is read, as without an index.
  }
  const next: Record<string, Recorded> = Object.create(null) as Record<string, Recorded>
  let collided: string[] = []
  return {
    collided: new Set(Array.isArray(saved.collided) ? saved.collided.filter((name) => typeof name === 'string') : []),
    recordCollided(names) {
      collided = [...names].sort()
    },
    known(full, stats) {
      const entry = Object.hasOwn(saved.files, full) ? saved.files[full] : undefined
      if (!Array.isArray(entry) || entry.length !== 5) return undefined
      const [size, mtime, ctime, ino, digest] = entry
      if (stats.size !== size || stats.mtimeMs !== mtime || stats.ctimeMs !== ctime || stats.ino !== ino) return undefined
      // Racily clean: changed in the same tick as the index was written, perhaps after.
      if (mtime >= saved.savedAt || ctime >= saved.savedAt) return undefined
      return digest
    },
    record(full, stats, digest) {
      next[full] = [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, digest]
    },
    save() {
      storeFile(path, JSON.stringify({ savedAt: Date.now(), files: next, collided }))
    },
  }
}
