/** OpenAI: the Assistants API v2 create-assistant request body, as JSON. */
import type { Target } from '../types.js'
import { checkOpenAI } from './check.js'
import { openaiView, type OpenAIView } from './view.js'

export const openaiAssistant: Target<OpenAIView> = {
  id: 'openai-assistant',
  summary: 'OpenAI Assistants API v2 create-assistant request body (JSON)',
  extension: '.json',
  template: 'openai-assistant.hbs',
  toView: openaiView,
  verify: checkOpenAI,
  // A request body, which no tool reads from a folder: no `nativePath`; the round trip reads it as `<name>.json`, claimed by its shape.
  readBack: 'openai-assistant',
}
