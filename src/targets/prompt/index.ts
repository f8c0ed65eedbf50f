/** The system prompt alone, ready to paste: `<out>/prompt/<name>.txt`. */
import { localise } from '../shared/localise.js'
import type { Target } from '../types.js'

export interface PromptView {
  text: string
}

export const prompt: Target<PromptView> = {
  id: 'prompt',
  summary: 'The system prompt alone, as plain text',
  extension: '.txt',
  template: 'prompt.hbs',
  toView(agent, options, notes) {
    const text = localise(agent, options.lang, notes)
    // By design this target holds only the prompt; say so once, as a note, not a warning.
    notes.push({ rule: 'target-dropped', data: { kind: 'prompt-only' } })
    return { text: text.prompt }
  },
  verify(text) {
    return text.includes('\r') ? ['output holds CR'] : []
  },
}
