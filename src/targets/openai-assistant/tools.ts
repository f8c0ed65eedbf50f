/** The Assistants API's tools: function tools (shared with the other OpenAI target) and the hosted ones. */
import type { FunctionTool } from '../shared/openai-functions.js'

export { functionName, OPENAI_TOOLS, STANDARD_TOOLS, type FunctionTool } from '../shared/openai-functions.js'
export type AssistantTool = FunctionTool | { type: 'code_interpreter' } | { type: 'file_search' }
