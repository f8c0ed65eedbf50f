/** A file of the build cache written whole or not at all. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { threadId } from 'node:worker_threads'

/** `data` at `file` through a temporary file and a rename; false when it could not be written. */
export function storeFile(file: string, data: string | Uint8Array): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true })
    // Worker threads store entries too (./compile-worker.ts): one temporary name per thread.
    const temp = `${file}.${process.pid}-${threadId}.tmp`
    writeFileSync(temp, data)
    renameSync(temp, file)
    return true
  } catch {
    // A cache that cannot be written costs the next build time, never this one its result.
    return false
  }
}
