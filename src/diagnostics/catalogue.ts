/**
 * The catalogue of diagnostics: every message agentdef reports or prints has a
 * rule id here, with its severity, the one-line explanation `agentdef rules` and
 * the README list, and its message as a function of typed data. The entries live
 * by stage in `rules/`; this is their one list, in the order `agentdef rules` prints.
 */
import type { Rule, Severity } from './rule.js'
import { readRules } from './rules/read.js'
import { recogniseRules } from './rules/recognise.js'
import { targetRules } from './rules/targets.js'
import { buildRules } from './rules/build.js'

export type { Severity } from './rule.js'

export const catalogue = { ...readRules, ...recogniseRules, ...targetRules, ...buildRules }

export type RuleId = keyof typeof catalogue

/** The data a rule's message is written from. */
export type DataOf<R extends RuleId> = (typeof catalogue)[R] extends Rule<infer D> ? D : never

/** A message not yet reported: a rule and its data, checked together (a union over every rule). */
export type Message = { [R in RuleId]: { rule: R; data: DataOf<R> } }[RuleId]

/** One message, typed: `message('tools-unknown', { raw })`. */
export const message = <R extends RuleId>(rule: R, data: DataOf<R>): Message => ({ rule, data }) as Message

/** The rule ids with their one-line explanations (for the library and the README). */
export const rules = Object.fromEntries(Object.entries(catalogue).map(([id, entry]) => [id, entry.explanation])) as Record<RuleId, string>

const SEVERITIES: Severity[] = ['error', 'warning', 'info']

const entryOf = (rule: RuleId) => catalogue[rule] as unknown as Rule<unknown>

/** The text of a message. */
export function textOf({ rule, data }: Message): string {
  return entryOf(rule).message(data)
}

/** The text of a rule's message for this data (a usage or config error, printed rather than reported). */
export const messageText = <R extends RuleId>(rule: R, data: DataOf<R>): string => textOf(message(rule, data))

/** The severity of a message: its rule's, or the one its data decides. */
export function severityOfMessage({ rule, data }: Message): Severity {
  const { severity } = entryOf(rule)
  return typeof severity === 'string' ? severity : severity.of(data)
}

/** Every rule, in the catalogue's order: its id, every severity it can give, its explanation (`agentdef rules`, the library's `rules`). */
export function ruleList(): { id: RuleId; severity: string; explanation: string }[] {
  return (Object.keys(catalogue) as RuleId[]).map((id) => ({ id, severity: severitiesOf(id), explanation: catalogue[id].explanation }))
}

/** Every severity a rule can give, as listed: `info`, or `info|warning` when the data decides. */
export function severitiesOf(rule: RuleId): string {
  const { severity } = entryOf(rule)
  return typeof severity === 'string' ? severity : SEVERITIES.filter((s) => severity.among.includes(s)).join('|')
}
