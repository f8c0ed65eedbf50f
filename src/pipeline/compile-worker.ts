/**
 * A worker thread of the build (./parallel.ts): takes files by index from the shared
 * counter until none is left, compiles each exactly as the main thread would
 * (`compileParts`), and posts back the result as a cache entry's text (./cache.ts),
 * never trees or VFiles; its outputs' texts are bytes, transferred, not copied
 * (./texts-apart.ts). The main thread replays it as it replays the cache, so outputs and
 * diagnostics are the same bytes either way. With a build cache, the worker stores the
 * entry itself: the texts never cross to the main thread as JSON.
 */
import { workerData, type MessagePort } from 'node:worker_threads'
import { entryText, openCache, type CacheLocation, type EntryText } from './cache.js'
import { compileParts, type CompileOptions } from './compile.js'

export interface WorkerInput {
  /** Each file's bytes, and their SHA-256 (the cache's key). */
  files: { path: string; bytes: Uint8Array; digest: string }[]
  options: CompileOptions
  /** The build cache's folder and version: entries are stored here. */
  cache?: CacheLocation
  /** [0]: the next index to take; [1]: files done (results posted); [2]: workers finished. */
  counters: Int32Array
  port: MessagePort
}

export interface WorkerResult {
  index: number
  /** The entry; its texts' bytes transferred, not copied. */
  entry?: EntryText
}

const { files, options, cache: location, counters, port } = workerData as WorkerInput
const cache = location && openCache(location.dir, options, location.version)
try {
  for (let index = Atomics.add(counters, 0, 1); index < files.length; index = Atomics.add(counters, 0, 1)) {
    const { path, bytes, digest } = files[index]!
    const entry = entryText(compileParts(path, bytes, options))
    // Stored before it is sent: sending hands its bytes over.
    if (entry) cache?.writeText(path, digest, entry)
    const result: WorkerResult = entry === undefined ? { index } : { index, entry }
    port.postMessage(result, entry ? [entry.rest.bytes.buffer as ArrayBuffer] : [])
    Atomics.add(counters, 1, 1)
    Atomics.notify(counters, 1)
  }
} finally {
  Atomics.add(counters, 2, 1)
  Atomics.notify(counters, 1)
}
