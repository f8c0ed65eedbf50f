/** OpenAI Agents SDK (JS): `<name>.ts`, a TypeScript module that builds an `Agent` with function tools whose bodies are left to the user. */
import type { Target } from '../types.js'
import { checkOpenAIAgents } from './check.js'
import { openaiAgentsView, type OpenAIAgentsView } from './view.js'

export const openaiAgents: Target<OpenAIAgentsView> = {
  id: 'openai-agents',
  summary: 'OpenAI Agents SDK (JS) module: `new Agent({ name, instructions, handoffDescription, model, modelSettings, tools })`, tool bodies left to the user',
  extension: '.ts',
  template: 'openai-agents.hbs',
  toView: openaiAgentsView,
  verify: checkOpenAIAgents,
}
