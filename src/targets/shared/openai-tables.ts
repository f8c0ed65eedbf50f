/** What the OpenAI targets (`openai-assistant`, `openai-responses`) share: the model table and the limits of `metadata`. */

/** Claude aliases → OpenAI models. Overridable with `--model-map` and `--model`. */
export const DEFAULT_MODEL_MAP: Record<string, string> = {
  opus: 'gpt-5',
  sonnet: 'gpt-4.1',
  haiku: 'gpt-4.1-mini',
  inherit: 'gpt-4.1',
  default: 'gpt-4.1',
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
