/** The OpenAI target's tables: the API's limits (the model table is in targets/shared/openai-models.ts). */

export const LIMITS = { name: 256, description: 512, instructions: 256_000, tools: 128, metadataKeys: 16, metadataKey: 64, metadataValue: 512 }
