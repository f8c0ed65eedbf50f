/** Model names as authors write them → `{ raw, family, tier }`. */
import type { ModelRef } from '../model/agent.js'

const TIERS = ['opus', 'sonnet', 'haiku'] as const

export function normalizeModel(raw: unknown): ModelRef | undefined | 'invalid' {
  if (raw === undefined || raw === null || raw === '') return undefined
  if (Array.isArray(raw)) raw = raw.find((v) => typeof v === 'string')
  if (typeof raw !== 'string') return 'invalid'
  const text = raw.split('|')[0]!.trim()
  if (text === '') return undefined
  const lower = text.toLowerCase()
  if (lower === 'inherit') return { raw: text, tier: 'inherit' }
  const tier = TIERS.find((t) => lower.includes(t))
  if (tier) return { raw: text, family: 'anthropic', tier }
  if (/claude/.test(lower)) return { raw: text, family: 'anthropic' }
  if (/(^|\/)(gpt|o[1-9]|chatgpt|codex)/.test(lower)) return { raw: text, family: 'openai' }
  if (/gemini/.test(lower)) return { raw: text, family: 'google' }
  const provider = /^([a-z0-9-]+)\//.exec(lower)
  return provider ? { raw: text, family: provider[1]! } : { raw: text }
}
