/**
 * The description of targets whose host reads it to decide on delegation (Claude
 * Code, opencode's Task tool): the author's description, a labelled line per kind
 * of trigger, and the `<example>` blocks; read back until it no longer changes, so
 * that compiling the output again gives the same output.
 */
import type { Agent, Example, LangSelection, Trigger } from '../../model/agent.js'
import { readDescription } from '../../normalise/description.js'
import { toTitle } from '../../normalise/names.js'
import type { TargetMessage } from '../types.js'
import { exampleBlock } from './examples.js'
import { pickText } from './localise.js'
import { triggerLines } from './triggers.js'

export interface DescriptionStyle {
  /** The host reads a literal `\n` as a newline (Claude Code): write it as one, so what is written is what it sees. */
  literalNewlines?: boolean
}

export function delegationDescription(agent: Agent, prompt: string, lang: LangSelection, notes: TargetMessage[], style: DescriptionStyle = {}): string {
  const describe = (description: string, triggers: readonly Trigger[], examples: readonly Example[]): string => {
    let text = [description, ...triggerLines(triggers)].join('\n\n')
    if (examples.length > 0) text += '\n\nExamples:\n' + examples.map(exampleBlock).join('\n')
    return style.literalNewlines ? text.replace(/\\\\n|\\n/g, '\n') : text
  }
  let description = pickText(describe(agent.description, agent.triggers, agent.examples), lang, 'description', notes)
  if (description.trim() === '') {
    description = agent.title
    notes.push({ rule: 'target-defaulted', data: { kind: 'blank-description' } })
  }
  for (let round = 0; round < 4; round++) {
    const again = readDescription(description, prompt, toTitle(agent.name), agent.name)
    const next = pickText(describe(again.description, [], again.examples), lang, 'description', [])
    if (next === description) break
    description = next
  }
  return description
}
