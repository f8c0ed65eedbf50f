/**
 * The build cache: a file's compile result (its agents, outputs and diagnostics)
 * under a key of everything that decides it: its bytes, its path, the options
 * (targets, language, model, colour and tool maps, size limit) and agentdef's
 * version. An unchanged rebuild or `--check` then reads one small JSON file per
 * input instead of parsing and rendering it. An entry whose key differs is never
 * read; one that cannot be read or parsed is ignored (the file is compiled again,
 * with a note), never an error. Entries are written through a temporary file and
 * renamed, so a killed build leaves no half entry.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import type { FieldPosition } from '../model/draft.js'
import type { CompileOptions, Output } from './compile.js'
import { carryPositions, fieldPositions } from './recognise.js'
import { recordOf, reportMessage, type Message, type Place } from '../diagnostics/report.js'

/** Bumped when the shape of an entry changes. */
const FORMAT = 1

interface Entry {
  format: typeof FORMAT
  agents: Agent[]
  positions: (Record<string, FieldPosition> | null)[]
  outputs: Output[]
  messages: { message: Message; place?: Place }[]
}

export interface Compiled {
  file: VFile
  agents: Agent[]
  outputs: Output[]
}

export interface BuildCache {
  /** Whether an entry is stored for this file (not read). */
  has(path: string, bytes: Uint8Array): boolean
  /** The file's result, or undefined (no entry; or one that could not be read: `corrupt` says so). */
  read(path: string, bytes: Uint8Array): { compiled?: Compiled; corrupt?: string }
  write(path: string, bytes: Uint8Array, compiled: Compiled): void
}

/**
 * A cache in `dir` for builds with these options; undefined when the options cannot
 * be keyed (custom targets, whose templates live in files of their own).
 */
export function openCache(dir: string, options: CompileOptions, version: string): BuildCache | undefined {
  if (options.customTargets && Object.keys(options.customTargets).length > 0) return undefined
  const settings = JSON.stringify([FORMAT, version, options.targets, options.lang, options.modelMap, options.colorMap ?? {}, options.model ?? null, options.maxBytes ?? null, options.toolMap ? [...Object.entries(options.toolMap)] : null])
  const keyOf = (path: string, bytes: Uint8Array) => createHash('sha256').update(settings).update('\0').update(path).update('\0').update(bytes).digest('hex')
  const entryPath = (key: string) => join(dir, key.slice(0, 2), `${key}.json`)
  return {
    read(path, bytes) {
      let text: string
      try {
        text = readFileSync(entryPath(keyOf(path, bytes)), 'utf8')
      } catch {
        return {}
      }
      try {
        return { compiled: restoreEntry(path, text) }
      } catch (error) {
        return { corrupt: (error as Error).message }
      }
    },
    has(path, bytes) {
      return existsSync(entryPath(keyOf(path, bytes)))
    },
    write(path, bytes, compiled) {
      const text = entryText(compiled)
      if (text === undefined) return
      const target = entryPath(keyOf(path, bytes))
      try {
        mkdirSync(join(target, '..'), { recursive: true })
        const temp = `${target}.${process.pid}.tmp`
        writeFileSync(temp, text)
        renameSync(temp, target)
      } catch {
        // A cache that cannot be written costs the next build time, never this one its result.
      }
    },
  }
}

/**
 * A compile result as an entry's text (what the cache stores and a worker thread sends
 * back), or undefined when it cannot be replayed: a message not made by `report` (none
 * should be), or an internal error, which is never kept.
 */
export function entryText(compiled: Compiled): string | undefined {
  const messages = compiled.file.messages.map((m) => recordOf(m))
  if (messages.some((m) => m === undefined) || compiled.file.messages.some((m) => m.ruleId === 'internal-error')) return undefined
  const entry: Entry = { format: FORMAT, agents: compiled.agents, positions: compiled.agents.map((a) => fieldPositions(a) ?? null), outputs: compiled.outputs, messages: messages as Entry['messages'] }
  return JSON.stringify(entry)
}

/** An entry's text back as the compile result it was made from: its messages replayed on a new file of `path`. Throws on a text that is not an entry. */
export function restoreEntry(path: string, text: string): Compiled {
  const entry = JSON.parse(text) as Entry
  if (entry.format !== FORMAT || !Array.isArray(entry.agents) || !Array.isArray(entry.outputs) || !Array.isArray(entry.messages)) throw new Error('not an entry of this format')
  const file = new VFile({ path })
  for (const { message, place } of entry.messages) reportMessage(file, message, place)
  entry.agents.forEach((agent, i) => {
    const positions = entry.positions[i]
    if (positions) carryPositions(agent, positions)
  })
  return { file, agents: entry.agents, outputs: entry.outputs }
}
