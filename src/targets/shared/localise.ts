/** The agent's texts in the language `--lang` selects, with a note for each untranslated line left out. */
import type { Agent, Example, LangSelection } from '../../model/agent.js'
import { selectLanguage, selectText } from '../../normalise/language.js'
import type { Note } from '../types.js'

export interface Localised {
  title: string
  description: string
  prompt: string
  examples: Example[]
}

export function localise(agent: Agent, lang: LangSelection, notes: Note[]): Localised {
  if (lang === 'all') {
    return { title: agent.title, description: agent.description, prompt: agent.instructions.text, examples: agent.examples }
  }
  const prompt = selectLanguage(agent.instructions.text, agent.instructions.lines, lang)
  if (prompt.regrouped > 0) {
    notes.push({
      severity: 'warning',
      rule: 'lang-untranslated',
      message: `--lang ${lang}: also left out ${prompt.regrouped} line(s) that read as the twin of a line in the other language once it was left out`,
    })
  }
  if (prompt.untranslated.length > 0) {
    const lines = prompt.untranslated.map((i) => agent.source.promptLine + i)
    notes.push({
      severity: 'warning',
      rule: 'lang-untranslated',
      message: `--lang ${lang}: left out ${lines.length} line(s) of the prompt with no ${lang === 'en' ? 'English' : 'Chinese'} twin (line ${summariseLines(lines)})`,
    })
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
export function pickText(text: string, lang: LangSelection, what: string, notes: Note[]): string {
  if (lang === 'all') return text
  const selected = selectText(text, lang)
  if (selected.text === '' && text.trim() !== '') {
    notes.push({ severity: 'warning', rule: 'lang-untranslated', message: `--lang ${lang}: the ${what} has no ${lang === 'en' ? 'English' : 'Chinese'} text; kept as written` })
    return text
  }
  return selected.text
}

function summariseLines(lines: number[]): string {
  return lines.length > 5 ? `${lines.slice(0, 5).join(', ')}, …` : lines.join(', ')
}
