/**
 * The shape of one catalogue entry, as typescript-eslint's rule meta: a default
 * severity, the one-line explanation `agentdef rules` and the README list, and the
 * message, a function of typed data (so a report with the wrong data is a type error).
 */
export type Severity = 'error' | 'warning' | 'info'

/** A severity the data decides (`among`: every severity it can give, in the order listed). */
export interface Varying<D> {
  of: (data: D) => Severity
  among: readonly Severity[]
}

export interface Rule<D> {
  severity: Severity | Varying<D>
  explanation: string
  message: (data: D) => string
  /**
   * For a target's rule: the fact without the target (`no tool for \`X\`; left out`),
   * said once for several targets whose own texts differ; undefined when the fact
   * cannot be said apart from its target.
   */
  together?: (data: D) => string | undefined
}

/** The data of a rule whose message has no variable part. */
export type None = Record<string, never>

/** An entry, its data type read from its message's parameter. */
export const rule = <D = None>(entry: Rule<D>): Rule<D> => entry
