/** What the messages of the target rules share: how they name values, tools, fields and the tool that reads an output. */

export const code = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ')
/** Prefix the target's id. */
export const of = <D>(message: (d: D) => string) => (d: ForTarget<D>) => `${d.target}: ${message(d)}`
export type ForTarget<D> = D & { target: string }
/** `; the list's other models (…) left out`, when the source's list of models had others. */
export const others = (list: readonly string[]) => (list.length > 0 ? `; the list's other models (${code(list)}) left out` : '')
/** `Tool \`a\`` or `Tools \`a\`, \`b\``. */
export const tools = (names: readonly string[]) => `${names.length === 1 ? 'Tool' : 'Tools'} ${code(names)}`
/** A field left out: `invalid`, its value is not one the target reads; `noEquivalent`, the value the target has no equivalent for. */
export type LeftField = { key: string; invalid: boolean; noEquivalent?: string }
/** The name of the tool that reads a target's output, by target id; Claude Code for `claude` and targets that write for it. */
export const HOSTS: Record<string, string> = { opencode: 'opencode', copilot: 'Copilot', roo: 'Roo Code', qwen: 'Qwen Code', kiro: 'Kiro', gemini: 'Gemini CLI', codex: 'Codex', cursor: 'Cursor', 'openai-agents': 'the OpenAI Agents SDK' }
export const host = (target: string) => (Object.hasOwn(HOSTS, target) ? HOSTS[target]! : 'Claude Code')
export const leftField = (f: LeftField, target: string) =>
  `\`${f.key}\`${f.noEquivalent !== undefined ? ` (\`${f.noEquivalent}\` has no ${target} equivalent)` : f.invalid ? ' (not a valid value)' : ''}`
