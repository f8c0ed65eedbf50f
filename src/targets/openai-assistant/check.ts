/** The create-assistant request as the API would take it: JSON, known keys, a model, lengths and counts within its limits. */
import { LIMITS } from './tables.js'
import type { AssistantTool } from './view.js'

export function checkOpenAI(text: string): string[] {
  let body: Record<string, unknown>
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`]
  }
  const problems: string[] = []
  const allowed = new Set(['model', 'name', 'description', 'instructions', 'tools', 'metadata', 'temperature', 'top_p', 'response_format', 'tool_resources', 'reasoning_effort'])
  for (const key of Object.keys(body)) if (!allowed.has(key)) problems.push(`unexpected key ${key}`)
  if (typeof body.model !== 'string' || body.model === '') problems.push('model is required')
  const within = (key: string, max: number) => {
    const v = body[key]
    if (v !== undefined && (typeof v !== 'string' || v.length > max)) problems.push(`${key} is not a string of at most ${max} characters`)
  }
  within('name', LIMITS.name)
  within('description', LIMITS.description)
  within('instructions', LIMITS.instructions)
  const tools = body.tools as AssistantTool[] | undefined
  if (tools && tools.length > LIMITS.tools) problems.push(`more than ${LIMITS.tools} tools`)
  for (const tool of tools ?? []) {
    if (tool.type === 'function' && !/^[a-zA-Z0-9_-]{1,64}$/.test(tool.function.name)) problems.push(`bad function name ${tool.function.name}`)
  }
  const metadata = body.metadata as Record<string, unknown> | undefined
  if (metadata) {
    if (Object.keys(metadata).length > LIMITS.metadataKeys) problems.push('too many metadata keys')
    for (const [k, v] of Object.entries(metadata)) {
      if (k.length > LIMITS.metadataKey || typeof v !== 'string' || v.length > LIMITS.metadataValue) problems.push(`bad metadata entry ${k}`)
    }
  }
  return problems
}
