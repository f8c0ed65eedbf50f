/**
 * Compile many files: find inputs, compile each (one bad file never stops the
 * others), resolve name collisions, then write or check the outputs.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'
import { prefixPaths, resolveCollisions, type CollisionPolicy } from './collisions.js'
import { wholesOf, withWholes } from './combine.js'
import { emitAll, outputPath, recogniseSource, type CompileOptions, type CompileResult } from './compile.js'
import { displayPath, findInputs } from './inputs.js'
import { instructionFileOf } from './instruction-files.js'
import { listOutputs, removeOutput, writeOutput, type WriteState } from './write.js'

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
  const inputs = findInputs(options.inputs, options.out)
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

  const drift: string[] = []
  if (options.write === false) return { files, general, drift, stale: [] }
  /** Each path written once: the agents of a gathered file (Roo's `.roomodes`) share it. */
  const produced = new Map<string, WriteState | undefined>()
  for (const outcome of files) {
    for (const output of outcome.outputs) {
      if (produced.has(output.path)) {
        const state = produced.get(output.path)
        if (state && !outcome[state].includes(output.path)) outcome[state].push(output.path)
        continue
      }
      let state: WriteState
      try {
        state = writeOutput(options.out, output.path, output.content, options.check ?? false)
      } catch (error) {
        produced.set(output.path, undefined)
        report(outcome.file, 'output-write', { path: output.path, reason: (error as Error).message })
        continue
      }
      produced.set(output.path, state)
      outcome[state].push(output.path)
      if (state === 'drift') {
        drift.push(output.path)
        report(outcome.file, 'output-drift', { path: output.path })
      }
    }
  }

  const stale = listOutputs(options.out, options.targets).filter((path) => !produced.has(path))
  for (const path of stale) {
    const file = new VFile({ path: displayPath(`${options.out}/${path}`, cwd) })
    if (options.clean && !options.check) {
      removeOutput(options.out, path)
      report(file, 'output-stale', { state: 'removed' })
    } else {
      report(file, 'output-stale', { state: options.check ? 'check' : 'kept' })
    }
    general.push(file)
  }
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
