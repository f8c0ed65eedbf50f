/** OpenAI Assistants API v2 JSON: a create-assistant request body or an assistant object. */
import { openaiFunctionTools } from '../../vocabulary/openai-functions.js'
import type { DialectDefinition } from '../types.js'
import { isAssistantRequest, readAssistant } from './read.js'

export const openaiAssistant = {
  summary: 'OpenAI Assistants API v2 JSON (a create-assistant body or an assistant object: `model`, `instructions`, `name`, nested function tools)',
  data: {
    names: /\.json$/i,
    sniff: (_name: string, head: string) => /"instructions"\s*:/.test(head) && /"model"\s*:/.test(head),
    expected: 'an OpenAI assistant (`model`, `instructions`, `name`)',
    claims: isAssistantRequest,
    read: readAssistant,
  },
  tools: openaiFunctionTools,
} as const satisfies DialectDefinition
