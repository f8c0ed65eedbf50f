/**
 * Every dialect agentdef reads, by id, in the order Markdown files are tried
 * (most specific first; `plain` always answers) and data files are claimed.
 * The `Dialect` type, the schema's enum (checked by a test), input discovery and
 * the CLI's help derive from this object; a meta-test checks that each dialect
 * has its folder, a conformance case and a README row.
 */
import { claude } from './claude/index.js'
import { codex } from './codex/index.js'
import { copilot } from './copilot/index.js'
import { cursor } from './cursor/index.js'
import { cursorAgent } from './cursor-agent/index.js'
import { fabric } from './fabric/index.js'
import { gemini } from './gemini/index.js'
import { heading } from './heading/index.js'
import { kiro } from './kiro/index.js'
import { langgpt } from './langgpt/index.js'
import { opencode } from './opencode/index.js'
import { openaiAssistant } from './openai-assistant/index.js'
import { openaiResponses } from './openai-responses/index.js'
import { plain } from './plain/index.js'
import { qwen } from './qwen/index.js'
import { roo } from './roo/index.js'
import { rulesync } from './rulesync/index.js'
import type { DialectDefinition } from './types.js'

export const dialects = {
  copilot,
  cursor,
  rulesync,
  // Before `claude`, which would claim a subagent's Claude-like frontmatter; it claims by path.
  'cursor-agent': cursorAgent,
  opencode,
  gemini,
  codex,
  heading,
  fabric,
  roo,
  langgpt,
  qwen,
  kiro,
  'openai-assistant': openaiAssistant,
  'openai-responses': openaiResponses,
  claude,
  plain,
} satisfies Record<string, DialectDefinition>

export type DialectId = keyof typeof dialects

declare module '../model/agent.js' {
  /** The dialect ids, from the registry (declaration merging keeps the model free of imports). */
  interface DialectIds extends Record<DialectId, true> {}
}

export const DIALECT_IDS = Object.keys(dialects) as DialectId[]

/** The definitions, in the registry's order. */
export const DIALECTS: readonly DialectDefinition[] = Object.values(dialects)
