/**
 * `build --watch`: the build again whenever an input (or the config) changes, through
 * chokidar. A save is compiled once it is complete (`awaitWriteFinish`: the size has
 * stopped changing), so a file caught half-written is never the last word; a burst
 * of changes is one rebuild; a rebuild never overlaps another (changes during one
 * start the next). agentdef's own writes (its manifest's files, its temporary files,
 * the manifest) do not start a rebuild. Each rebuild is a whole build, so collisions
 * and the manifest stay right across files; a cache that makes it cheap is issue 11's.
 */
import { basename, resolve } from 'node:path'
import type { FSWatcher } from 'chokidar'
import { requireOnFirstUse } from '../installation/on-first-use.js'
import { isDynamicPattern } from 'tinyglobby'
import { globBase } from '../inputs/find.js'
import { readManifest, MANIFEST_FILE } from './manifest.js'
import { build, type BuildOptions, type BuildResult } from './build.js'

export interface WatchOptions extends BuildOptions {
  /** Called after each rebuild with the paths whose change started it. */
  onBuild(result: BuildResult, changed: string[]): void
  /** How long a burst of changes may last before the rebuild starts. Default 100 ms. */
  debounceMs?: number
}

export interface Watching {
  /** Resolved once the watcher has read the folders: changes from then on are seen. */
  ready: Promise<void>
  close(): Promise<void>
}

const SKIP = /(^|[\\/])(node_modules|\.git)([\\/]|$)/

/** Watch what `options.inputs` names; the first build is the caller's. */
export function watchBuild(options: WatchOptions): Watching {
  const cwd = options.cwd ?? process.cwd()
  const out = resolve(cwd, options.out)
  let written = ownedFiles(out)
  const ignored = (path: string): boolean => {
    const name = basename(path)
    return SKIP.test(path) || name.startsWith('.agentdef-tmp-') || name === MANIFEST_FILE || written.has(resolve(cwd, path))
  }
  // chokidar and the stream modules it loads are loaded when a build watches, not at every start of the command line.
  const { watch } = requireOnFirstUse('chokidar') as typeof import('chokidar')
  const watcher: FSWatcher = watch([...options.inputs.map((input) => (isDynamicPattern(input) ? globBase(input) : input))], {
    cwd,
    ignoreInitial: true,
    ignored,
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 25 },
  })
  const changed = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let building = false
  const rebuild = () => {
    timer = undefined
    if (building) return
    building = true
    const paths = [...changed].sort()
    changed.clear()
    try {
      const result = build(options)
      written = ownedFiles(out)
      options.onBuild(result, paths)
    } finally {
      building = false
    }
    // Changes that came while it ran: the next build.
    if (changed.size > 0) schedule()
  }
  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(rebuild, options.debounceMs ?? 100)
  }
  watcher.on('all', (_event, path) => {
    changed.add(path)
    schedule()
  })
  const ready = new Promise<void>((done) => watcher.once('ready', () => done()))
  return {
    ready,
    close: async () => {
      if (timer) clearTimeout(timer)
      await watcher.close()
    },
  }
}

function ownedFiles(out: string): Set<string> {
  return new Set(Object.keys(readManifest(out).files).map((path) => resolve(out, path)))
}
