/** The OpenAI target's tables: default model per Claude tier, and the API's limits. */

/** Claude aliases → Assistants models. Overridable with `--model-map` and `--model`. */
export const DEFAULT_MODEL_MAP: Record<string, string> = {
  opus: 'gpt-5',
  sonnet: 'gpt-4.1',
  haiku: 'gpt-4.1-mini',
  inherit: 'gpt-4.1',
  default: 'gpt-4.1',
}

export const LIMITS = { name: 256, description: 512, instructions: 256_000, tools: 128, metadataKeys: 16, metadataKey: 64, metadataValue: 512 }
