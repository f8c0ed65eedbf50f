/** The Assistants API's limits (its model table, `ASSISTANT_MODEL_MAP`, is in ../shared/openai-tables.ts: the API lists its own models). */
import { METADATA_LIMITS } from '../shared/openai-tables.js'

export const LIMITS = { name: 256, description: 512, instructions: 256_000, tools: 128, metadataKeys: METADATA_LIMITS.keys, metadataKey: METADATA_LIMITS.key, metadataValue: METADATA_LIMITS.value }
