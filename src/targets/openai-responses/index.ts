/** OpenAI: a Responses API request template (`POST /v1/responses` without `input`), as JSON. */
import type { Target } from '../types.js'
import { checkResponses } from './check.js'
import { responsesView, type ResponsesView } from './view.js'

export const openaiResponses: Target<ResponsesView> = {
  id: 'openai-responses',
  summary: 'OpenAI Responses API request template (JSON: model, instructions, flat function tools, reasoning, metadata)',
  extension: '.json',
  template: 'openai-responses.hbs',
  toView: responsesView,
  verify: checkResponses,
  // A request body, which no tool reads from a folder: no `nativePath`; the round trip reads it as `<name>.json`, claimed by its shape.
  readBack: 'openai-responses',
}
