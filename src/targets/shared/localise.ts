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
  // A prompt with no text in the language asked for is kept as written, as a description is: never an empty agent.
  const none = prompt.text.trim() === '' && agent.instructions.text.trim() !== ''
  if (none) notes.push({ rule: 'lang-untranslated', data: { lang, what: 'prompt' } })
  else if (prompt.regrouped > 0) {
    notes.push({ rule: 'lang-untranslated', data: { lang, regrouped: prompt.regrouped } })
  }
  if (!none && prompt.untranslated.length > 0) {
    const lines = prompt.untranslated.map((i) => agent.source.promptLine + i)
    notes.push({ rule: 'lang-untranslated', data: { lang, count: lines.length, lines: summariseLines(lines) } })
  }
  const pick = (text: string, what: string) => pickText(text, lang, what, notes)
  return {
    title: pick(agent.title, 'title'),
    description: pick(agent.description, 'description'),
    prompt: none ? agent.instructions.text : prompt.text,
    examples: agent.examples.map((e) => localExample(e, lang)),
  }
}

/** An example's parts in one language, each kept whole when it has none of that language (the description's note says so). */
function localExample(example: Example, lang: Exclude<LangSelection, 'all'>): Example {
  const one = (text: string | undefined) => {
    if (text === undefined) return undefined
    const picked = selectText(text, lang).text
    return picked === '' ? text : picked
  }
  const out: Example = { raw: example.raw }
  for (const key of ['context', 'user', 'assistant', 'commentary'] as const) {
    const text = one(example[key])
    if (text !== undefined) out[key] = text
  }
  return out
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
