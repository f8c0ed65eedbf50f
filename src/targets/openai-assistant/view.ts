/**
 * OpenAI Assistants API v2 `CreateAssistantRequest`: `<out>/openai-assistant/<name>.json`.
 * Limits from the API reference: name ≤ 256, description ≤ 512, instructions ≤ 256,000,
 * tools ≤ 128, metadata ≤ 16 keys (key ≤ 64, value ≤ 512). The API was sunset on
 * 2026-08-26; the format lives on in archives, compatible servers and migrations.
 * The model, functions and metadata are decided as for openai-responses (../shared/openai-*.ts).
 */
import type { Agent } from '../../model/agent.js'
import { localise } from '../shared/localise.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { LIMITS } from './tables.js'
import { examplesSection, noteExamplesSection } from '../shared/examples.js'
import { functionsHeld, functionsOf, type FunctionDefinition } from '../shared/openai-functions.js'
import { fit, metadataOf, openaiModel, samplingOf } from '../shared/openai-request.js'
import { ASSISTANT_MODEL_MAP } from '../shared/openai-tables.js'

export interface FunctionTool {
  type: 'function'
  function: FunctionDefinition
}
export type AssistantTool = FunctionTool | { type: 'code_interpreter' } | { type: 'file_search' }

export interface AssistantRequest {
  model: string
  name: string
  description: string
  instructions: string
  tools: AssistantTool[]
  temperature?: number
  top_p?: number
  metadata?: Record<string, string>
}

export interface OpenAIView {
  body: AssistantRequest
}

export function openaiView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): OpenAIView {
  const text = localise(agent, options.lang, notes)
  let instructions = text.prompt
  if (text.examples.length > 0) {
    instructions += (instructions ? '\n\n' : '') + examplesSection(text.examples)
    noteExamplesSection(text.examples, notes)
  }
  const body: AssistantRequest = {
    model: openaiModel(agent, options, notes, { table: ASSISTANT_MODEL_MAP, catalog: false }),
    name: fit(text.title, LIMITS.name, 'name', notes),
    description: fit(text.description, LIMITS.description, 'description', notes),
    instructions: fit(instructions, LIMITS.instructions, 'instructions', notes),
    tools: [],
  }
  const declared = functionsOf(agent, notes, LIMITS.tools)
  body.tools = declared.map(({ definition }) => ({ type: 'function', function: definition }))
  // Sampling settings go to their own fields when in range; otherwise they stay in metadata.
  const { sampling, used } = samplingOf(agent)
  Object.assign(body, sampling)
  // The definitions of an OpenAI source's own functions are in the tools above.
  if (functionsHeld(agent, declared)) used.add('functions')
  const metadata = metadataOf(agent, notes, used, body.model)
  if (Object.keys(metadata).length > 0) body.metadata = metadata
  return { body }
}
