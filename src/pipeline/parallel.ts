/**
 * The per-file work of a build spread over worker threads. The build is synchronous
 * (`build()`, `main()`, the watch loop and the tests call it and read its result), so
 * this pool is too: the main thread starts the workers, then waits on a shared counter
 * (`Atomics.wait`) and takes their results off the message ports with
 * `receiveMessageOnPort`, which needs no event loop. Pool libraries (piscina, tinypool)
 * hand results back as promises only, which a synchronous build cannot wait for; this
 * is the one thing it hand-rolls, in these two files.
 *
 * Workers take files by index from a shared counter (a slow file never holds back a
 * queue), compile each as the main thread would, and send back the cache entry's text
 * (./cache.ts) for the bytes it was given (a copy of those the main thread read), the
 * outputs' texts as bytes (./texts-apart.ts); the main thread replays it like a cache
 * hit. With a build cache, the workers store their entries. The cross-file steps (collisions, `.roomodes`, the
 * manifest, writing) stay on the main thread. A worker that dies, or a result that does
 * not come, leaves its files to the main thread: never a hang, never a lost file.
 */
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import type { CacheLocation } from './cache.js'
import type { CompileOptions } from './compile.js'
import type { WorkerInput, WorkerResult } from './compile-worker.js'
import { CODE_DIR } from '../installation/paths.js'

/** Below this many files to compile, starting workers (each loads the compiler, ~0.4 s) costs more than it saves. */
export const MIN_FILES = 48
/** No result for this long: the workers are given up and the main thread compiles the rest. */
const STALL_MS = 120_000

// Beside this module in dist/, also for the bundled CLI (whose modules share its URL).
const WORKER = pathToFileURL(join(CODE_DIR, 'pipeline', 'compile-worker.js'))
/**
 * Each worker starts here and imports the worker module: a module that cannot be loaded
 * counts the worker as finished at once, so the main thread, which cannot hear a
 * worker's `error` event while it waits, never waits for it.
 */
const BOOT = `const { workerData } = require('node:worker_threads')
import(workerData.url).catch(() => { Atomics.add(workerData.counters, 2, 1); Atomics.notify(workerData.counters, 1) })`

/** The number of worker threads a build uses by default: every core. */
export const defaultJobs = (): number => availableParallelism()

/** Whether workers can run here: from the compiled package (`dist/`: its modules or the CLI's bundle, `.cjs`), not from TypeScript sources (the tests' in-process runs). */
export const workersAvailable = (): boolean => /\.c?js$/.test(import.meta.url)

/**
 * Compile `files` on `jobs` threads: the main thread and `jobs - 1` workers, each
 * taking the next file from a shared counter. The main thread compiles its files with
 * `here` (as a build of one thread does); `take` is given each worker's result as it
 * comes in, between the main thread's files (the build stages its outputs then, so that
 * results are not held until the last file is done): the entry's text and its texts, or no entry
 * when the worker could not make one; such a file, and any a
 * worker did not finish, is the caller's to compile. Synchronous: returns when every
 * file is done.
 */
export function compileInWorkers(files: WorkerInput['files'], options: CompileOptions, cache: CacheLocation | undefined, jobs: number, take: (index: number, result: WorkerResult) => void, here: (index: number) => void): void {
  const threads = Math.max(1, Math.min(jobs - 1, files.length))
  const counters = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT))
  const ports: MessagePort[] = []
  const workers: Worker[] = []
  for (let i = 0; i < threads; i++) {
    const { port1, port2 } = new MessageChannel()
    const input: WorkerInput & { url: string } = { files, options, ...(cache ? { cache } : {}), counters, port: port2, url: WORKER.href }
    workers.push(new Worker(BOOT, { eval: true, workerData: input, transferList: [port2] }))
    ports.push(port1)
  }
  let received = 0
  const drain = () => {
    for (const port of ports) for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const result = m.message as WorkerResult
      received++
      take(result.index, result)
    }
  }
  try {
    // The main thread's share: files from the same counter, the workers' results taken between them.
    let mine = 0
    for (let index = Atomics.add(counters, 0, 1); index < files.length; index = Atomics.add(counters, 0, 1)) {
      here(index)
      mine++
      drain()
    }
    let seen = Atomics.load(counters, 1)
    let since = Date.now()
    while (Atomics.load(counters, 2) < threads && received + mine < files.length) {
      const done = Atomics.load(counters, 1)
      if (done === seen) {
        if (Atomics.wait(counters, 1, done, 100) === 'timed-out' && Date.now() - since > STALL_MS) break
        continue
      }
      seen = done
      since = Date.now()
      drain()
    }
    drain()
  } finally {
    for (const worker of workers) void worker.terminate()
  }
}
