/**
 * Model tiers: the portable part of a model name. Claude's aliases name a tier
 * (`opus`, `sonnet`, `haiku`, docs.claude.com model aliases, 2026); `inherit`
 * means the caller's model. Targets map a tier to a model of their own.
 */
export const MODEL_TIERS = ['opus', 'sonnet', 'haiku'] as const

export type ModelTier = (typeof MODEL_TIERS)[number]
