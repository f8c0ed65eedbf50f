/** OpenAI Responses API JSON: a request template (`model`, `instructions`, flat function tools). */
import { openaiFunctionTools } from '../../vocabulary/openai-functions.js'
import type { DialectDefinition } from '../types.js'
import { isResponsesRequest, readResponses } from './read.js'

export const openaiResponses = {
  summary: 'OpenAI Responses API request template (JSON: `model`, `instructions`, flat function tools; name and description from the `metadata` agentdef writes)',
  data: {
    names: /\.json$/i,
    sniff: (_name: string, head: string) => /"instructions"\s*:/.test(head) && /"model"\s*:/.test(head),
    expected: 'an OpenAI Responses request (`model`, `instructions`)',
    claims: isResponsesRequest,
    read: readResponses,
  },
  tools: openaiFunctionTools,
} as const satisfies DialectDefinition
