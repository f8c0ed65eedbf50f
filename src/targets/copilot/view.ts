/**
 * GitHub Copilot custom agent: `<out>/copilot/<name>.agent.md`, to be placed in
 * `.github/agents/` (Copilot identifies an agent by its file name). YAML
 * frontmatter and the prompt as the body. Fields per github/docs
 * content/copilot/reference/custom-agents-configuration.md and VS Code's agents
 * reference (2026): `name` (a display name), `description` (required), `tools`,
 * `model`, `target`, `handoffs`. Every string is a double-quoted scalar.
 */
import type { Agent } from '../../model/agent.js'
import { clipUnits } from '../../text/clip.js'
import { getOwnValue } from '../../text/own-keys.js'
import { delegationDescription } from '../shared/description.js'
import { localise } from '../shared/localise.js'
import { modelList } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { BODY_LIMIT, HANDOFF_KEYS, READ_ONLY, TARGETS } from './tables.js'
import { toolsOf } from './tools.js'

export interface CopilotView {
  frontmatter: Record<string, unknown>
  body: string
}

/** Source extensions Copilot has a field for, with a check of the value. */
const FIELDS: Record<string, (value: unknown) => boolean> = {
  target: (value) => typeof value === 'string' && TARGETS.has(value),
  handoffs: isHandoffs,
}

export function copilotView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): CopilotView {
  const text = localise(agent, options.lang, notes)
  const frontmatter: Record<string, unknown> = {
    name: agent.title,
    description: delegationDescription(agent, text.prompt, options.lang, notes),
  }
  const tools = withPlan(toolsOf(agent, notes), agent, notes)
  if (tools !== undefined) frontmatter.tools = tools
  const model = modelOf(agent, options, notes)
  if (model !== undefined) frontmatter.model = model
  const left: { key: string; invalid: boolean }[] = []
  if (agent.color !== undefined) notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: agent.color }, field: 'color' })
  for (const [key, value] of Object.entries(agent.extensions)) {
    if (key === 'permissionMode' && (value === 'plan' || value === 'default')) continue
    const accept = getOwnValue(FIELDS, key)
    if (accept !== undefined && accept(value)) frontmatter[key] = value
    else left.push({ key, invalid: accept !== undefined })
  }
  if (left.length > 0) notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, field: left[0]!.key })
  let body = text.prompt
  if (body.length > BODY_LIMIT) {
    notes.push({ rule: 'target-truncated', data: { field: 'prompt', length: body.length, limit: BODY_LIMIT }, field: 'prompt' })
    body = clipUnits(body, BODY_LIMIT)
  }
  return { frontmatter, body }
}

/**
 * `--model` as given; else the source's model when the source is a Copilot agent
 * (Copilot names models by display name, `Claude Sonnet 4.5 (copilot)`, a list in
 * VS Code); else left out, with a warning but for `inherit` (Copilot's unset model
 * is the caller's). agentdef has no table of Copilot's display names yet.
 */
function modelOf(agent: Agent, options: EmitOptions, notes: TargetMessage[]): string | string[] | undefined {
  if (options.model !== undefined) return options.model
  if (!agent.model) return undefined
  const list = modelList(agent.model)
  if (agent.source.dialect === 'copilot') return list.length === 1 ? list[0]!.raw : list.map((ref) => ref.raw)
  if (list.length === 1 && list[0]!.tier === 'inherit') return undefined
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((ref) => ref.raw) }, field: 'model' })
  return undefined
}

/**
 * Claude Code's `permissionMode: plan` (read-only) as Copilot can say it: no `edit`
 * and no `execute` in the tools (Copilot has no permission modes). `default` is
 * Copilot's own behaviour; other modes are left out with the other fields.
 */
function withPlan(tools: string[] | undefined, agent: Agent, notes: TargetMessage[]): string[] | undefined {
  if (agent.extensions.permissionMode !== 'plan') return tools
  notes.push({ rule: 'target-translated', data: { kind: 'plan', every: tools === undefined }, field: 'permissionMode' })
  return (tools ?? READ_ONLY).filter((name) => name !== 'edit' && name !== 'execute')
}

/** VS Code's `handoffs`: a list of `{ label, agent, prompt?, send?, model? }`. */
function isHandoffs(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  return value.every((entry) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return false
    const record = entry as Record<string, unknown>
    if (typeof record.label !== 'string' || typeof record.agent !== 'string') return false
    return Object.entries(record).every(([key, v]) => {
      const type = getOwnValue(HANDOFF_KEYS, key)
      return type !== undefined && typeof v === type
    })
  })
}
