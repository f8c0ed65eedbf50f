/**
 * Reading an input without trusting it: only a regular file is read, and never
 * more than the size limit (plus one byte, to know it is over). A named pipe, a
 * device (`/dev/zero`), a socket or a folder is refused before a byte is read, so
 * that a build never blocks or grows without bound on one path; standard input is
 * read in chunks up to the same limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'

export type BoundedRead =
  /** `stats`: the file's, taken before a byte was read (standard input has none). */
  | { bytes: Uint8Array; stats?: Stats }
  /** Over the limit: `bytes` is the size as far as it is known (the file's, or what was read before stopping). */
  | { tooLarge: number }
  /** Not a regular file: what it is (`a named pipe (FIFO)`, `a character device`…). */
  | { notFile: string }
  | { error: string; code?: string }

const CHUNK = 64 * 1024

/** What a path is when it is no regular file, in words a diagnostic can show. */
export function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'not a regular file'
}

/**
 * The bytes of the regular file at `path`, at most `limit` of them. Opened without
 * blocking (`O_NONBLOCK`: opening a FIFO for reading would otherwise wait for a writer),
 * then checked with `fstat` on the open descriptor, so what is read is what was checked.
 */
export function readBounded(path: string, limit: number): BoundedRead {
  let fd: number
  try {
    // O_NONBLOCK does not exist on Windows, where FIFOs are no files either.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    return failure(error)
  }
  try {
    const stats = fstatSync(fd)
    const kind = kindOf(stats)
    if (kind !== undefined) return { notFile: kind }
    if (stats.size > limit) return { tooLarge: stats.size }
    const read = readAll(fd, limit)
    return 'bytes' in read ? { ...read, stats } : read
  } catch (error) {
    return failure(error)
  } finally {
    closeSync(fd)
  }
}

/** The first `n` bytes of a regular file (or fewer), or undefined when it is none or cannot be read. */
export function readHead(path: string, n: number): Uint8Array | undefined {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch {
    return undefined
  }
  try {
    if (kindOf(fstatSync(fd)) !== undefined) return undefined
    // Not zeroed: only the bytes read are returned (a zeroed 64 KB per data file was most of sniffing a folder's data files).
    const buffer = Buffer.allocUnsafe(n)
    return buffer.subarray(0, readSync(fd, buffer, 0, n, 0))
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

/** Standard input (`convert -`), up to `limit` bytes. */
export function readStdinBounded(limit: number): BoundedRead {
  try {
    return readAll(0, limit)
  } catch (error) {
    return failure(error)
  }
}

/** Chunks until the end or one byte past the limit (a file may grow while it is read). */
function readAll(fd: number, limit: number): BoundedRead {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total))
    let n: number
    try {
      n = readSync(fd, buffer, 0, buffer.length, null)
    } catch (error) {
      // A terminal or pipe opened non-blocking with nothing to read yet: wait a little, then read again.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
        continue
      }
      throw error
    }
    if (n === 0) break
    chunks.push(buffer.subarray(0, n))
    total += n
    if (total > limit) return { tooLarge: total }
  }
  return { bytes: Buffer.concat(chunks, total) }
}

function failure(error: unknown): BoundedRead {
  const e = error as NodeJS.ErrnoException
  return e.code === undefined ? { error: e.message } : { error: e.message, code: e.code }
}
