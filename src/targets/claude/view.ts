/**
 * Claude Code subagent: `<out>/claude/<name>.md`, YAML frontmatter + prompt.
 * Fields per code.claude.com/docs/en/sub-agents (2026): `name`, `description`,
 * `tools` (comma string; omitted = all), `model`, `color` (eight kept).
 * Every string is a double-quoted scalar so strict YAML readers accept it.
 */
import type { Agent, ModelRef } from '../../model/agent.js'
import { toTitle } from '../../normalise/names.js'
import { CLAUDE_FIELDS, TOOL_NAMES } from './tables.js'
import { delegationDescription } from '../shared/description.js'
import { nearestClaudeColor } from './colors.js'
import { mappedColour } from '../../vocabulary/colors.js'
import { isHostOnly, noteHostOnly } from '../shared/host-tools.js'
import { localise } from '../shared/localise.js'
import { modelList, othersLeftOut } from '../shared/model-list.js'
import type { EmitOptions, TargetMessage } from '../types.js'
import { setDataProperty, getOwnValue } from '../../text/own-keys.js'

export interface ClaudeView {
  frontmatter: Record<string, unknown>
  body: string
}

export function claudeView(agent: Agent, options: EmitOptions, notes: TargetMessage[]): ClaudeView {
  const text = localise(agent, options.lang, notes)
  const frontmatter: Record<string, unknown> = {
    name: agent.name,
    description: delegationDescription(agent, text.prompt, options.lang, notes, { literalNewlines: true }),
  }
  if (agent.title !== toTitle(agent.name)) {
    // Claude Code shows the id; a display name the author chose has no field to go to.
    notes.push({ rule: 'target-dropped', data: { kind: 'title', title: agent.title, name: agent.name }, field: 'title' })
  }
  const tools = toolList(agent, notes)
  if (tools !== undefined) frontmatter.tools = tools
  const model = modelOf(agent, notes)
  if (model) frontmatter.model = model
  if (agent.color) {
    const color = nearestClaudeColor(mappedColour(agent.color, options.colorMap))
    if (color === undefined) {
      notes.push({ rule: 'target-dropped', data: { kind: 'colour', color: agent.color }, field: 'color' })
    } else {
      if (color !== agent.color) notes.push({ rule: 'target-translated', data: { kind: 'colour', color: agent.color, nearest: color }, field: 'color' })
      frontmatter.color = color
    }
  }
  const left: { key: string; invalid: boolean }[] = []
  let firstLeft: string | undefined
  for (const [key, value] of Object.entries(agent.extensions)) {
    const field = getOwnValue(CLAUDE_FIELDS, key)
    const accepted = field ? field(value) : undefined
    if (accepted === undefined || Object.hasOwn(frontmatter, key)) {
      left.push({ key, invalid: Boolean(field) })
      firstLeft ??= key
      continue
    }
    setDataProperty(frontmatter, key, accepted)
  }
  if (left.length > 0) {
    // The strictest reader (the frontmatter schema) rejects unknown keys, so they are reported, not written.
    notes.push({ rule: 'target-dropped', data: { kind: 'fields', fields: left }, ...(firstLeft ? { field: firstLeft } : {}) })
  }
  return { frontmatter, body: text.prompt }
}

function toolList(agent: Agent, notes: TargetMessage[]): string | undefined {
  if (agent.tools.mode === 'all') return undefined
  if (agent.tools.mode === 'none') return ''
  noteHostOnly(agent, notes)
  return agent.tools.items
    .flatMap((tool) => {
      if (tool.id.startsWith('mcp:')) {
        const [server, name] = tool.id.slice(4).split('/')
        if (!server || server === '*') {
          notes.push({ rule: 'target-dropped', data: { kind: 'every-mcp-tool', tool: tool.raw }, field: 'tools', value: tool.raw })
          return []
        }
        // `mcp__server` grants every tool of that server.
        return !name || name === '*' ? `mcp__${server}` : `mcp__${server}__${name}`
      }
      if (isHostOnly(tool.id)) return []
      const name = getOwnValue(TOOL_NAMES, tool.id)
      if (name) {
        if (tool.raw === 'Task') notes.push({ rule: 'target-translated', data: { kind: 'task' }, field: 'tools', value: 'Task' })
        return name
      }
      return tool.raw
    })
    .join(', ')
}

/** The source's model, or the first of its alternatives Claude Code can run. */
function modelOf(agent: Agent, notes: TargetMessage[]): string | undefined {
  const model = agent.model
  if (!model) return undefined
  const list = modelList(model)
  for (const ref of list) {
    const id = claudeModel(ref)
    if (id === undefined) continue
    // A spelling turned into its alias is said; a full id loses only its `anthropic/` prefix.
    const aliased = id === ref.tier && id !== ref.raw.toLowerCase()
    if (aliased || list.length > 1) notes.push({ rule: 'target-translated', data: { kind: 'model', raw: ref.raw, id, others: othersLeftOut(list, ref) }, field: 'model' })
    return id
  }
  notes.push({ rule: 'target-dropped', data: { kind: 'model', models: list.map((r) => r.raw) }, field: 'model' })
  return undefined
}

/**
 * A Claude model as Claude Code writes it: `inherit`, a full id (`claude-sonnet-4-5-20250929`)
 * as written, or the alias of its tier for any other spelling (`Sonnet`, `Claude Sonnet 4.5 (copilot)`).
 */
function claudeModel(ref: ModelRef): string | undefined {
  if (ref.tier === 'inherit') return 'inherit'
  if (ref.family !== 'anthropic') return undefined
  const id = ref.raw.replace(/^anthropic\//, '')
  if (/^claude-[a-z0-9.-]+$/.test(id)) return id
  return ref.tier
}
