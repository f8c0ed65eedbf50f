/**
 * A worker thread of the build (./parallel.ts): takes files by index from the shared
 * counter until none is left, compiles each exactly as the main thread would
 * (`compileParts`), and posts back the result as a cache entry's text
 * (./cache.ts), never trees or VFiles. The main thread replays it as it replays the
 * cache, so outputs and diagnostics are the same bytes either way.
 */
import { workerData, type MessagePort } from 'node:worker_threads'
import { entryText, type EntryText } from './cache.js'
import { compileParts, type CompileOptions } from './compile.js'

export interface WorkerInput {
  files: { path: string; bytes: Uint8Array }[]
  options: CompileOptions
  /** [0]: the next index to take; [1]: files done (results posted); [2]: workers finished. */
  counters: Int32Array
  port: MessagePort
}

export interface WorkerResult {
  index: number
  entry?: EntryText
}

const { files, options, counters, port } = workerData as WorkerInput
try {
  for (let index = Atomics.add(counters, 0, 1); index < files.length; index = Atomics.add(counters, 0, 1)) {
    const { path, bytes } = files[index]!
    const entry = entryText(compileParts(path, bytes, options))
    const result: WorkerResult = entry === undefined ? { index } : { index, entry }
    port.postMessage(result)
    Atomics.add(counters, 1, 1)
    Atomics.notify(counters, 1)
  }
} finally {
  Atomics.add(counters, 2, 1)
  Atomics.notify(counters, 1)
}
