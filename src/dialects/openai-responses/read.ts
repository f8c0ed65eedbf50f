/**
 * OpenAI Responses API: a request template (`POST /v1/responses` body; what the
 * `openai-responses` target writes). Keys per `CreateResponse` in openai/openai-openapi
 * openapi.yaml (2026-08-21). The API has no name or description: agentdef keeps them in
 * `metadata` (`name`, `title`, `description`); without them the id is the file name.
 * `instructions` → prompt, `model`, `tools` (flat `{ type: "function", name }`, the API's
 * own tools by type, `mcp` as `mcp__<server_label>[__<tool>]`), `reasoning.effort` →
 * `effort`; see ../shared/openai-request.ts for the rest.
 */
import type { VFile } from 'vfile'
import type { Draft } from '../../model/draft.js'
import { baseName } from '../../normalise/names.js'
import type { DataSource } from '../../parse/data.js'
import { isRecord, requestDraft } from '../shared/openai-request.js'

/** `CreateResponse`'s keys (with those of the models it extends), from the spec of 2026-08-21. */
const KEYS = new Set([
  'background', 'context_management', 'conversation', 'include', 'input', 'instructions', 'max_output_tokens', 'max_tool_calls', 'metadata', 'model', 'moderation',
  'parallel_tool_calls', 'previous_response_id', 'prompt', 'prompt_cache_key', 'prompt_cache_options', 'prompt_cache_retention', 'reasoning', 'safety_identifier', 'service_tier',
  'store', 'stream', 'stream_options', 'temperature', 'text', 'tool_choice', 'tools', 'top_logprobs', 'top_p', 'truncation', 'user',
])

/** A tool of the Responses shape: a type, and a function's name flat beside it (not nested, as the Assistants API has it). */
function isResponsesTool(tool: unknown): boolean {
  if (!isRecord(tool) || typeof tool.type !== 'string') return false
  return tool.type !== 'function' || (typeof tool.name === 'string' && !('function' in tool))
}

/** A string `model` and `instructions`, no key `CreateResponse` does not have, tools of its shape. */
export function isResponsesRequest(data: unknown): boolean {
  if (!isRecord(data) || typeof data.model !== 'string' || typeof data.instructions !== 'string') return false
  if (Object.keys(data).some((key) => !KEYS.has(key))) return false
  return data.tools === undefined || (Array.isArray(data.tools) && data.tools.every(isResponsesTool))
}

export function readResponses(source: DataSource, file: VFile): Draft[] {
  const body = source.data as Record<string, unknown>
  const metadata = isRecord(body.metadata) ? body.metadata : {}
  const text = (key: string) => (typeof metadata[key] === 'string' && (metadata[key] as string).trim() !== '' ? (metadata[key] as string) : undefined)
  const tools = (Array.isArray(body.tools) ? body.tools : []).flatMap((tool: unknown, i): { name: string; path: (string | number)[]; definition?: Record<string, unknown> }[] => {
    if (!isRecord(tool)) return []
    if (tool.type === 'mcp' && typeof tool.server_label === 'string') {
      // `allowed_tools`: a list of names, or `{ tool_names }`; none: every tool of the server.
      const allowed = Array.isArray(tool.allowed_tools) ? tool.allowed_tools : isRecord(tool.allowed_tools) && Array.isArray(tool.allowed_tools.tool_names) ? tool.allowed_tools.tool_names : undefined
      const label = tool.server_label
      const names = (allowed ?? []).filter((n): n is string => typeof n === 'string').map((n) => `mcp__${label}__${n}`)
      return (names.length > 0 ? names : [`mcp__${label}`]).map((name) => ({ name, path: ['tools', i, 'server_label'] }))
    }
    if (tool.type === 'function' && typeof tool.name === 'string') {
      const { type: _type, name, ...definition } = tool
      return [{ name, path: ['tools', i, 'name'], definition }]
    }
    if (typeof tool.name === 'string') return [{ name: tool.name, path: ['tools', i, 'name'] }]
    return typeof tool.type === 'string' ? [{ name: tool.type, path: ['tools', i, 'type'] }] : []
  })
  const title = text('title')
  return [
    requestDraft(source, {
      dialect: 'openai-responses',
      name: text('name') ?? baseName(file.path),
      ...(title !== undefined ? { title } : {}),
      description: metadata.description,
      paths: { name: ['metadata', 'name'], description: ['metadata', 'description'] },
      mapped: ['model', 'instructions', 'tools'],
      metadata: ['name', 'title', 'description'],
      tools,
    }),
  ]
}
