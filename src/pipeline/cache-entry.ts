/**
 * A file's compile result as the build cache stores it and a worker thread sends it
 * back: the entry and the rest. The entry (`<key>.json`) holds what every build reads:
 * each agent's name, title and source (what collisions, the layout and the report read),
 * each output's path, target and digest, and the messages. The rest (`<key>.out`: the
 * outputs' texts, notes and gathered parts, the whole agents, where their fields are
 * written) is read the first time any of it is asked for: an unchanged rebuild never
 * does, as it tells an unchanged output by its digest. It is 96 % of the bytes (issue 11:
 * parsing every entry whole was most of a cached rebuild's time).
 *
 * The rest is a JSON header and the outputs' texts as UTF-8 bytes (./texts-apart.ts),
 * not JSON strings: escaping 270 MB of texts into JSON and writing it out as UTF-8 again
 * cost ~5 s of a cold build of the corpus with the cache (V8 transcodes a two-byte
 * string slowly, and one emoji makes a whole JSON text two-byte); a worker transfers
 * the bytes to the main thread without a copy. A gathered file's part keeps its text in
 * the header: it is read after its file is staged, when the other texts are let go.
 */
import { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import type { FieldPosition } from '../model/draft.js'
import { lazyProperty } from '../model/lazy.js'
import type { TargetMessage } from '../targets/types.js'
import type { Output } from './compile.js'
import { partDigest } from './combine.js'
import { sha256 } from './manifest.js'
import { bytesOf, packTexts, TEXT_BYTES, textOf } from './texts-apart.js'
import { carryPositions, fieldPositions } from './recognise.js'
import { recordOf, reportMessage, type Message, type Place } from '../diagnostics/report.js'

/** Bumped when the shape of an entry changes. */
export const FORMAT = 4

/** What an entry keeps of an agent: its keys in order, and the values every build reads. */
interface AgentSummary {
  keys: string[]
  name: string
  title: string
  source: Agent['source']
}

interface Entry {
  format: typeof FORMAT
  agents: AgentSummary[]
  /** Each output without its text, notes and part: with its digest, and its part's. */
  outputs: { agent: string; target: Output['target']; path: string; digest: string; partDigest?: string }[]
  messages: { message: Message; place?: Place }[]
}

/** The rest of an entry, in the order of its agents and outputs. */
interface Rest {
  /** A part's text; null for a text in the bytes (`ends`). */
  texts: (string | null)[]
  /** Where each output's text ends in the bytes (a part's: where the one before it ends). */
  ends: number[]
  notes: TargetMessage[][]
  parts: unknown[]
  /** The whole agents, without their outlines (computed from the file again when read). */
  agents: Record<string, unknown>[]
  positions: (Record<string, FieldPosition> | null)[]
}

/** An entry as text: the entry itself, and the rest: its header (`Rest`, JSON) and the texts' bytes. */
export interface EntryText {
  entry: string
  rest: RestParts
}

export interface RestParts {
  header: string
  bytes: Uint8Array
}

export interface Compiled {
  file: VFile
  agents: Agent[]
  outputs: Output[]
}

/** Stands for a part in the rest: JSON has no `undefined` in an array. */
const NO_PART = null

/**
 * A compile result as an entry's text, or undefined when it cannot be replayed: a
 * message not made by `report` (none should be), or an internal error, never kept.
 */
export function entryText(compiled: Compiled): EntryText | undefined {
  const messages = compiled.file.messages.map((m) => recordOf(m))
  if (messages.some((m) => m === undefined) || compiled.file.messages.some((m) => m.ruleId === 'internal-error')) return undefined
  const entry: Entry = {
    format: FORMAT,
    agents: compiled.agents.map((agent) => ({ keys: Object.keys(agent), name: agent.name, title: agent.title, source: agent.source })),
    outputs: compiled.outputs.map((o) => ({ agent: o.agent, target: o.target, path: o.path, digest: o.digest ?? sha256(o.content), ...(o.part === undefined ? {} : { partDigest: partDigest(o.part) }) })),
    messages: messages as Entry['messages'],
  }
  const inHeader = compiled.outputs.map((o) => o.part !== undefined)
  const packed = packTexts(compiled.outputs.map((o, i) => (inHeader[i] ? '' : o.content)))
  const rest: Rest = {
    texts: compiled.outputs.map((o, i) => (inHeader[i] ? o.content : null)),
    ends: packed.ends,
    notes: compiled.outputs.map((o) => o.notes),
    parts: compiled.outputs.map((o) => (o.part === undefined ? NO_PART : o.part)),
    agents: compiled.agents.map(withoutOutline),
    positions: compiled.agents.map((a) => fieldPositions(a) ?? null),
  }
  return { entry: JSON.stringify(entry), rest: { header: JSON.stringify(rest), bytes: packed.bytes } }
}

/** An agent's keys, without its prompt's outline, which needs the Markdown tree (../model/lazy.ts). */
function withoutOutline(agent: Agent): Record<string, unknown> {
  const instructions: Record<string, unknown> = {}
  for (const key of Object.keys(agent.instructions)) if (key !== 'outline') instructions[key] = agent.instructions[key as keyof Agent['instructions']]
  return { ...agent, instructions }
}

/**
 * An entry's text back as the compile result it was made from: its messages replayed
 * on a new file of `path`; the rest read when first asked for, and should it then be
 * unreadable, taken from `again` (the file compiled again, once), as is an agent's
 * outline. Throws on a text that is not an entry.
 */
export function restoreEntry(path: string, text: { entry: string; rest: RestParts | (() => RestParts) }, again?: () => Compiled): Compiled {
  const entry = JSON.parse(text.entry) as Entry
  if (entry.format !== FORMAT || !Array.isArray(entry.agents) || !Array.isArray(entry.outputs) || !Array.isArray(entry.messages)) throw new Error('not an entry of this format')
  const file = new VFile({ path })
  for (const { message, place } of entry.messages) reportMessage(file, message, place)
  let recompiled: Compiled | undefined
  const once = again && (() => (recompiled ??= again()))
  const { read: rest, release, released } = lazyRest(entry.outputs.length, entry.agents.length, text.rest, once)
  const agents = entry.agents.map((summary, i) => restoreAgent(summary, i, rest, once))
  const outputs = entry.outputs.map((stored, i) => restoreOutput(stored, i, rest, released))
  releasers.set(file, release)
  return { file, agents, outputs }
}

/** How to let go of each restored file's texts' bytes, by its file (a restored result's `file` is its own). */
const releasers = new WeakMap<VFile, () => void>()

/**
 * Lets go of the bytes of a restored file's output texts, once nothing reads them: each
 * output staged (its text read back from the disk if asked for) or let go (made again).
 * A worker's result is ~100 KB of texts a file, which the main thread held to the end of
 * the build before. An output's text asked for after this is an error, never wrong bytes
 * (`textBytes` answers undefined). Nothing for a result compiled here.
 */
export function releaseTexts(file: VFile): void {
  releasers.get(file)?.()
}

/**
 * An output with its text, notes and part read from the rest when first asked for:
 * accessors of an object literal (a restored build holds 14,000 outputs; defining
 * three properties on each made them slow dictionaries, a tenth of a cached rebuild).
 * Each is an ordinary value once read or written.
 */
function restoreOutput(stored: Entry['outputs'][number], i: number, rest: () => ReadRest, released: () => boolean): Output {
  let content: string | undefined
  let notes: TargetMessage[] | undefined
  const output = {
    agent: stored.agent,
    target: stored.target,
    path: stored.path,
    digest: stored.digest,
    get content(): string {
      if (content === undefined) {
        // Held by the output once read (a build then lets it go, ./stage.ts): not twice.
        const { texts, ends, bytes } = rest()
        if (texts[i] === null && released()) throw new Error(`the text of ${stored.path} was let go (releaseTexts)`)
        content = texts[i] ?? textOf({ bytes, ends }, i)
        texts[i] = ''
      }
      return content
    },
    set content(value: string) {
      content = value
    },
    [TEXT_BYTES]: (): Uint8Array | undefined => {
      if (content !== undefined || released()) return undefined
      const { texts, ends, bytes } = rest()
      return texts[i] === null ? bytesOf({ bytes, ends }, i) : undefined
    },
    get notes(): TargetMessage[] {
      return (notes ??= rest().notes[i]!)
    },
    set notes(value: TargetMessage[]) {
      notes = value
    },
  } as Output
  if (stored.partDigest === undefined) return output
  output.part = undefined
  lazyProperty(output, 'part', () => rest().parts[i])
  output.partDigest = stored.partDigest
  return output
}

/** The rest read: its header parsed, with the texts' bytes. */
type ReadRest = Rest & { bytes: Uint8Array }

/**
 * The rest, parsed when first asked for; from the file compiled again when it cannot be.
 * It keeps the entry's counts, not the entry: every restored agent and output holds it
 * until the end of a build, and the parsed entry with its messages was a third of what
 * an unchanged rebuild kept alive (and the garbage collector copied).
 */
function lazyRest(outputs: number, agents: number, text: RestParts | (() => RestParts), again?: () => Compiled): { read: () => ReadRest; release: () => void; released: () => boolean } {
  let rest: ReadRest | undefined
  let parts: RestParts | (() => RestParts) | undefined = text
  let released = false
  const read = (): ReadRest => {
    if (rest) return rest
    try {
      rest = readRest(typeof parts === 'function' ? parts() : parts!, outputs, agents, released)
    } catch (error) {
      // Unreadable since the entry was read: the file compiled again gives the same, by construction.
      if (!again) throw error
      rest = readRest(entryText(again())!.rest, outputs, agents, released)
    }
    // Read once: the text is let go.
    parts = undefined
    if (released) rest.bytes = NO_BYTES
    return rest
  }
  const release = () => {
    released = true
    if (rest) rest.bytes = NO_BYTES
    // Not read yet: its header is kept (the agents, notes and parts are read from it), not its bytes.
    else if (parts !== undefined && typeof parts !== 'function') parts = { header: parts.header, bytes: NO_BYTES }
  }
  return { read, release, released: () => released }
}

const NO_BYTES = new Uint8Array(0)

/** The rest's header parsed and checked against its entry's counts and its bytes (not when they were let go). Throws when it does not match. */
function readRest(parts: RestParts, outputs: number, agents: number, released: boolean): ReadRest {
  const rest = JSON.parse(parts.header) as Rest
  const { texts, ends } = rest ?? {}
  const matches =
    Array.isArray(texts) && texts.length === outputs && texts.every((t) => typeof t === 'string' || t === null) &&
    Array.isArray(ends) && ends.length === outputs && ends.every((end, i) => Number.isInteger(end) && end >= (i === 0 ? 0 : ends[i - 1]!)) && (released || (ends.at(-1) ?? 0) === parts.bytes.byteLength) &&
    Array.isArray(rest.agents) && rest.agents.length === agents
  if (!matches) throw new Error('the outputs file does not match its entry')
  return Object.assign(rest, { bytes: parts.bytes })
}

/** An agent with its summary's values, the others read from the rest when first asked for, every key in its place. */
function restoreAgent(summary: AgentSummary, i: number, rest: () => ReadRest, again?: () => Compiled): Agent {
  const agent: Record<string, unknown> = {}
  const known: Record<string, unknown> = { name: summary.name, title: summary.title, source: summary.source }
  for (const key of summary.keys) {
    if (Object.hasOwn(known, key)) agent[key] = known[key]
    else if (key === 'instructions') lazyProperty(agent, key, () => instructionsOf(rest().agents[i]!.instructions as Agent['instructions'], i, again))
    else lazyProperty(agent, key, () => rest().agents[i]![key])
  }
  carryPositions(agent as unknown as Agent, () => rest().positions[i] ?? undefined)
  return agent as unknown as Agent
}

/** The instructions with the outline in its place (after `text`), as a fresh agent has it: computed from the file again when read. */
function instructionsOf(stored: Omit<Agent['instructions'], 'outline'>, i: number, again?: () => Compiled): Agent['instructions'] {
  const { text, ...others } = stored
  const instructions: Agent['instructions'] = { text, outline: [], ...others }
  if (again) lazyProperty(instructions, 'outline', () => again().agents[i]?.instructions.outline ?? [])
  return instructions
}
