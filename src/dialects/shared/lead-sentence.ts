/** The sentence a prompt-only dialect (fabric, LangGPT) takes its description from. */
import { firstSentence } from '../../normalise/description.js'

/**
 * The first sentence of the first paragraph that reads as prose: label lines such
 * as `IDENTITY and GOAL:`, titles without a full stop, heading lines and lone tags
 * (`<identity>`) are passed over; when nothing qualifies, the first sentence of the text.
 */
export function leadSentence(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\s*(<\/?[A-Za-z][\w-]*>|#{1,6}\s.*)\s*$/gm, '').trim())
    .filter((p) => p !== '')
  for (const paragraph of paragraphs) {
    const sentence = cjkSentence(firstSentence(joinCjkLines(paragraph)))
    if (sentence === '') continue
    if (/:$/.test(sentence) && sentence.split(/\s+/).length <= 6) continue
    const words = sentence.split(/\s+/).length
    const cjk = /[\u3400-\u9fff]/.test(sentence)
    if (/[.!?。！？]$/.test(sentence) || words >= 12 || (cjk && sentence.length >= 12)) return sentence
  }
  return cjkSentence(firstSentence(joinCjkLines(text)))
}

/** Chinese lines are joined without the space `firstSentence` puts between lines. */
function joinCjkLines(text: string): string {
  return text.replace(/([\u3400-\u9fff\uff00-\uffef\u3000-\u303f])[ \t]*\n[ \t]*(?=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f])/g, '$1')
}

/** `firstSentence` ends a sentence at `.` followed by a space; Chinese `。！？` need none. */
function cjkSentence(sentence: string): string {
  const end = /[。！？]/.exec(sentence)
  return end && end.index < sentence.length - 1 ? sentence.slice(0, end.index + 1) : sentence
}
