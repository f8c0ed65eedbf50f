/**
 * The build cache: a file's compile result (its agents, outputs and diagnostics)
 * under a key of everything that decides it: its bytes, its path, the options
 * (targets, language, model, colour and tool maps, size limit) and agentdef's
 * version. An unchanged rebuild or `--check` then reads one small JSON file per
 * input instead of parsing and rendering it. An entry whose key differs is never
 * read; one that cannot be read or parsed is ignored (the file is compiled again,
 * with a note), never an error. Entries are written through a temporary file and
 * renamed, so a killed build leaves no half entry.
 *
 * An entry is two files: `<key>.json` (the agents, the diagnostics, each output with
 * the SHA-256 of its text) and `<key>.out.json` (the outputs' texts), written first.
 * The texts are 81 % of an entry's bytes and an unchanged output never needs its text
 * (its digest is compared with the file's), so they are read only when an output is
 * written, differs, or is compared by text (a collision).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import { lazyProperty } from '../model/lazy.js'
import type { FieldPosition } from '../model/draft.js'
import { decidingOptions, type CompileOptions, type Output } from './compile.js'
import { sha256 } from './manifest.js'
import { carryPositions, fieldPositions } from './recognise.js'
import { recordOf, reportMessage, type Message, type Place } from '../diagnostics/report.js'

/** Bumped when the shape of an entry changes. */
const FORMAT = 2

interface Entry {
  format: typeof FORMAT
  agents: Agent[]
  positions: (Record<string, FieldPosition> | null)[]
  /** Each output without its text, with its digest. */
  outputs: (Omit<Output, 'content'> & { digest: string })[]
  messages: { message: Message; place?: Place }[]
}

/** An entry as text: the entry itself, and its outputs' texts (a JSON array, in the order of `outputs`). */
export interface EntryText {
  entry: string
  contents: string
}

export interface Compiled {
  file: VFile
  agents: Agent[]
  outputs: Output[]
}

export interface BuildCache {
  /** Whether an entry is stored for this file (not read). */
  has(path: string, bytes: Uint8Array): boolean
  /**
   * The file's result, or undefined (no entry; or one that could not be read: `corrupt`
   * says so). Its outputs' texts are read when first asked for; should that file be
   * unreadable then, `again` gives them (the file compiled again), as it gives the
   * prompts' outlines, which an entry does not keep.
   */
  read(path: string, bytes: Uint8Array, again?: () => Compiled): { compiled?: Compiled; corrupt?: string }
  write(path: string, bytes: Uint8Array, compiled: Compiled): void
  /** `write` of a result already made into an entry's text (a worker's). */
  writeText(path: string, bytes: Uint8Array, text: EntryText): void
}

/**
 * A cache in `dir` for builds with these options; undefined when the options cannot
 * be keyed (custom targets, whose templates live in files of their own).
 */
export function openCache(dir: string, options: CompileOptions, version: string): BuildCache | undefined {
  if (options.customTargets && Object.keys(options.customTargets).length > 0) return undefined
  const settings = JSON.stringify([FORMAT, version, decidingOptions(options)])
  const keyOf = (path: string, bytes: Uint8Array) => createHash('sha256').update(settings).update('\0').update(path).update('\0').update(bytes).digest('hex')
  const entryPath = (key: string) => join(dir, key.slice(0, 2), `${key}.json`)
  return {
    read(path, bytes, again) {
      const at = entryPath(keyOf(path, bytes))
      let text: string
      try {
        text = readFileSync(at, 'utf8')
      } catch {
        return {}
      }
      const contents = contentsPath(at)
      if (!existsSync(contents)) return { corrupt: 'the entry has no outputs file' }
      try {
        return { compiled: restoreEntry(path, { entry: text, contents: () => readFileSync(contents, 'utf8') }, again) }
      } catch (error) {
        return { corrupt: (error as Error).message }
      }
    },
    has(path, bytes) {
      return existsSync(entryPath(keyOf(path, bytes)))
    },
    write(path, bytes, compiled) {
      const text = entryText(compiled)
      if (text !== undefined) writeText(path, bytes, text)
    },
    writeText,
  }

  function writeText(path: string, bytes: Uint8Array, text: EntryText): void {
    const target = entryPath(keyOf(path, bytes))
    try {
      mkdirSync(join(target, '..'), { recursive: true })
      // The texts first: an entry is never there without them.
      for (const [file, data] of [[contentsPath(target), text.contents], [target, text.entry]] as const) {
        const temp = `${file}.${process.pid}.tmp`
        writeFileSync(temp, data)
        renameSync(temp, file)
      }
    } catch {
      // A cache that cannot be written costs the next build time, never this one its result.
    }
  }
}

