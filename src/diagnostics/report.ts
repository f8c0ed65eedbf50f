/**
 * Reporting: `report(file, 'tools-unknown', { raw }, place)` is the one way a
 * message reaches a file; its rule must be in the catalogue and its data of the
 * rule's shape, or it does not type-check. Nothing throws.
 */
import type { VFile } from 'vfile'
import { catalogue, message as messageOf, severityOfMessage, textOf, type DataOf, type Message, type RuleId, type Severity } from './catalogue.js'
import type { Rule } from './rule.js'
import type { Place } from './place.js'
import { toSource } from './source-map.js'

export { catalogue, message, rules, type DataOf, type Message, type RuleId, type Severity } from './catalogue.js'
export type { Place } from './place.js'

declare module 'vfile' {
  interface DataMap {
    /** Every message reported on the file, by rule and data (`keyOf`), made when first asked for: a target's message is reported once. */
    reported: Set<string> | undefined
  }
}

/** Report a diagnostic on a file. Errors mark the file as failed. */
export function report<R extends RuleId>(file: VFile, rule: R, data: DataOf<R>, place?: Place): void {
  reportMessage(file, messageOf(rule, data), place)
}

/** Report a message built earlier (a finding of a reader, a target's message). */
export function reportMessage(file: VFile, message: Message, place?: Place): void {
  // While a repaired text is read, its places are translated back to the author's file.
  const at = place && file.data.sourceMap ? toSource(file.data.sourceMap, place) : place
  const start = at ? { line: at.line, column: at.column } : undefined
  // A VFileMessage is an Error: its constructor captures a stack trace that vfile-message
  // then replaces with '' (vfile-message 4.0, lib/index.js). Not captured: a build reports
  // ~100,000 messages on the corpus, and the traces were 3 % of its time.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let reported: ReturnType<VFile['message']>
  try {
    reported = file.message(textOf(message), {
      place: start && at?.end ? { start, end: at.end } : start,
      ruleId: message.rule,
      source: 'agentdef',
    })
  } finally {
    Error.stackTraceLimit = limit
  }
  const severity = severityOfMessage(message)
  reported.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  Object.defineProperty(reported, RECORD, { value: at ? { message, place: at } : { message } })
  // The keys are made when first asked for (`wasReported`): a replayed cache entry's messages are never asked.
  file.data.reported?.add(keyOf(message))
}

/**
 * What a reported message was made from, kept on the message under a symbol (not
 * enumerable: JSON and the tests' equality do not see it). A WeakMap held it before:
 * the garbage collector treats each entry as an ephemeron, and a build holds ~100,000.
 */
const RECORD = Symbol('agentdef.record')

/** What a reported message was made from (its rule, data and place in the author's file): the cache keeps it to report it again. */
export function recordOf(reported: object): { message: Message; place?: Place } | undefined {
  return (reported as { [RECORD]?: { message: Message; place?: Place } })[RECORD]
}

/** A target's message: what it was built from, for a reporter to say the same fact for several targets once. */
export interface Fact {
  /** The target it is about; its text starts with `<target>: `. */
  target: string
  /** The rule and the data without the target: the same for the same fact. */
  key: string
  /** The fact's text naming no target (the rule's `together`), if it has one. */
  together?: string
}

/** The fact a reported message of a `target-*` rule states, else undefined. */
export function factOf(reported: object): Fact | undefined {
  const message = recordOf(reported)?.message
  // A target's message names its target: reporters say one fact found for several targets once.
  if (!message || !message.rule.startsWith('target-') || typeof (message.data as { target?: unknown }).target !== 'string') return undefined
  const { target, ...rest } = message.data as { target: string }
  const together = (catalogue[message.rule] as unknown as Rule<unknown>).together?.(rest)
  return { target, key: keyOf({ rule: message.rule, data: rest } as Message), ...(together === undefined ? {} : { together }) }
}

/** Whether the same message (same rule, same data) was reported on the file already. */
export function wasReported(file: VFile, message: Message): boolean {
  file.data.reported ??= new Set(file.messages.flatMap((reported) => {
    const record = recordOf(reported)
    return record ? [keyOf(record.message)] : []
  }))
  return file.data.reported.has(keyOf(message))
}

/**
 * Rule and data, the data's keys in a fixed order (the same data built in two places
 * is one key). Every target's note of every agent is looked up by it: a replacer that
 * rebuilt each object sorted made it 2 % of a cold build; the values are still written
 * by `JSON.stringify`, the keys sorted here, and what JSON leaves out is left out.
 */
function keyOf({ rule, data }: Message): string {
  return `${JSON.stringify(rule)}:${stable(data)}`
}

function stable(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map((item) => stable(item) ?? 'null').join(',')}]`
  const fields: string[] = []
  for (const key of Object.keys(value).sort()) {
    const text = stable((value as Record<string, unknown>)[key])
    if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`)
  }
  return `{${fields.join(',')}}`
}

export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true)
}

export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}
