/**
 * The Responses API's facts the target relies on, from openai/openai-openapi
 * openapi.yaml (2026-08-21, as extracted in ../shared/schemas/openai-create-response.schema.json):
 * `ReasoningEffort` and `Reasoning` ("gpt-5 and o-series models only").
 */

/** `ReasoningEffort`; not every model takes every value (the spec points to the reasoning guide). */
export const EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const

/** Source keys that hold a reasoning effort: Claude Code's `effort`, Codex's `model_reasoning_effort`, the Assistants API's `reasoning_effort`. */
export const EFFORT_KEYS = ['effort', 'model_reasoning_effort', 'reasoning_effort', 'reasoningEffort']

/**
 * A reasoning model: the gpt-5 family but its `-chat` models, and the o-series (the
 * spec's `Reasoning`: "gpt-5 and o-series models only"). They take `reasoning`; they do
 * not take `temperature` or `top_p` (OpenAI's reasoning guide, "limitations", as cited by
 * vercel/ai issue 10932, 2025; gpt-5.1 and later take them only at effort `none`, which
 * agentdef does not rely on).
 */
export function isReasoningModel(model: string): boolean {
  const id = model.toLowerCase().replace(/^openai\//, '')
  // gpt-5 and every later generation (gpt-6-astra, gpt-6.1-sol: each with reasoning levels in OpenAI's catalog, 2026-12-04).
  return /^(gpt-([5-9]|[1-9]\d)|o[1-9])/.test(id) && !/chat/.test(id)
}
