/** The agent's texts in the language `--lang` selects, with a note for each untranslated line left out. */
import type { Agent, Example, LangSelection } from '../../model/agent.js'
import { selectLanguage, selectText } from '../../normalise/language.js'
import type { TargetMessage } from '../types.js'

export interface Localised {
  title: string
  description: string
  prompt: string
  examples: Example[]
}

export function localise(agent: Agent, lang: LangSelection, notes: TargetMessage[]): Localised {
  if (lang === 'all') {
    return { title: agent.title, description: agent.description, prompt: agent.instructions.text, examples: agent.examples }
  }
  const prompt = selectLanguage(agent.instructions.text, agent.instructions.lines, lang)
  if (prompt.regrouped > 0) {
    notes.push({ rule: 'lang-untranslated', data: { lang, regrouped: prompt.regrouped } })
  }
  if (prompt.untranslated.length > 0) {
    const lines = prompt.untranslated.map((i) => agent.source.promptLine + i)
    notes.push({ rule: 'lang-untranslated', data: { lang, count: lines.length, lines: summariseLines(lines) } })
  }
  const pick = (text: string, what: string) => pickText(text, lang, what, notes)
  return {
    title: pick(agent.title, 'title'),
    description: pick(agent.description, 'description'),
    prompt: prompt.text,
    examples: agent.examples,
  }
}

/** A short text (title, description) in one language; kept whole when it has none of that language. */
export function pickText(text: string, lang: LangSelection, what: string, notes: TargetMessage[]): string {
  if (lang === 'all') return text
  const selected = selectText(text, lang)
  if (selected.text === '' && text.trim() !== '') {
    notes.push({ rule: 'lang-untranslated', data: { lang, what } })
    return text
  }
  return selected.text
}

function summariseLines(lines: number[]): string {
  return lines.length > 5 ? `${lines.slice(0, 5).join(', ')}, …` : lines.join(', ')
}
