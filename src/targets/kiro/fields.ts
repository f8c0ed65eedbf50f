/**
 * The shapes of Kiro's agent fields, as its reader takes them (Q CLI
 * crates/chat-cli/src/cli/agent/mod.rs, hook.rs, mcp_config.rs, 2025-10; Kiro's
 * configuration reference, 2026-02). Used to check the output and to decide
 * which fields of a Kiro source are written again.
 */
import { HOOK_TRIGGERS, SHORTCUT } from './tables.js'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string')
const isStringMap = (v: unknown) => isRecord(v) && Object.values(v).every((s) => typeof s === 'string')

/** One MCP server: a command to start (stdio) or a URL (http). */
export function isMcpServer(v: unknown): boolean {
  if (!isRecord(v)) return false
  const stdio = typeof v.command === 'string' && v.command.trim() !== ''
  const http = typeof v.url === 'string' && v.url.trim() !== ''
  if (!stdio && !http) return false
  if (v.type !== undefined && v.type !== 'stdio' && v.type !== 'http') return false
  if (v.args !== undefined && !isStrings(v.args)) return false
  if (v.env !== undefined && v.env !== null && !isStringMap(v.env)) return false
  if (v.headers !== undefined && !isStringMap(v.headers)) return false
  if (v.timeout !== undefined && !(Number.isInteger(v.timeout) && (v.timeout as number) >= 0)) return false
  return v.disabled === undefined || typeof v.disabled === 'boolean'
}

/** `file://` and `skill://` paths, or a knowledge base `{ type: "knowledgeBase", source, name }`. */
function isResource(v: unknown): boolean {
  if (typeof v === 'string') return /^(file|skill):\/\//.test(v)
  return isRecord(v) && v.type === 'knowledgeBase' && typeof v.source === 'string' && typeof v.name === 'string'
}

function isHooks(v: unknown): boolean {
  if (!isRecord(v)) return false
  return Object.entries(v).every(
    ([trigger, hooks]) => HOOK_TRIGGERS.has(trigger) && Array.isArray(hooks) && hooks.every((h) => isRecord(h) && typeof h.command === 'string'),
  )
}

/** Each optional field → whether a value has its shape. */
export const FIELD_SHAPES: Record<string, (v: unknown) => boolean> = {
  description: (v) => v === null || typeof v === 'string',
  prompt: (v) => v === null || typeof v === 'string',
  mcpServers: (v) => isRecord(v) && Object.values(v).every(isMcpServer),
  tools: isStrings,
  toolAliases: isStringMap,
  allowedTools: (v) => isStrings(v) && new Set(v).size === v.length,
  toolsSettings: (v) => isRecord(v) && Object.values(v).every(isRecord),
  resources: (v) => Array.isArray(v) && v.every(isResource),
  hooks: isHooks,
  useLegacyMcpJson: (v) => typeof v === 'boolean',
  includeMcpJson: (v) => typeof v === 'boolean',
  model: (v) => v === null || typeof v === 'string',
  keyboardShortcut: (v) => typeof v === 'string' && SHORTCUT.test(v),
  welcomeMessage: (v) => typeof v === 'string',
  $schema: (v) => typeof v === 'string',
}
