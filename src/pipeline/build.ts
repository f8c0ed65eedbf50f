/**
 * Compile many files: find inputs, compile each (one bad file never stops the
 * others), resolve name collisions, then write or check the outputs.
 */
import { readFileSync } from 'node:fs'
import { basename, relative, resolve, sep } from 'node:path'
import { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'
import { prefixPaths, resolveCollisions, type CollisionPolicy } from './collisions.js'
import { wholesOf, withWholes } from './combine.js'
import { emitAll, outputPath, recogniseSource, type CompileOptions, type CompileResult } from './compile.js'
import { displayPath, findInputs } from './inputs.js'
import { instructionFileOf } from './instruction-files.js'
import { isTargetId, targets } from '../targets/registry.js'
import type { Target } from '../targets/types.js'
import { readManifest } from './manifest.js'
import { writeOutputs } from './outputs.js'

export interface BuildOptions extends CompileOptions {
  inputs: string[]
  out: string
  /** Write nothing; report outputs that would change. */
  check?: boolean
  /** Remove outputs whose source has gone. */
  clean?: boolean
  cwd?: string
  /** False: compile and report only, touch no file (`lint`). Default true. */
  write?: boolean
  /** What to do when files define different agents of the same name. Default `error`. */
  onCollision?: CollisionPolicy
  /** `flat` (default): `<out>/<target>/<file>`; `native`: where each target's tool reads it (`.claude/agents/…`). */
  layout?: 'flat' | 'native'
  /** Overwrite a file at an output's path that agentdef did not write. */
  force?: boolean
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
}

export function build(options: BuildOptions): BuildResult {
  const cwd = options.cwd ?? process.cwd()
  const native = options.layout === 'native'
  // The native layout writes beside the sources (`.claude/agents/`): the folder is searched, and the files the
  // manifest says agentdef wrote are left out instead.
  const inputs = findInputs(options.inputs, native ? undefined : options.out)
  if (native) {
    const owned = readManifest(options.out).files
    const written = (path: string) => Object.hasOwn(owned, relative(resolve(options.out), resolve(path)).split(sep).join('/'))
    inputs.files = inputs.files.filter((path) => !written(path))
  }
  const general: VFile[] = []
  for (const path of inputs.missing) {
    const file = new VFile({ path: displayPath(path, cwd) })
    report(file, 'input-missing', { path })
    general.push(file)
  }
  for (const path of inputs.skipped) {
    const file = new VFile({ path: displayPath(path, cwd) })
    report(file, 'input-skipped', { inFolder: true })
    general.push(file)
  }
  for (const { path, reason } of inputs.unreadable) {
    const file = new VFile({ path: displayPath(path, cwd) })
    report(file, 'file-read', { reason })
    general.push(file)
  }
  for (const path of inputs.instructions) {
    const file = new VFile({ path: displayPath(path, cwd) })
    report(file, 'input-instructions', { name: basename(path), tools: instructionFileOf(path)!, named: false })
    general.push(file)
  }
  // Nothing to compile, though every input exists: an error, never `0/0 files compiled` and success.
  if (inputs.files.length === 0 && inputs.missing.length === 0) {
    const file = new VFile({ path: displayPath(options.inputs[0] ?? '.', cwd) })
    report(file, 'input-none', { inputs: options.inputs.map((path) => displayPath(path, cwd)), skipped: inputs.skipped.length + inputs.instructions.length })
    general.push(file)
  }
  const files: FileOutcome[] = inputs.files.map((path) => {
    let bytes: Uint8Array
    try {
      bytes = readFileSync(path)
    } catch (error) {
      const file = new VFile({ path: displayPath(path, cwd) })
      report(file, 'file-read', { reason: (error as Error).message })
      return { file, agents: [], outputs: [], written: [], unchanged: [], drift: [] }
    }
    return { ...recogniseSource(displayPath(path, cwd), bytes, options), outputs: [], written: [], unchanged: [], drift: [] }
  })
  if (options.onCollision === 'prefix-path') prefixPaths(files)
  for (const outcome of files) outcome.outputs = emitAll(outcome.file, outcome.agents, options)
  resolveCollisions(files)
  gather(files, options.out, cwd, general)

  if (options.write === false) return { files, general, drift: [], stale: [] }
  if (options.layout === 'native') toNativePaths(files)
  const { drift, stale } = writeOutputs(files, { out: options.out, targets: options.targets, check: options.check ?? false, clean: options.clean ?? false, force: options.force ?? false, cwd, inputs: new Set(inputs.files.map((path) => resolve(path))) }, general)
  return { files, general, drift, stale }
}

/**
 * The agents of every file in the one file of each target that gathers them (Roo's
 * `.roomodes`); a whole that fails its check is reported on its path and not written.
 */
function gather(files: FileOutcome[], out: string, cwd: string, general: VFile[]): void {
  const wholes = wholesOf(
    files.flatMap((outcome) => outcome.outputs),
    (id, problems) => {
      const file = new VFile({ path: displayPath(`${out}/${outputPath(id, '')}`, cwd) })
      report(file, 'target-invalid', { target: id, problems })
      general.push(file)
    },
  )
  for (const outcome of files) outcome.outputs = withWholes(outcome.outputs, wholes)
}

/**
 * The native layout: each output where its target's tool reads it (`Target.nativePath`:
 * `.claude/agents/<name>.md`, `.roomodes`…); a target no tool reads from a folder
 * (`prompt`, the OpenAI request bodies) keeps `<target>/<file>`.
 */
function toNativePaths(files: FileOutcome[]): void {
  for (const outcome of files) {
    for (const output of outcome.outputs) {
      const target = isTargetId(output.target) ? (targets[output.target] as Target) : undefined
      if (!target?.nativePath) continue
      const agent = outcome.agents.find((a) => a.name === output.agent)
      output.path = target.nativePath(output.agent, agent)
    }
  }
}
