/**
 * Claude Code subagent: `<out>/claude/<name>.md`, YAML frontmatter + prompt.
 * Fields per code.claude.com/docs/en/sub-agents (2026): `name`, `description`,
 * `tools` (comma string; omitted = all), `model`, `color` (eight kept).
 * Every string is a double-quoted scalar so strict YAML readers accept it.
 */
import YAML from 'yaml'
import type { Agent, Example, Trigger, TriggerKind } from '../model/agent.js'
import { CLAUDE_TOOLS } from '../normalize/tools.js'
import { nearestClaudeColor } from './colors.js'
import { localise } from './localise.js'
import type { Note, Target } from './types.js'

export interface ClaudeView {
  frontmatter: Record<string, unknown>
  body: string
}

/** Canonical tool id → the Claude Code name written out (Task was renamed Agent). */
const TOOL_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(CLAUDE_TOOLS)
    .filter(([name]) => name !== 'Task')
    .map(([name, id]) => [id, name]),
)

/** Triggers that fit the description (it is what Claude reads to decide on delegation). */
const DESCRIBED: Partial<Record<TriggerKind, string>> = {
  auto: 'Use proactively for',
  explicit: 'Use explicitly for',
  keyword: 'Keywords',
}

export const claude: Target<ClaudeView> = {
  id: 'claude',
  summary: 'Claude Code subagent (.claude/agents/<name>.md)',
  extension: '.md',
  template: 'claude.hbs',
  toView(agent, options, notes) {
    const text = localise(agent, options.lang, notes)
    const frontmatter: Record<string, unknown> = {
      name: agent.name,
      description: describe(text.description, agent.triggers, text.examples),
    }
    const tools = toolList(agent, notes)
    if (tools !== undefined) frontmatter.tools = tools
    const model = modelOf(agent, notes)
    if (model) frontmatter.model = model
    if (agent.color) {
      const color = nearestClaudeColor(agent.color)
      if (color === undefined) {
        notes.push({ severity: 'warning', rule: 'target-dropped', message: `Claude Code keeps eight colours; \`${agent.color}\` is near none of them and was left out` })
      } else {
        if (color !== agent.color) notes.push({ severity: 'info', rule: 'target-translated', message: `Colour \`${agent.color}\` written as \`${color}\`, the nearest Claude Code keeps` })
        frontmatter.color = color
      }
    }
    const dropped = agent.triggers.filter((t) => !DESCRIBED[t.kind])
    if (dropped.length > 0) {
      const kinds = [...new Set(dropped.map((t) => t.kind))].join(', ')
      notes.push({ severity: 'warning', rule: 'target-dropped', message: `Claude Code has no activation patterns; ${dropped.length} trigger(s) (${kinds}) left out` })
    }
    for (const [key, value] of Object.entries(agent.extensions)) {
      if (key in frontmatter) continue
      // Claude Code ignores keys it does not know; keeping them loses nothing.
      Object.defineProperty(frontmatter, key, { value, enumerable: true, writable: true, configurable: true })
    }
    return { frontmatter, body: text.prompt }
  },
  verify(text) {
    const problems: string[] = []
    if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) problems.push('output holds CR or a byte-order mark')
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text)
    if (!m) return ['output has no frontmatter']
    const doc = YAML.parseDocument(m[1]!, { uniqueKeys: true })
    if (doc.errors.length > 0) return doc.errors.map((e) => `frontmatter: ${e.message}`)
    let data: unknown
    try {
      data = doc.toJS({ maxAliasCount: 0 })
    } catch (error) {
      return [`frontmatter: ${(error as Error).message}`]
    }
    const fm = data as Record<string, unknown>
    if (typeof fm.name !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fm.name)) problems.push('name is not kebab-case')
    if (typeof fm.description !== 'string' || fm.description.trim() === '') problems.push('description is not a non-empty string')
    return problems
  },
}

function describe(description: string, triggers: Trigger[], examples: Example[]): string {
  const parts = [description]
  for (const [kind, label] of Object.entries(DESCRIBED)) {
    const values = triggers.filter((t) => t.kind === kind).map((t) => t.value)
    if (values.length > 0) parts.push(`${label}: ${values.join(', ')}.`)
  }
  let text = parts.join('\n\n')
  if (examples.length > 0) text += '\n\nExamples:\n' + examples.map(renderExample).join('\n')
  return text
}

/** The author's own block when there is one; otherwise the block written from the data. */
export function renderExample(example: Example): string {
  if (example.raw) return example.raw
  const lines = ['<example>']
  if (example.context) lines.push(`Context: ${example.context}`)
  if (example.user) lines.push(`user: "${example.user}"`)
  if (example.assistant) lines.push(`assistant: "${example.assistant}"`)
  if (example.commentary) lines.push('<commentary>', example.commentary, '</commentary>')
  lines.push('</example>')
  return lines.join('\n')
}

function toolList(agent: Agent, notes: Note[]): string | undefined {
  if (agent.tools.mode === 'all') return undefined
  if (agent.tools.mode === 'none') return ''
  return agent.tools.items
    .map((tool) => {
      if (tool.id.startsWith('mcp:')) {
        const [server, name] = tool.id.slice(4).split('/')
        return name ? `mcp__${server}__${name}` : `mcp__${server}`
      }
      const name = TOOL_NAMES[tool.id]
      if (name) {
        if (tool.raw === 'Task') notes.push({ severity: 'info', rule: 'target-translated', message: 'Tool `Task` written as `Agent`, its current name in Claude Code' })
        return name
      }
      return tool.raw
    })
    .join(', ')
}

function modelOf(agent: Agent, notes: Note[]): string | undefined {
  const model = agent.model
  if (!model) return undefined
  if (model.tier === 'inherit') return 'inherit'
  if (model.family === 'anthropic') {
    // An alias stays an alias; a full id (`claude-sonnet-4-5-20250929`) stays as written.
    return /^(opus|sonnet|haiku)$/i.test(model.raw) ? model.raw.toLowerCase() : model.raw.replace(/^anthropic\//, '')
  }
  notes.push({ severity: 'warning', rule: 'target-dropped', message: `Model \`${model.raw}\` is not a Claude model; left out, so the agent inherits the session's model` })
  return undefined
}
