/** The Assistants API's limits (the model table is shared with openai-responses: ../shared/openai-tables.ts). */
import { METADATA_LIMITS } from '../shared/openai-tables.js'

export const LIMITS = { name: 256, description: 512, instructions: 256_000, tools: 128, metadataKeys: METADATA_LIMITS.keys, metadataKey: METADATA_LIMITS.key, metadataValue: METADATA_LIMITS.value }
