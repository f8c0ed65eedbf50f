/**
 * Compile many files: find inputs, compile each (one bad file never stops the
 * others), resolve name collisions, then write or check the outputs.
 */
import { basename, relative, resolve, sep } from 'node:path'
import type { Agent } from '../model/agent.js'
import { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'
import { prefixPaths, resolveCollisions, separateHomophones, type CollisionPolicy } from './collisions.js'
import { wholesOf, withWholes, type WholeMemo } from './combine.js'
import { compileParts, decidingOptions, emitAll, outputPath, type CompileOptions, type CompileResult, type Output, type TargetName } from './compile.js'
import { releaseTexts, restoreEntry, type BuildCache } from './cache.js'
import { compileInWorkers, MIN_FILES, workersAvailable } from './parallel.js'
import { displayPath } from '../inputs/display.js'
import { findInputs, type ExcludeGroup, type LinkNote } from '../inputs/find.js'
import { unreadFile } from '../inputs/unread.js'
import { DEFAULT_MAX_BYTES } from '../parse/read.js'
import type { DataOf } from '../diagnostics/catalogue.js'
import { instructionFileOf } from '../inputs/instruction-files.js'
import { readManifest } from './manifest.js'
import { placeNative } from './placement.js'
import { Source, type Unreadable } from './source.js'
import { startWrite, writeOutputs, type Drift, type WriteOptions } from './outputs.js'

export interface BuildOptions extends CompileOptions {
  inputs: string[]
  out: string
  /** Write nothing; report outputs that would change. */
  check?: boolean
  /** Remove outputs whose source has gone. */
  clean?: boolean
  /** Write nothing, not even the manifest: the outcome says what would be written, replaced and removed. */
  dryRun?: boolean
  cwd?: string
  /** False: compile and report only, touch no file (`lint`). Default true. */
  write?: boolean
  /** What to do when files define different agents of the same name. Default `error`. */
  onCollision?: CollisionPolicy
  /** `flat` (default): `<out>/<target>/<file>`; `native`: where each target's tool reads it (`.claude/agents/…`). */
  layout?: 'flat' | 'native'
  /** Overwrite a file at an output's path that agentdef did not write. */
  force?: boolean
  /** Paths to leave out of folders and globs, in `.gitignore` syntax, each group relative to its base. */
  exclude?: ExcludeGroup[]
  /** The native layout's folder for a target, relative to `out` (the config's `paths`). */
  paths?: Record<string, string>
  /** A cache of each file's result across builds (`./cache.ts`); none by default. */
  cache?: BuildCache
  /** Called as each input has been compiled (a progress line). */
  onProgress?: (done: number, total: number, path: string) => void
  /** Worker threads for the per-file work (./parallel.ts); 1 or none: the main thread alone. */
  jobs?: number
}

export interface FileOutcome extends CompileResult {
  /** Output paths (inside `out`) and what happened to each. */
  written: string[]
  unchanged: string[]
  drift: string[]
}

export interface BuildResult {
  files: FileOutcome[]
  /** Diagnostics not tied to one input (missing inputs, stale outputs). */
  general: VFile[]
  drift: string[]
  stale: string[]
  /** Stale outputs removed (`clean`). */
  removed: string[]
  /** With `check`: each drifting output as a unified diff. */
  diffs: Drift[]
}

export function build(options: BuildOptions): BuildResult {
  const cwd = options.cwd ?? process.cwd()
  const manifest = options.write === false ? undefined : readManifest(resolve(cwd, options.out))
  const inputs = findInputs(options.inputs, { cwd, exclude: options.exclude ?? [], ...(manifest ? { out: options.out, written: writtenFiles(manifest, resolve(cwd, options.out)) } : {}) })
  const general: VFile[] = []
  const note = (path: string) => {
    const file = new VFile({ path: displayPath(path, cwd) })
    general.push(file)
    return file
  }
  for (const path of inputs.missing) report(note(resolve(cwd, path)), 'input-missing', { path })
  for (const pattern of inputs.unmatched) report(note(pattern), 'input-missing', { path: pattern, glob: true })
  for (const path of inputs.skipped) report(note(resolve(cwd, path)), 'input-skipped', { inFolder: true })
  for (const { path, reason } of inputs.unreadable) report(note(resolve(cwd, path)), 'file-read', { reason })
  for (const link of inputs.links) report(note(resolve(cwd, link.path)), 'input-symlink', linkData(link, cwd))
  for (const path of inputs.instructions) report(note(resolve(cwd, path)), 'input-instructions', { name: basename(path), tools: instructionFileOf(path)!, named: false })
  // Nothing to compile, though every input exists: an error, never `0/0 files compiled` and success.
  if (inputs.files.length === 0 && inputs.missing.length === 0 && inputs.unmatched.length === 0) {
    report(note(resolve(cwd, options.inputs[0] ?? '.')), 'input-none', { inputs: options.inputs.map((path) => displayPath(resolve(cwd, path), cwd)), skipped: inputs.skipped.length + inputs.instructions.length, ignored: inputs.ignored })
  }
  // Each input's bytes read when needed: with the cache, an unchanged file is known by its stat (./source.ts).
  const inputIndex = options.cache?.inputIndex()
  const sources = inputs.files.map((path) => new Source(resolve(cwd, path), displayPath(resolve(cwd, path), cwd), options.maxBytes ?? DEFAULT_MAX_BYTES, inputIndex))
  // The write stage reads the manifest of `out` from the process's folder: the one read above when that is the same.
  const writing: WriteOptions | undefined =
    options.write === false
      ? undefined
      : { out: options.out, targets: options.targets, check: options.check ?? false, clean: options.clean ?? false, force: options.force ?? false, dryRun: options.dryRun ?? false, cwd, inputs: new Set(sources.map((source) => source.full)), ...(options.cache ? { index: options.cache.outputIndex(resolve(cwd, options.out)) } : {}), ...(manifest && resolve(options.out) === resolve(cwd, options.out) ? { manifest } : {}) }
  // Each file's outputs are staged as it finishes (./stage.ts): compared with the folder, written beside their paths, their texts let go.
  const session = writing && startWrite(writing, general)
  try {
    /** Outputs of a file (or of an agent of it emitted again) placed and staged as soon as they are made; whether their texts are off the result now (./stage.ts). */
    const stage = (compiled: CompileResult, made: { agents: Agent[]; outputs: Output[] }): boolean => {
      if (!session) return false
      if (options.layout === 'native') placeNative([made], options.paths)
      return session.stager.stage(made.outputs, (output) => textAgain(compiled, output, options), compiled.file.path)
    }
    const finish = (compiled: CompileResult): FileOutcome => {
      const outcome: FileOutcome = { ...compiled, written: [], unchanged: [], drift: [] }
      // A restored result's texts (a worker's bytes, the cache's) are let go once every output is staged or let go.
      if (stage(outcome, outcome)) releaseTexts(compiled.file)
      return outcome
    }
    // Files compiled on worker threads, finished as each result comes in.
    const ready = inWorkers(sources, options, general, finish)
    const files: FileOutcome[] = sources.map((source, index) => {
      const done = ready?.get(index)
      if (done) return done
      // With workers, their results were the progress.
      if (!ready) options.onProgress?.(index, inputs.files.length, source.shown)
      const failure = source.failure()
      if (failure) return { ...unread(source.shown, failure, options), written: [], unchanged: [], drift: [] }
      return finish(compileCached(source, options, general))
    })
    inputIndex?.save()
    writing?.index?.recordCollided(sharedNames(files))
    // An agent renamed by the collision stage is emitted again under its new name, and staged at once (not held).
    const emitAgain = (compiled: CompileResult, agent: Agent): Output[] => {
      const outputs = emitAll(compiled.file, [agent], options)
      stage(compiled, { agents: [agent], outputs })
      return outputs
    }
    separateHomophones(files, emitAgain)
    if (options.onCollision === 'prefix-path') prefixPaths(files, emitAgain)
    resolveCollisions(files)
    gather(files, options.out, cwd, general, options.cache)

    if (!writing || !session) return { files, general, drift: [], stale: [], removed: [], diffs: [] }
    // Again for what the collisions emitted again and the gathered files (the same place for the others).
    if (options.layout === 'native') placeNative(files, options.paths)
    const { drift, stale, removed, diffs } = writeOutputs(files, writing, session)
    return { files, general, drift, stale, removed, diffs }
  } finally {
    session?.stager.discard()
  }
}

/**
 * The files the cache does not hold, compiled on `jobs` threads (the main thread and
 * workers) when the build has jobs for them (`jobs` > 1, enough files, options a worker
 * can be given: not custom targets, whose templates are functions), each given to
 * `finish` as it is done; by their index among `sources`. Undefined when there are no workers.
 */
function inWorkers(sources: Source[], options: BuildOptions, general: VFile[], finish: (compiled: CompileResult) => FileOutcome): Map<number, FileOutcome> | undefined {
  if ((options.jobs ?? 1) <= 1 || !workersAvailable() || (options.customTargets && Object.keys(options.customTargets).length > 0)) return undefined
  const todo = sources.flatMap((source, index) => {
    if (source.failure() || options.cache?.has(source.shown, source.digest())) return []
    const read = source.read()
    // Sent to the workers as it is: nothing a thread cannot be given (the source's index is the main thread's).
    return 'bytes' in read ? [{ path: source.shown, bytes: read.bytes, digest: source.digest(), index }] : []
  })
  if (todo.length < MIN_FILES) return undefined
  const ready = new Map<number, FileOutcome>()
  const done = (index: number, outcome: FileOutcome, path: string) => {
    ready.set(index, outcome)
    options.onProgress?.(ready.size, sources.length, path)
  }
  compileInWorkers(
    todo,
    decidingOptions(options),
    options.cache?.location,
    options.jobs!,
    (i, { entry }) => {
      const { path, bytes, index } = todo[i]!
      // Stored in the cache by the worker; its texts staged as the bytes it sent.
      if (entry !== undefined) done(index, finish(restoreEntry(path, entry, () => compileParts(path, bytes, options))), path)
    },
    (i) => {
      const { path, index } = todo[i]!
      done(index, finish(compileCached(sources[index]!, options, general)), path)
    },
  )
  return ready
}

/** An output's text made again from its agent (the same bytes: emitting is deterministic). */
function textAgain(outcome: CompileResult, output: Output, options: BuildOptions): string {
  const agent = outcome.agents.find((a) => a.name === output.agent)
  const made = agent && emitAll(outcome.file, [agent], { ...options, targets: [output.target as TargetName] }).find((o) => o.target === output.target)
  if (!made) throw new Error(`the text of ${output.path} cannot be made again`)
  return made.content
}

/** The agents' names given by more than one file (before collisions rename any). */
function sharedNames(files: readonly FileOutcome[]): string[] {
  const count = new Map<string, number>()
  for (const outcome of files) for (const name of new Set(outcome.agents.map((agent) => agent.name))) count.set(name, (count.get(name) ?? 0) + 1)
  return [...count].filter(([, count]) => count > 1).map(([name]) => name)
}

/** Stages 1–4 for one readable file: from the cache when it holds it under these options, else here. */
function compileCached(source: Source, options: BuildOptions, general: VFile[]): CompileResult {
  const path = source.shown
  const cached = options.cache?.read(path, source.digest(), () => compileRead(source, options))
  if (cached?.compiled) return cached.compiled
  if (cached?.corrupt !== undefined) {
    const file = new VFile({ path })
    report(file, 'cache-ignored', { reason: cached.corrupt })
    general.push(file)
  }
  const read = source.read()
  // Its digest told by the inputs' index, and unreadable since: said as any unreadable file, not cached.
  if (!('bytes' in read)) return unread(path, read, options)
  const compiled = compileParts(path, read.bytes, options)
  options.cache?.write(path, source.digest(), compiled)
  return compiled
}

/** Stages 1–4 on the file's bytes, read now. */
function compileRead(source: Source, options: BuildOptions): CompileResult {
  const read = source.read()
  return 'bytes' in read ? compileParts(source.shown, read.bytes, options) : unread(source.shown, read, options)
}

/** A file that could not be read: one diagnostic saying why. */
function unread(path: string, read: Unreadable, options: BuildOptions): CompileResult {
  return { file: unreadFile(path, read, options.maxBytes ?? DEFAULT_MAX_BYTES), agents: [], outputs: [] }
}

/**
 * The agents of every file in the one file of each target that gathers them (Roo's
 * `.roomodes`); a whole that fails its check is reported on its path and not written.
 */
function gather(files: FileOutcome[], out: string, cwd: string, general: VFile[], memo?: WholeMemo): void {
  const wholes = wholesOf(
    files.flatMap((outcome) => outcome.outputs),
    (id, problems) => {
      const file = new VFile({ path: displayPath(`${out}/${outputPath(id, '')}`, cwd) })
      report(file, 'target-invalid', { target: id, problems })
      general.push(file)
    },
    memo,
  )
  for (const outcome of files) outcome.outputs = withWholes(outcome.outputs, wholes)
}

/** The files the output root's manifest lists, by absolute path: agentdef's outputs are never its inputs. */
function writtenFiles(manifest: ReturnType<typeof readManifest>, root: string): Set<string> {
  return new Set(Object.keys(manifest.files).map((path) => resolve(root, path)))
}

function linkData(link: LinkNote, cwd: string): DataOf<'input-symlink'> {
  if (link.reason === 'outside') return { target: link.target, outside: displayPath(link.root ?? '', cwd) }
  if (link.reason === 'again') return { target: link.target, again: displayPath(resolve(cwd, link.as ?? ''), cwd) }
  return { target: link.target, broken: true }
}
