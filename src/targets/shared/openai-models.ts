/**
 * The OpenAI model table the OpenAI targets share (`openai-assistant`,
 * `openai-agents`): Claude tiers → OpenAI models, overridable with `--model-map`,
 * and the reading of a source's model list against it.
 */
import type { ModelRef } from '../../model/agent.js'
import { getOwnValue } from '../../text/own-keys.js'

/** The table lives with the other OpenAI tables (openai-tables.ts). */
export { DEFAULT_MODEL_MAP } from './openai-tables.js'

/**
 * The first model of the list that the map names (as written or lower-cased), or that
 * is an OpenAI model (`openai/gpt-4.1`, `GPT-4.1 (copilot)` → `gpt-4.1`); `mapped` when
 * the map gave it.
 */
export function firstOpenAIModel(list: readonly ModelRef[], map: Record<string, string>): { ref: ModelRef; id: string; mapped: boolean } | undefined {
  for (const ref of list) {
    const exact = getOwnValue(map, ref.raw) ?? getOwnValue(map, ref.raw.toLowerCase())
    const id = exact ?? (ref.family === 'openai' ? ref.raw.replace(/^openai\//i, '').replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase().replace(/\s+/g, '-') : undefined)
    if (id !== undefined) return { ref, id, mapped: Boolean(exact) }
  }
  return undefined
}
