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
import type { EmitOptions, TargetMessage } from '../targets/types.js'
import type { ToolMap } from '../vocabulary/tool-map.js'
import { placesIn } from '../normalise/places.js'

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
  /** Path inside the output folder: `<target>/<name><ext>`. */
  path: string
  content: string
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
  return { file, agents, outputs: emitAll(file, agents, options) }
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
  const target = targets[id]
  const notes: TargetMessage[] = []
  const view = target.toView(agent, options, notes)
  for (const note of notes) {
    // The messages of target-* rules name the target (`claude: …`).
    const message = { rule: note.rule, data: note.rule === 'lang-untranslated' ? note.data : { ...note.data, target: id } } as Message
    // Every agent of a file and every target may find the same thing: it is reported once.
    if (wasReported(file, message)) continue
    reportMessage(file, message, notePlace(agent, note))
  }
  const content = render(target.template, view)
  const problems = target.verify(content)
  if (problems.length > 0) {
    report(file, 'target-invalid', { target: id, problems })
    return undefined
  }
  return { agent: agent.name, target: id, path: `${id}/${agent.name}${target.extensionOf?.(agent) ?? target.extension}`, content }
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
