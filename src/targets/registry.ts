/** Every target agentdef writes, by id. A meta-test checks each has a template, a test and a README row. */
import { claude } from './claude/index.js'
import { codex } from './codex/index.js'
import { copilot } from './copilot/index.js'
import { kiro } from './kiro/index.js'
import { gemini } from './gemini/index.js'
import { cursor } from './cursor/index.js'
import { openaiAgents } from './openai-agents/index.js'
import { openaiAssistant } from './openai-assistant/index.js'
import { openaiResponses } from './openai-responses/index.js'
import { opencode } from './opencode/index.js'
import { prompt } from './prompt/index.js'
import { roo } from './roo/index.js'
import { qwen } from './qwen/index.js'
import type { Target } from './types.js'

export const targets = {
  claude,
  'openai-assistant': openaiAssistant,
  prompt,
  opencode,
  copilot,
  roo,
  qwen,
  kiro,
  gemini,
  codex,
  cursor,
  'openai-responses': openaiResponses,
  'openai-agents': openaiAgents,
} satisfies Record<string, Target<unknown>>

export type TargetId = keyof typeof targets

export const TARGET_IDS = Object.keys(targets) as TargetId[]

export function isTargetId(id: string): id is TargetId {
  return Object.prototype.hasOwnProperty.call(targets, id)
}
