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
import { customTarget, type CustomTargetDefinition } from '../targets/custom/index.js'
import { render } from '../targets/shared/render.js'
import type { EmitOptions, Target, TargetMessage } from '../targets/types.js'
import type { ToolMap } from '../vocabulary/tool-map.js'
import { placesIn } from '../normalise/places.js'
import { combine } from './combine.js'

/** A built-in target's id, or a custom target's (defined in `customTargets`). */
export type TargetName = TargetId | (string & {})

export interface CompileOptions extends EmitOptions {
  targets: TargetName[]
  /** Targets from configuration, by id: a template, an output path, a container (README, "Custom targets"). */
  customTargets?: Record<string, CustomTargetDefinition>
  maxBytes?: number
  /** The user's tool names → canonical ids, read before each dialect's table (`toToolMap`). */
  toolMap?: ToolMap
}

export interface Output {
  /** The agent's name (id). */
  agent: string
  target: TargetName
  /** Path inside the output folder: `<target>/<name><ext>`, or `<target>/<file>` for a target that gathers every agent into one file (`outputPath`). */
  path: string
  content: string
  /** The SHA-256 of `content` (UTF-8, hex), when the result came from the build cache: an unchanged output is told by it without its text being read. */
  digest?: string
  /**
   * What the target said about this agent, each note with the source field it is about
   * (`agentdef explain`, the corpus's round trip); reported on the file once each.
   */
  notes: TargetMessage[]
  /**
   * For a target that gathers every agent into one file (Roo's `.roomodes`): this
   * agent's view, from which `combine` renders the file. Each agent's output then has
   * the file's path and the content of the whole file.
   */
  part?: unknown
  /** The digest of `part` (combine.ts's `partDigest`), when the result came from the build cache: its view is then read only when needed. */
  partDigest?: string
}

/**
 * Where an agent's output goes inside the output folder: its own file (a custom
 * target's path pattern), or the one file its target gathers every agent into.
 */
export function outputPath(id: TargetName, name: string, options: Pick<CompileOptions, 'customTargets'> = {}, agent?: Agent): string {
  const target = targetOf(id, options)
  if (!target) return `${id}/${name}`
  if (target.combine) return `${id}/${target.combine.file}`
  // A target that writes two kinds of file chooses by the agent (Cursor: a rule as `.mdc`).
  return `${id}/${target.fileName?.(name) ?? name + ((agent && target.extensionOf?.(agent)) ?? target.extension)}`
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

/**
 * Stages 1–4 of one file of a build: each agent's own outputs, the parts of a gathered
 * file not yet gathered (the build gathers them across files). The one path for the
 * main thread, the workers and a cached result's texts. Never throws.
 */
export function compileParts(path: string, bytes: Uint8Array, options: CompileOptions): CompileResult {
  const recognised = recogniseSource(path, bytes, options)
  return { ...recognised, outputs: emitAll(recognised.file, recognised.agents, options) }
}

/**
 * The options that decide a file's result, and nothing else: the build cache's key is
 * made of them, and they are what a worker thread is given (no functions, no streams).
 */
export function decidingOptions(options: CompileOptions): CompileOptions {
  const { targets, lang, modelMap, model, colorMap, maxBytes, toolMap } = options
  return { targets, lang, modelMap, ...(model === undefined ? {} : { model }), ...(colorMap ? { colorMap } : {}), ...(maxBytes === undefined ? {} : { maxBytes }), ...(toolMap ? { toolMap } : {}) }
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

const customTargets = new WeakMap<CustomTargetDefinition, Target>()

/** The target of an id: a built-in one, else the custom one the options define. */
export function targetOf(id: TargetName, options: Pick<CompileOptions, 'customTargets'>): Target | undefined {
  if (Object.hasOwn(targets, id)) return targets[id as TargetId] as Target
  const definition = options.customTargets && Object.hasOwn(options.customTargets, id) ? options.customTargets[id] : undefined
  if (!definition) return undefined
  let target = customTargets.get(definition)
  if (!target) customTargets.set(definition, (target = customTarget(id, definition)))
  return target
}

/** Build the view, render the template, check the result as its strictest reader would. */
export function emit(agent: Agent, id: TargetName, options: EmitOptions & Pick<CompileOptions, 'customTargets'>, file: VFile): Output | undefined {
  const target = targetOf(id, options)
  if (!target) {
    report(file, 'target-invalid', { target: id, problems: [`no target \`${id}\` (built-in: ${TARGET_IDS.join(', ')}; custom: ${Object.keys(options.customTargets ?? {}).join(', ') || 'none'})`] })
    return undefined
  }
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
  const output: Output = { agent: agent.name, target: id, path: outputPath(id, agent.name, options, agent), content, notes }
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
