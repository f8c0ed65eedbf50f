/** The agent's texts in the language `--lang` selects, with a note for each untranslated line left out. */
import type { Agent, Example, LangSelection } from '../model/agent.js'
import { selectLanguage, selectText } from '../normalize/language.js'
import type { Note } from './types.js'

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
  if (prompt.untranslated.length > 0) {
    const lines = prompt.untranslated.map((i) => agent.source.promptLine + i)
    notes.push({
      severity: 'warning',
      rule: 'lang-untranslated',
      message: `--lang ${lang}: left out ${lines.length} line(s) of the prompt with no ${lang === 'en' ? 'English' : 'Chinese'} twin (line ${summariseLines(lines)})`,
    })
  }
  const pick = (text: string, what: string) => {
    const selected = selectText(text, lang)
    if (selected.untranslated.length > 0 && selected.text === '') {
      notes.push({ severity: 'warning', rule: 'lang-untranslated', message: `--lang ${lang}: the ${what} has no ${lang} text; kept as written` })
      return text
    }
    return selected.text
  }
  return {
    title: pick(agent.title, 'title'),
    description: pick(agent.description, 'description'),
    prompt: prompt.text,
    examples: agent.examples,
  }
}

function summariseLines(lines: number[]): string {
  return lines.length > 5 ? `${lines.slice(0, 5).join(', ')}, …` : lines.join(', ')
}
