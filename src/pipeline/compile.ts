/**
 * One source file → its Agent and one output per target. The one code path
 * behind `build`, `convert`, `inspect`, the library and the tests.
 */
import type { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import { readSource } from '../parse/read.js'
import { fieldPositions, recognise } from './recognise.js'
import { hasErrors, report, reportMessage, wasReported, type Message, type Place } from '../diagnostics/report.js'
import { TARGET_IDS, targets, type TargetId } from '../targets/registry.js'
import { render } from '../targets/shared/render.js'
import type { EmitOptions, Target, TargetMessage } from '../targets/types.js'
import type { ToolMap } from '../vocabulary/tool-map.js'
import { placesIn } from '../normalise/places.js'
import { combine } from './combine.js'

export interface CompileOptions extends EmitOptions {
  targets: TargetId[]
  maxBytes?: number
  /** The user's tool names → canonical ids, read before each dialect's table (`toToolMap`). */
  toolMap?: ToolMap
}

export interface Output {
  /** The agent's name (id). */
  agent: string
  target: TargetId
  /** Path inside the output folder: `<target>/<name><ext>`, or `<target>/<file>` for a target that gathers every agent into one file (`outputPath`). */
  path: string
  content: string
  /**
   * For a target that gathers every agent into one file (Roo's `.roomodes`): this
   * agent's view, from which `combine` renders the file. Each agent's output then has
   * the file's path and the content of the whole file.
   */
  part?: unknown
}

/** Where an agent's output goes inside the output folder: its own file, or the one file its target gathers every agent into. */
export function outputPath(id: TargetId, name: string): string {
  const target = targets[id]
  return target.combine ? `${id}/${target.combine.file}` : `${id}/${name}${target.extension}`
}

export interface CompileResult {
  file: VFile
  /** Usually one; a Roo `.roomodes` file defines several. */
  agents: Agent[]
  outputs: Output[]
}

/** Every target in the registry, both languages, the targets' own model tables. */
export const DEFAULT_OPTIONS: CompileOptions = { targets: TARGET_IDS, lang: 'all', modelMap: {} }

/** Never throws: a failure inside agentdef becomes an `internal-error` diagnostic on the file. */
export function compileSource(path: string, bytes: Uint8Array, options: CompileOptions = DEFAULT_OPTIONS): CompileResult {
  const { file, agents } = recogniseSource(path, bytes, options)
  // A target that gathers agents into one file holds this file's agents.
  const parts = emitAll(file, agents, options)
  const outputs = guard(file, [] as Output[], () => combine(parts, (id, problems) => report(file, 'target-invalid', { target: id, problems })))
  return { file, agents, outputs }
}

/** Stages 1–3: read, parse and recognise. Never throws. */
export function recogniseSource(path: string, bytes: Uint8Array, options: Pick<CompileOptions, 'maxBytes' | 'toolMap'> = {}): { file: VFile; agents: Agent[] } {
  const file = readSource(path, bytes, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes })
  const toolMap = options.toolMap ? { toolMap: options.toolMap } : {}
  return { file, agents: guard(file, [] as Agent[], () => recognise(file, toolMap)) }
}

/** Stage 4: every agent of the file to every target. Nothing when the file has errors. Never throws. */
export function emitAll(file: VFile, agents: Agent[], options: CompileOptions): Output[] {
  return guard(file, [] as Output[], () => {
    const outputs: Output[] = []
    for (const agent of agents) {
      for (const id of options.targets) {
        const output = emit(agent, id, options, file)
        if (output) outputs.push(output)
      }
    }
    return hasErrors(file) ? [] : outputs
  })
}

function guard<T>(file: VFile, fallback: T, run: () => T): T {
  try {
    return run()
  } catch (error) {
    report(file, 'internal-error', { reason: (error as Error).message })
    return fallback
  }
}

/** Build the view, render the template, check the result as its strictest reader would. */
export function emit(agent: Agent, id: TargetId, options: EmitOptions, file: VFile): Output | undefined {
  const target: Target = targets[id]
  const notes: TargetMessage[] = []
  const view = target.toView(agent, options, notes)
  for (const note of notes) {
    // The messages of target-* rules name the target (`claude: …`).
    const message = { rule: note.rule, data: note.rule === 'lang-untranslated' ? note.data : { ...note.data, target: id } } as Message
    // Every agent of a file and every target may find the same thing: it is reported once.
    if (wasReported(file, message)) continue
    reportMessage(file, message, notePlace(agent, note))
  }
  // A part of a gathered file is checked as a file that holds this agent alone, then `combine` checks the whole.
  const content = render(target.template, target.combine ? target.combine.gather([view]) : view)
  const problems = target.verify(content)
  if (problems.length > 0) {
    report(file, 'target-invalid', { target: id, problems })
    return undefined
  }
  const output: Output = { agent: agent.name, target: id, path: outputPath(id, agent.name), content }
  if (target.combine) output.part = view
  return output
}

/**
 * Where a note about a source field points: the name it is about (a tool), else the
 * field, where the reader found them; for an agent not recognised here (built by a
 * caller), the field's line.
 */
function notePlace(agent: Agent, note: TargetMessage): Place | undefined {
  if (!note.field) return undefined
  // Fields are keyed as the dialect reader recorded them: as written, or lower-cased.
  const keyIn = (fields: object) => [note.field!, note.field!.toLowerCase()].find((key) => Object.hasOwn(fields, key))
  const fields = fieldPositions(agent)
  if (!fields) {
    const key = keyIn(agent.source.fields)
    return key === undefined ? undefined : { line: agent.source.fields[key]!, column: 1 }
  }
  const key = keyIn(fields)
  if (key === undefined) return undefined
  const places = placesIn(fields)
  return note.value === undefined ? places.at(key) : places.nameIn(key, note.value)
}
