/**
 * Stage 5 of a build: each output written (or compared, with `--check`) where its
 * layout puts it, as its owner: a file agentdef did not write is never overwritten
 * (`--force` replaces it), a file it wrote and someone edited since is said before it
 * is replaced, and only the manifest's files whose source has gone are stale
 * (`--clean` removes them, and says so). The manifest is written last.
 */
import { posix, resolve } from 'node:path'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'
import type { Output } from './compile.js'
import { displayPath } from '../inputs/display.js'
import type { StatIndex } from './stat-index.js'
import { Stager } from './stage.js'
import { MANIFEST_FILE, manifestText, readManifest, type Manifest } from './manifest.js'
import { lstatOf, removeOutput, removeStaleTemps, statOf, writeWhole, type WriteMode, type WriteState } from './write.js'

/** What the write stage reads and fills of a build's file (build.ts's `FileOutcome`). */
interface Outcome {
  file: VFile
  outputs: Output[]
  written: string[]
  unchanged: string[]
  drift: string[]
}

export interface WriteOptions {
  out: string
  targets: readonly string[]
  check: boolean
  clean: boolean
  force: boolean
  /** Write nothing (no output, no manifest); say what would be written, replaced and removed. */
  dryRun?: boolean
  cwd: string
  /** The inputs of the build, as absolute paths: never overwritten, whatever their content. */
  inputs: ReadonlySet<string>
  /** What the last build with the cache saw of its outputs (./stat-index.ts): an output it wrote, unchanged since, is not read. */
  index?: StatIndex
  /** The manifest of `out`, when the build read it already (to leave the outputs out of its inputs): 2 MB for the corpus, read once. */
  manifest?: ReturnType<typeof readManifest>
}

/** An output `--check` found out of date, as a unified diff from what is there to what the build makes. */
export interface Drift {
  path: string
  patch: string
}

export interface WriteResult {
  drift: string[]
  stale: string[]
  /** The stale outputs this run removed (`--clean`). */
  removed: string[]
  /** With `--check`: each drifting output's diff. */
  diffs: Drift[]
}

/** The write stage begun before any file is compiled: the manifest read, and where each file's outputs are staged as it finishes. */
export interface WriteSession {
  mode: WriteMode
  owned: Manifest
  problem?: string
  stager: Stager
  swept: Set<string>
  note: (path: string) => VFile
}

/**
 * The write stage begun; undefined, with one error said, when the output folder is a file
 * (`--out` naming a file): nothing can be written or compared there, and each output
 * would otherwise have said so, 14,000 times for the corpus, through a temporary path.
 */
export function startWrite(options: WriteOptions, general: VFile[]): WriteSession | undefined {
  // `out` is read from the process's folder, as every path of the write stage.
  const found = statOf(resolve(options.out))
  if (found !== undefined && !found.isDirectory()) {
    const file = new VFile({ path: displayPath(resolve(options.out), options.cwd) })
    report(file, 'output-write', { path: file.path, reason: 'it is a file, not a folder' })
    general.push(file)
    return undefined
  }
  const mode: WriteMode = options.check ? 'check' : options.dryRun ? 'dry-run' : 'write'
  const { files: owned, problem } = options.manifest ?? readManifest(options.out)
  const note = (path: string) => {
    const file = new VFile({ path: displayPath(`${options.out}/${path}`, options.cwd) })
    general.push(file)
    return file
  }
  const swept = new Set<string>()
  const stager = new Stager({ out: options.out, mode, owned, checks: new Map(), swept, note, inputs: options.inputs, ...(options.index ? { index: options.index } : {}) })
  return { mode, owned, ...(problem === undefined ? {} : { problem }), stager, swept, note }
}

/** The outputs written (or compared), each once; then the manifest. Staged files not written are removed. */
export function writeOutputs(files: Outcome[], options: WriteOptions, session: WriteSession): WriteResult {
  try {
    return writeAll(files, options, session)
  } finally {
    session.stager.discard()
  }
}

