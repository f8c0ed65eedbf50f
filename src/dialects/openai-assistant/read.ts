/**
 * OpenAI Assistants API v2: a `CreateAssistantRequest` body (what the `openai-assistant`
 * target writes) or an `Assistant` object as the API returned it (`object: "assistant"`,
 * `id`, `created_at`: what archives of the sunset API hold). Fields per openai/openai-openapi
 * openapi.yaml (2026-08-21): `name` → title and id, `description`, `instructions` → prompt,
 * `model`, `tools` (nested `{ type: "function", function: { name } }`, `code_interpreter`,
 * `file_search`), `metadata`, `temperature`, `top_p`, `reasoning_effort`; see
 * ../shared/openai-request.ts for what is read back from what agentdef writes.
 */
import type { VFile } from 'vfile'
import type { Draft } from '../../model/draft.js'
import { baseName } from '../../normalise/names.js'
import type { DataSource } from '../../parse/data.js'
import { isRecord, requestDraft } from '../shared/openai-request.js'

/** `CreateAssistantRequest`'s keys, and the `Assistant` object's own. */
const KEYS = new Set(['model', 'name', 'description', 'instructions', 'tools', 'metadata', 'temperature', 'top_p', 'response_format', 'tool_resources', 'reasoning_effort', 'id', 'object', 'created_at'])

function isAssistantTool(tool: unknown): boolean {
  if (!isRecord(tool)) return false
  if (tool.type === 'function') return isRecord(tool.function) && typeof tool.function.name === 'string'
  return tool.type === 'code_interpreter' || tool.type === 'file_search'
}

/**
 * `model` and `instructions`, no key the Assistants API does not have, tools of its
 * shape, and something only an assistant has (`name`, `description`, a nested function,
 * `tool_resources`…): a bare `{ model, instructions }` is left to openai-responses.
 */
export function isAssistantRequest(data: unknown): boolean {
  if (!isRecord(data) || typeof data.model !== 'string' || !(typeof data.instructions === 'string' || data.instructions === null)) return false
  if (Object.keys(data).some((key) => !KEYS.has(key))) return false
  if (data.object !== undefined && data.object !== 'assistant') return false
  if (data.tools !== undefined && !(Array.isArray(data.tools) && data.tools.every(isAssistantTool))) return false
  const nested = Array.isArray(data.tools) && data.tools.some((tool) => isRecord(tool) && tool.type === 'function')
  return typeof data.name === 'string' || typeof data.description === 'string' || nested || ['object', 'tool_resources', 'response_format', 'reasoning_effort'].some((key) => data[key] !== undefined && data[key] !== null)
}

export function readAssistant(source: DataSource, file: VFile): Draft[] {
  const body = source.data as Record<string, unknown>
  const name = typeof body.name === 'string' && body.name.trim() !== '' ? body.name : undefined
  const tools = (Array.isArray(body.tools) ? body.tools : []).flatMap((tool: unknown, i) => {
    if (!isRecord(tool)) return []
    if (isRecord(tool.function) && typeof tool.function.name === 'string') {
      const { name, ...definition } = tool.function
      return [{ name, path: ['tools', i, 'function', 'name'], definition }]
    }
    return typeof tool.type === 'string' ? [{ name: tool.type, path: ['tools', i, 'type'] }] : []
  })
  return [
    requestDraft(source, {
      dialect: 'openai-assistant',
      // `name` is a display name ("Code Reviewer"), the title; the id is the file name, as agentdef writes it
      // (`<id>.json`) and as a repository of request bodies tells them apart: from the title, a renamed agent
      // (`--on-collision prefix-path`, or an id that is not its title's) would come back under another id.
      name: baseName(file.path),
      ...(name !== undefined ? { title: name } : {}),
      description: body.description ?? undefined,
      paths: { name: ['name'], description: ['description'] },
      mapped: ['model', 'name', 'description', 'instructions', 'tools'],
      metadata: [],
      tools,
    }),
  ]
}
