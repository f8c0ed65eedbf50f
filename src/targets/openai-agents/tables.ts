/**
 * The `openai-agents` target's tables. Facts from @openai/agents-core 0.14.3, the
 * version the tests typecheck against (pinned: 0.15 and later need Node 22):
 * `dist/model.d.ts` (ModelSettings: `temperature`, `topP`, `reasoning.effort`),
 * `dist/defaultModel.mjs` (which models take reasoning settings), and the
 * OpenAI API reference for the sampling ranges (temperature 0–2, top_p 0–1).
 */

/** Sampling settings some dialects carry (opencode's `temperature`, `top_p`) → `modelSettings` keys, with the API's ranges. */
export const SAMPLING = [
  { key: 'temperature', names: ['temperature'], min: 0, max: 2 },
  { key: 'topP', names: ['top_p', 'topP'], min: 0, max: 1 },
] as const

/** Where a source says how hard the model should reason: Claude Code `effort`, opencode's `reasoningEffort` option, Codex `model_reasoning_effort`, the Assistants API's `reasoning_effort`. */
export const EFFORT_NAMES = ['effort', 'reasoningEffort', 'reasoning_effort', 'model_reasoning_effort'] as const

/** `ModelSettingsReasoningEffort` (agents-core 0.14.3 dist/model.d.ts). */
export const EFFORTS: ReadonlySet<string> = new Set(['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'])

/**
 * A reasoning model: it takes `reasoning.effort`, and rejects `temperature` and
 * `top_p` (OpenAI's reasoning guide, "Limitations"). The SDK's own test for GPT-5
 * is `gpt-5*` but the `*-chat-latest` aliases (gpt5ReasoningSettingsRequired in
 * agents-core 0.14.3 dist/defaultModel.mjs); the o-series (o1, o3, o4-mini) too.
 */
export function isReasoningModel(id: string): boolean {
  if (/^gpt-5(\.\d+)?-chat-latest$/.test(id)) return false
  // gpt-5 and every later generation (gpt-6-astra, gpt-6.1-sol: each with reasoning levels in OpenAI's catalog, 2026-12-04).
  return /^(gpt-([5-9]|[1-9]\d)|o\d)/.test(id)
}

/** The Claude tiers of the shared OpenAI table: `inherit` and `default` are not used, since the SDK needs no model (it runs the agent on the run's default). */
export const TIERS = ['opus', 'sonnet', 'haiku'] as const