/**
 * A compile result as an entry's text (what the cache stores and a worker thread sends
 * back), or undefined when it cannot be replayed: a message not made by `report` (none
 * should be), or an internal error, which is never kept.
 */
export function entryText(compiled: Compiled): EntryText | undefined {
  const messages = compiled.file.messages.map((m) => recordOf(m))
  if (messages.some((m) => m === undefined) || compiled.file.messages.some((m) => m.ruleId === 'internal-error')) return undefined
  const outputs = compiled.outputs.map((output) => {
    const { content, digest, ...rest } = output
    return { ...rest, digest: digest ?? sha256(content) }
  })
  const entry: Entry = { format: FORMAT, agents: compiled.agents.map(withoutOutline), positions: compiled.agents.map((a) => fieldPositions(a) ?? null), outputs, messages: messages as Entry['messages'] }
  return { entry: JSON.stringify(entry), contents: JSON.stringify(compiled.outputs.map((o) => o.content)) }
}

/**
 * An agent as an entry keeps it: without its prompt's outline, which needs the
 * Markdown tree (most builds never read it, ../model/lazy.ts). A restored agent's
 * outline is computed from the file again when read.
 */
function withoutOutline(agent: Agent): Agent {
  const instructions: Record<string, unknown> = {}
  for (const key of Object.keys(agent.instructions)) {
    if (key !== 'outline') instructions[key] = agent.instructions[key as keyof Agent['instructions']]
  }
  return { ...agent, instructions: instructions as unknown as Agent['instructions'] }
}

const contentsPath = (entryPath: string) => entryPath.replace(/\.json$/, '.out.json')

/**
 * Each output's `content`, read from `contents` the first time any is asked for (the
 * whole array at once). Nothing sets it: a gathered file's whole text is a new output
 * (combine.ts, which copies a part without reading its text).
 */
function withContents(outputs: Entry['outputs'], contents: string | (() => string), again?: () => Compiled): Output[] {
  let texts: string[] | undefined
  const read = (): string[] => {
    const parsed = JSON.parse(typeof contents === 'string' ? contents : contents()) as unknown
    if (!Array.isArray(parsed) || parsed.length !== outputs.length || parsed.some((t) => typeof t !== 'string')) throw new Error('the outputs file does not match its entry')
    return parsed as string[]
  }
  const load = (): string[] => {
    if (texts) return texts
    try {
      texts = read()
    } catch (error) {
      // Unreadable since the entry was read: the texts of the file compiled again, the same by construction.
      if (!again) throw error
      texts = again().outputs.map((output) => output.content)
    }
    return texts
  }
  return outputs.map((output, i) => {
    Object.defineProperty(output, 'content', {
      enumerable: true,
      configurable: true,
      get: () => load()[i],
    })
    return output as unknown as Output
  })
}

/**
 * An entry's text back as the compile result it was made from: its messages replayed
 * on a new file of `path`; an agent's outline, and the texts should their file be
 * unreadable, from `again` (the file compiled again, once) when read. Throws on a text
 * that is not an entry.
 */
export function restoreEntry(path: string, text: { entry: string; contents: string | (() => string) }, again?: () => Compiled): Compiled {
  const entry = JSON.parse(text.entry) as Entry
  if (entry.format !== FORMAT || !Array.isArray(entry.agents) || !Array.isArray(entry.outputs) || !Array.isArray(entry.messages)) throw new Error('not an entry of this format')
  const file = new VFile({ path })
  for (const { message, place } of entry.messages) reportMessage(file, message, place)
  let recompiled: Compiled | undefined
  const once = again && (() => (recompiled ??= again()))
  entry.agents.forEach((agent, i) => {
    const positions = entry.positions[i]
    if (positions) carryPositions(agent, positions)
    // The outline in its place (after `text`), as a fresh agent has it.
    const { text: prompt, ...rest } = agent.instructions as Omit<Agent['instructions'], 'outline'>
    agent.instructions = { text: prompt, outline: [], ...rest }
    if (once) lazyProperty(agent.instructions, 'outline', () => once().agents[i]?.instructions.outline ?? [])
  })
  return { file, agents: entry.agents, outputs: withContents(entry.outputs, text.contents, once) }
}
