/**
 * opencode subagent: `<out>/opencode/<name>.md`, to be placed in `.opencode/agent/`
 * (opencode names the agent after the file). YAML frontmatter and the prompt as the
 * body. Fields per packages/core/src/v1/config/agent.ts (anomalyco/opencode, 2026)
 * and docs/agents.mdx: `description` (required by the docs), `mode`, `model`
 * (`provider/model`), `variant`, `temperature`, `top_p`, `steps`, `hidden`,
 * `color`, `permission`. Every string is a double-quoted scalar.
 */
import type { Agent, Example, LangSelection, Trigger } from '../../model/agent.js'
import { readDescription } from '../../normalise/description.js'
import { toTitle } from '../../normalise/names.js'
import { defineOwn, own } from '../../text/own-keys.js'
import { exampleBlock } from '../shared/examples.js'
import { localise, pickText } from '../shared/localise.js'
import { triggerLines } from '../shared/triggers.js'
import type { EmitOptions, Note } from '../types.js'
import { modelOf } from './model.js'
import { reporter, type Report } from './notes.js'
import { mergeSource, permissionOf, withPermissionMode } from './permission.js'
import { COLOR_HEX, FIELDS, THEME_COLORS } from './tables.js'

export interface OpencodeView {
  frontmatter: Record<string, unknown>
  body: string
}

/** Keys of an opencode source that this view writes itself (`mode`, `permission`) or that name a field it writes. */
const HANDLED = new Set(['mode', 'permission', 'permissionMode'])

export function opencodeView(agent: Agent, options: EmitOptions, notes: Note[]): OpencodeView {
  const report = reporter(notes)
  const text = localise(agent, options.lang, notes)
  const frontmatter: Record<string, unknown> = {
    description: descriptionOf(agent, text.prompt, options.lang, notes, report),
    mode: 'subagent',
  }
  const mode = agent.extensions.mode
  if (mode !== undefined && mode !== 'subagent') {
    report('info', 'target-translated', `Mode \`${String(mode)}\` written as \`subagent\`: agentdef writes agents other agents call`, 'mode')
  }
  if (agent.title !== toTitle(agent.name)) {
    report('info', 'target-dropped', `opencode names an agent after its file; title \`${agent.title}\` left out (the agent is \`${agent.name}\`)`, 'title')
  }
  const model = modelOf(agent, options, report)
  if (model !== undefined) frontmatter.model = model
  const left: string[] = []
  let firstLeft: string | undefined
  for (const [key, value] of Object.entries(agent.extensions)) {
    if (HANDLED.has(key)) continue
    const field = own(FIELDS, key)
    const accepted = field ? field.accept(value) : undefined
    if (field === undefined || accepted === undefined || Object.hasOwn(frontmatter, field.key)) {
      left.push(field ? `\`${key}\` (not a valid value)` : `\`${key}\``)
      firstLeft ??= key
      continue
    }
    if (field.key !== key) report('info', 'target-translated', `\`${key}\` written as opencode's \`${field.key}\``, key)
    defineOwn(frontmatter, field.key, accepted)
  }
  const color = colorOf(agent.color, report)
  if (color !== undefined) frontmatter.color = color
  const merged = mergeSource(permissionOf(agent, report), agent.extensions.permission)
  left.push(...merged.left.map((key) => `\`${key}\` (not a valid value)`))
  if (merged.left.length > 0) firstLeft ??= 'permission'
  const moded = withPermissionMode(merged.permission, agent.extensions.permissionMode, report)
  if (!moded.kept) {
    left.push(`\`permissionMode\` (\`${String(agent.extensions.permissionMode)}\` has no opencode equivalent)`)
    firstLeft ??= 'permissionMode'
  }
  if (moded.permission !== undefined) frontmatter.permission = moded.permission
  if (left.length > 0) {
    // opencode would move an unknown key into `options`, passed to the model provider: reported, not written.
    report('warning', 'target-dropped', `opencode has no field for ${left.join(', ')}; left out`, firstLeft)
  }
  return { frontmatter, body: text.prompt }
}

/** `#RRGGBB` or a theme name, as opencode's `Color` accepts; a name is written as its hex value. */
function colorOf(color: string | undefined, report: Report): string | undefined {
  if (color === undefined) return undefined
  if (/^#[0-9a-fA-F]{6}$/.test(color)) return color
  const name = color.trim().toLowerCase()
  if (THEME_COLORS.has(name)) return name
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(name)
  const hex = own(COLOR_HEX, name) ?? (short ? `#${short[1]!.repeat(2)}${short[2]!.repeat(2)}${short[3]!.repeat(2)}` : /^#[0-9a-f]{6}$/.test(name) ? name : undefined)
  if (hex === undefined) {
    report('warning', 'target-dropped', `opencode takes a colour as \`#RRGGBB\` or a theme name; \`${color}\` is neither and was left out`, 'color')
    return undefined
  }
  if (hex !== color) report('info', 'target-translated', `Colour \`${color}\` written as \`${hex}\``, 'color')
  return hex
}

/**
 * The description with the triggers and examples as the Claude target writes them
 * (opencode's Task tool shows it to the calling agent the same way), read back
 * until it no longer changes so that compiling the output again gives the same.
 */
function descriptionOf(agent: Agent, prompt: string, lang: LangSelection, notes: Note[], report: Report): string {
  let description = pickText(describe(agent.description, agent.triggers, agent.examples), lang, 'description', notes)
  if (description.trim() === '') {
    description = agent.title
    report('warning', 'target-defaulted', 'opencode needs a description to offer the agent to others; used the title')
  }
  for (let round = 0; round < 4; round++) {
    const again = readDescription(description, prompt, toTitle(agent.name), agent.name)
    const next = pickText(describe(again.description, [], again.examples), lang, 'description', [])
    if (next === description) break
    description = next
  }
  return description
}

function describe(description: string, triggers: Trigger[], examples: Example[]): string {
  let text = [description, ...triggerLines(triggers)].join('\n\n')
  if (examples.length > 0) text += '\n\nExamples:\n' + examples.map(exampleBlock).join('\n')
  return text
}