function writeAll(files: Outcome[], options: WriteOptions, session: WriteSession): WriteResult {
  const { mode, owned, problem, stager, swept, note } = session
  if (problem !== undefined) report(note(MANIFEST_FILE), 'manifest-unreadable', { reason: problem })
  const next: Manifest = Object.create(null) as Manifest
  const drift: string[] = []
  const diffs: Drift[] = []
  if (mode === 'write') {
    // What a build stopped mid-way left, in the folders this one writes to (those staged into were swept then).
    const folders = ['', ...files.flatMap((outcome) => outcome.outputs.map((output) => posix.dirname(output.path)).filter((dir) => dir !== '.'))].filter((folder) => !swept.has(folder))
    for (const folder of folders) swept.add(folder)
    for (const path of removeStaleTemps(options.out, folders)) report(note(path), 'output-temp-removed', {})
  }
  /** Each path written once: the agents of a gathered file (Roo's `.roomodes`) share it. */
  const produced = new Map<string, WriteState | undefined>()
  for (const outcome of files) {
    for (const output of outcome.outputs) {
      if (produced.has(output.path)) {
        const state = produced.get(output.path)
        if (state && !outcome[state].includes(output.path)) outcome[state].push(output.path)
        continue
      }
      const entry = Object.hasOwn(owned, output.path) ? owned[output.path] : undefined
      // Staged as its file finished (./stage.ts), else looked at now (a gathered file, an agent emitted again).
      const found = stager.of(output) ?? stager.inspect(output)
      if (!('full' in found)) {
        produced.set(output.path, undefined)
        report(outcome.file, 'output-write', { path: output.path, reason: found.problem })
        continue
      }
      const { full } = found
      // A source of this build where an output goes (the native layout): never replaced. Its own source, where its
      // tool reads it already (`.claude/agents/x.md` to claude), is left as it is with a note; another's is an error.
      if (found.exists && entry === undefined && options.inputs.has(full)) {
        produced.set(output.path, undefined)
        if (resolve(options.cwd, outcome.file.path) === full) report(outcome.file, 'output-is-source', { path: output.path })
        else report(outcome.file, 'output-not-owned', { path: output.path })
        continue
      }
      if (found.exists && !found.same && !options.check) {
        if (entry === undefined && !options.force) {
          produced.set(output.path, undefined)
          report(outcome.file, 'output-not-owned', { path: output.path })
          continue
        }
        if (entry !== undefined && found.currentDigest !== entry.sha256) report(outcome.file, 'output-edited', { path: output.path })
      }
      let state: WriteState
      try {
        // Unchanged: nothing to write or compare, and a cached output's text is never read.
        state = found.same ? 'unchanged' : mode === 'check' ? 'drift' : mode === 'dry-run' ? 'written' : (stager.commit(output, found), 'written')
      } catch (error) {
        produced.set(output.path, undefined)
        report(outcome.file, 'output-write', { path: output.path, reason: (error as Error).message })
        continue
      }
      produced.set(output.path, state)
      outcome[state].push(output.path)
      if (state !== 'drift') {
        next[output.path] = { target: output.target, sha256: found.digest }
        // Its stat for the cache's index (none taken without a cache: 14,000 `lstat`s of a cold build of the corpus).
        if (options.index) {
          const now = state === 'written' ? (mode === 'write' ? lstatOf(full) : undefined) : found.stats
          if (now) options.index.record(full, now, found.digest)
        }
      } else {
        drift.push(output.path)
        diffs.push({ path: output.path, patch: createTwoFilesPatch(`a/${output.path}`, `b/${output.path}`, found.current?.toString('utf8') ?? '', output.content, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }) })
        report(outcome.file, 'output-drift', { path: output.path, created: !found.exists })
      }
    }
  }

  // Stale: files of the manifest, for a target of this run, that this run did not produce. Nothing else is agentdef's.
  const stale = Object.keys(owned)
    .filter((path) => !produced.has(path) && options.targets.includes(owned[path]!.target))
    .sort()
  const removed: string[] = []
  for (const path of stale) {
    if (options.clean && mode === 'write') {
      const failed = removeOutput(options.out, path)
      if (failed === undefined) {
        removed.push(path)
        report(note(path), 'output-stale', { state: 'removed' })
      } else {
        report(note(path), 'output-write', { path, reason: failed, removing: true })
        next[path] = owned[path]!
      }
    } else {
      report(note(path), 'output-stale', { state: mode === 'check' ? 'check' : options.clean ? 'would-remove' : 'kept' })
      next[path] = owned[path]!
    }
  }
  // The other targets' files stay agentdef's, untouched by a run that did not build them.
  for (const [path, entry] of Object.entries(owned)) if (!produced.has(path) && !options.targets.includes(entry.target)) next[path] = entry
  // The same files as the manifest read lists, read without a problem: it is left as it is (an unchanged rebuild of the corpus made and compared its 14,000 lines).
  if (mode === 'write' && (Object.keys(next).length > 0 || Object.keys(owned).length > 0) && (problem !== undefined || !sameManifest(owned, next))) {
    try {
      writeWhole(options.out, MANIFEST_FILE, manifestText(next))
    } catch (error) {
      report(note(MANIFEST_FILE), 'output-write', { path: MANIFEST_FILE, reason: (error as Error).message })
    }
  }
  if (mode !== 'dry-run') options.index?.save()
  return { drift, stale, removed, diffs }
}

function sameManifest(a: Manifest, b: Manifest): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((path) => Object.hasOwn(b, path) && a[path]!.target === b[path]!.target && a[path]!.sha256 === b[path]!.sha256)
}
