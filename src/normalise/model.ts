/** Model names as authors write them → `{ raw, family, tier }`. */
import type { ModelRef } from '../model/agent.js'
import { MODEL_TIERS } from '../vocabulary/models.js'

/**
 * One model, or a list in order of preference (a Copilot list, `a | b`): the first
 * is the model, the rest its `alternatives`.
 */
export function normaliseModel(raw: unknown): ModelRef | undefined | 'invalid' {
  if (raw === undefined || raw === null || raw === '') return undefined
  const list = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : typeof raw === 'string' ? [raw] : undefined
  if (!list) return 'invalid'
  const refs = list.flatMap((entry) => entry.split('|')).map((text) => text.trim()).filter(Boolean).map(oneModel)
  if (refs.length === 0) return Array.isArray(raw) ? 'invalid' : undefined
  const [first, ...rest] = refs
  return rest.length > 0 ? { ...first!, alternatives: rest } : first
}

function oneModel(text: string): ModelRef {
  const lower = text.toLowerCase()
  if (lower === 'inherit') return { raw: text, tier: 'inherit' }
  const tier = MODEL_TIERS.find((t) => lower.includes(t))
  if (tier) return { raw: text, family: 'anthropic', tier }
  if (/claude/.test(lower)) return { raw: text, family: 'anthropic' }
  if (/(^|\/)(gpt|o[1-9]|chatgpt|codex)/.test(lower)) return { raw: text, family: 'openai' }
  if (/gemini/.test(lower)) return { raw: text, family: 'google' }
  const provider = /^([a-z0-9-]+)\//.exec(lower)
  return provider ? { raw: text, family: provider[1]! } : { raw: text }
}
