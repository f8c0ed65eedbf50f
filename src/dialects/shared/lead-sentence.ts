/** The sentence a prompt-only dialect (fabric, LangGPT) takes its description from. */
import { firstSentence, firstSentenceAt, paragraphsOf } from '../../normalise/description.js'

/** Label lines that are not prose: lone tags (`<identity>`) and headings. */
const NOT_PROSE = /^\s*(<\/?[A-Za-z][\w-]*>|#{1,6}\s.*)\s*$/gm

/**
 * The first sentence of the first paragraph that reads as prose: label lines such
 * as `IDENTITY and GOAL:`, titles without a full stop, heading lines and lone tags
 * (`<identity>`) are passed over; when nothing qualifies, the first sentence of the
 * text. With the offset in `text` where the sentence starts.
 */
export function leadSentence(text: string): { sentence: string; offset: number } {
  for (const { text: raw, offset } of paragraphsOf(text)) {
    const paragraph = raw.replace(NOT_PROSE, '').trim()
    if (paragraph === '') continue
    const sentence = cjkSentence(firstSentence(joinCjkLines(paragraph)))
    if (sentence === '') continue
    if (/:$/.test(sentence) && sentence.split(/\s+/).length <= 6) continue
    const words = sentence.split(/\s+/).length
    const cjk = /[\u3400-\u9fff]/.test(sentence)
    if (/[.!?。！？]$/.test(sentence) || words >= 12 || (cjk && sentence.length >= 12)) {
      // Joining Chinese lines keeps the paragraphs, so the sentence starts where it does unjoined.
      return { sentence, offset: offset + proseStart(raw) + firstSentenceAt(paragraph).offset }
    }
  }
  return { sentence: cjkSentence(firstSentence(joinCjkLines(text))), offset: firstSentenceAt(text).offset }
}

/** Where the prose of a paragraph starts: the first character of its first line that is neither blank nor a label line. */
function proseStart(paragraph: string): number {
  let offset = 0
  for (const line of paragraph.split('\n')) {
    if (line.trim() !== '' && line.replace(NOT_PROSE, '') !== '') return offset + line.length - line.trimStart().length
    offset += line.length + 1
  }
  return 0
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
