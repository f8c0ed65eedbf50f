/** What the OpenAI targets (`openai-assistant`, `openai-responses`) share: the model table and the limits of `metadata`. */

/**
 * Claude aliases → OpenAI models, for the Responses API and the Agents SDK; overridable
 * with `--model-map` and `--model`. By the same place in their family, from OpenAI's
 * catalog (src/vocabulary/openai-catalog.ts: `codex debug models`, 2026-12-04): the
 * frontier model for Opus, the latest workhorse for Sonnet and as the default, the
 * fast one for Haiku. A test keeps every entry in that catalog.
 */
export const DEFAULT_MODEL_MAP: Record<string, string> = {
  opus: 'gpt-6-astra',
  sonnet: 'gpt-6.1-sol',
  haiku: 'gpt-6-luna',
  inherit: 'gpt-6.1-sol',
  default: 'gpt-6.1-sol',
}

/**
 * The same for the Assistants API, whose spec lists the models it supports
 * (`AssistantSupportedModels`, openai/openai-openapi openapi.yaml, 2026-08-21: the
 * newest is the gpt-5 family; the API is deprecated and gains no model since). A test
 * keeps every entry in that list.
 */
export const ASSISTANT_MODEL_MAP: Record<string, string> = {
  opus: 'gpt-5',
  sonnet: 'gpt-5',
  haiku: 'gpt-5-mini',
  inherit: 'gpt-5',
  default: 'gpt-5',
}

/**
 * `Metadata`: "Set of 16 key-value pairs … Keys are strings with a maximum length of 64
 * characters. Values are strings with a maximum length of 512 characters" (prose of the
 * spec, openai/openai-openapi openapi.yaml, 2026-08-21; the same for both APIs).
 */
export const METADATA_LIMITS = { keys: 16, key: 64, value: 512 }

/** Sampling settings some dialects carry (opencode's `temperature`, `top_p`), with the API's ranges. */
export const SAMPLING = {
  temperature: { names: ['temperature'], min: 0, max: 2 },
  top_p: { names: ['top_p', 'topP'], min: 0, max: 1 },
} as const

/** A function name as the API takes it (the spec's prose for `FunctionObject.name`). */
export const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/
