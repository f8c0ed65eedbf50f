/**
 * Qwen Code subagent: `<out>/qwen/<name>.md`, to be placed in `.qwen/agents/`
 * (Qwen Code identifies an agent by its `name`, not the file). The Claude Code
 * field set Qwen Code reads (QwenLM/qwen-code subagents/subagent-manager.ts,
 * 2026) under its own validator (subagents/validation.ts, 2026): `name`,
 * `description`, `tools` as Qwen tool names, `disallowedTools`, `model`,
 * `approvalMode`, `color`, `maxTurns`, `background`, `mcpServers`, `hooks`;
 * the prompt as the body. Every string is a double-quoted scalar.
 */
import type { Agent } from '../../model/agent.js'
import { toTitle } from '../../normalise/names.js'
import { getOwnValue, setDataProperty } from '../../text/own-keys.js'
import { mappedColour, nearestInPalette } from '../../vocabulary/colors.js'
import { delegationDescription } from '../shared/description.js'
import { localise } from '../shared/localise.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { modelOf } from './model.js'
import { APPROVAL_MODES, FIELDS, NAME, NAME_MAX, PALETTE, PERMISSION_TO_APPROVAL, PROMPT_MIN, RESERVED_NAMES } from './tables.js'
import { disallowedOf, toolsOf } from './tools.js'

export interface QwenView {
  frontmatter: Record<string, unknown>
  body: string
}

/** Keys this view writes itself. */
const HANDLED = new Set(['permissionMode', 'approvalMode', 'disallowedTools'])

export function qwenView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): QwenView {
  const text = localise(agent, options.lang, notes)
  const frontmatter: Record<string, unknown> = {
    name: nameOf(agent.name, notes),
    description: delegationDescription(agent, text.prompt, options.lang, notes),
  }
  if (agent.title !== toTitle(agent.name)) {
    notes.push({ rule: 'target-dropped', data: { kind: 'title', title: agent.title, name: agent.name }, field: 'title' })
  }
  const tools = toolsOf(agent, notes)
  if (tools.tools !== undefined) frontmatter.tools = tools.tools
  const model = modelOf(agent, options, notes)
  if (model !== undefined) frontmatter.model = model
  const approval = approvalOf(agent, notes)
  if (approval !== undefined) frontmatter.approvalMode = approval
  const color = colorOf(agent.color === undefined ? undefined : mappedColour(agent.color, options.colorMap), notes, agent.color)
  if (color !== undefined) frontmatter.color = color
  const denied = [...(tools.disallowedTools ?? []), ...(disallowedOf(agent.extensions.disallowedTools) ?? [])]
  if (denied.length > 0) frontmatter.disallowedTools = [...new Set(denied)]
  const left: { key: string; invalid: boolean; noEquivalent?: string }[] = []
  if (agent.extensions.disallowedTools !== undefined && disallowedOf(agent.extensions.disallowedTools) === undefined) left.push({ key: 'disallowedTools', invalid: true })
  const { permissionMode, approvalMode } = agent.extensions
  if (permissionMode !== undefined && (typeof permissionMode !== 'string' || getOwnValue(PERMISSION_TO_APPROVAL, permissionMode) === undefined)) left.push({ key: 'permissionMode', invalid: true })
  if (approvalMode !== undefined && approvalMode !== approval) left.push({ key: 'approvalMode', invalid: true })
  for (const [key, value] of Object.entries(agent.extensions)) {
    if (HANDLED.has(key)) continue
    const accept = getOwnValue(FIELDS, key)
    const accepted = accept ? accept(value) : undefined
    if (accepted === undefined || Object.hasOwn(frontmatter, key)) {
      left.push({ key, invalid: accept !== undefined })
      continue
    }
    if (key === 'mcpServers' && Array.isArray(value)) notes.push({ rule: 'target-translated', data: { kind: 'field', key, to: 'mcpServers (a map of server name → spec)' }, field: key })
    setDataProperty(frontmatter, key, accepted)
  }
  if (left.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, field: left[0]!.key })
  return { frontmatter, body: bodyOf(agent, text.prompt, notes) }
}

/**
 * The name as Qwen Code's validator takes it: 2–50 letters, digits, `-`, `_`, not
 * starting or ending with `-`/`_`, none of its reserved names. Another name is
 * made, and said: the agent is called by it.
 */
export function nameOf(name: string, notes: TargetMessage[]): string {
  let to = name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^[-_]+|[-_]+$/g, '')
  let reason: 'characters' | 'long' | 'short' | 'reserved' = 'characters'
  if (to.length > NAME_MAX) {
    to = to.slice(0, NAME_MAX).replace(/[-_]+$/, '')
    reason = 'long'
  }
  if (to.length < 2 || RESERVED_NAMES.has(to.toLowerCase())) {
    reason = to.length < 2 ? 'short' : 'reserved'
    to = `${to || 'agent'}-agent`.replace(/^-/, '')
  }
  if (to === name && NAME.test(to)) return name
  notes.push({ rule: 'target-translated', data: { kind: 'name', name, to, reason }, field: 'name' })
  return to
}

/**
 * Qwen Code refuses an agent whose system prompt has under 10 characters: such a
 * prompt is written after the description (what the agent is for), or after one
 * sentence naming the agent, and said.
 */
function bodyOf(agent: Agent, prompt: string, notes: TargetMessage[]): string {
  if (prompt.trim().length >= PROMPT_MIN) return prompt
  let body = [agent.description.trim(), prompt.trim()].filter(Boolean).join('\n\n')
  if (body.length < PROMPT_MIN) body = [`You are the ${agent.title} agent.`, body].filter(Boolean).join('\n\n')
  notes.push({ rule: 'target-defaulted', data: { kind: 'short-prompt', length: prompt.trim().length, min: PROMPT_MIN }, field: 'prompt' })
  return body
}

/** `approvalMode`: a Qwen source's own, else Claude Code's `permissionMode` as Qwen Code bridges it. */
function approvalOf(agent: Agent, notes: TargetMessage[]): string | undefined {
  const own = agent.extensions.approvalMode
  if (typeof own === 'string' && APPROVAL_MODES.has(own)) return own
  const mode = agent.extensions.permissionMode
  if (typeof mode !== 'string') return undefined
  const to = getOwnValue(PERMISSION_TO_APPROVAL, mode)
  if (to === undefined) return undefined
  // A Qwen file's `approvalMode` was read as this `permissionMode`: written back as it was.
  if (agent.source.dialect !== 'qwen') notes.push({ rule: 'target-translated', data: { kind: 'approval-mode', mode, to }, field: 'permissionMode' })
  return to
}

/** One of the eight colours Qwen Code keeps; others fold to the nearest hue. */
function colorOf(color: string | undefined, notes: TargetMessage[], written = color): string | undefined {
  if (color === undefined) return undefined
  const nearest = nearestInPalette(color, PALETTE)
  if (nearest === undefined) {
    notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: written! }, field: 'color' })
    return undefined
  }
  if (nearest !== written) notes.push({ rule: 'target-translated', data: { kind: 'colour', color: written!, nearest }, field: 'color' })
  return nearest
}
