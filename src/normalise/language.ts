/**
 * Languages of a prompt, line by line. Bilingual files write `English / 中文` on
 * one line, or an English line followed by its Chinese twin; `--lang` picks
 * one side at emit time. A `/` between two runs of the same script
 * (`input/output`, `CI/CD`) is not a split.
 */
import type { Lang, LangLine, LangSelection } from '../model/agent.js'

const HAN = /\p{Script=Han}/u
const LATIN = /[A-Za-z]/
/** Markdown that opens a line and belongs to both halves of a split. */
const PREFIX = /^(\s*(?:#{1,6}\s+|>\s*|(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)?)/
const FENCE = /^\s*(```|~~~)/

export function hasHan(text: string): boolean {
  return HAN.test(text)
}

/** Split `prefix English / 中文` into its two halves, or undefined when the line is not such a pair. */
export function splitBilingual(line: string): { en: string; zh: string } | undefined {
  if (!HAN.test(line)) return undefined
  const prefix = PREFIX.exec(line)![1]!
  const content = line.slice(prefix.length)
  // A split `/` has Latin text before it and Han text after it, and no Han before it:
  // so it lies between the first Latin letter and the first Han character (linear time).
  const firstHan = content.search(HAN)
  const firstLatin = content.search(LATIN)
  const candidates: { at: number; spaced: boolean }[] = []
  if (firstLatin === -1 || firstLatin > firstHan) return undefined
  for (let i = firstLatin + 1; i < firstHan; i++) {
    const ch = content[i]
    if (ch !== '/' && ch !== '／') continue
    const spaced = /\s/.test(content[i - 1] ?? '') && /\s/.test(content[i + 1] ?? '')
    if (spaced || HAN.test(content.slice(i + 1).trimStart()[0] ?? '')) candidates.push({ at: i, spaced })
  }
  const pick = candidates.filter((c) => c.spaced).pop() ?? candidates.pop()
  if (!pick) return undefined
  const en = content.slice(0, pick.at).trim()
  const zh = content.slice(pick.at + 1).trim()
  if (en === '' || zh === '') return undefined
  return { en: prefix + en, zh: prefix + zh }
}

function lineLang(line: string): LangLine['lang'] {
  if (HAN.test(line)) return 'zh'
  // Markup alone (`<example>`, `</commentary>`) is in no language.
  if (LATIN.test(line.replace(/<\/?[A-Za-z][\w-]*\s*\/?>/g, ''))) return 'en'
  return 'none'
}

function prefixKind(line: string): string {
  return PREFIX.exec(line)![1]!.trim().replace(/\d+/, '1')
}

export function analyseLanguages(text: string): { languages: Lang[]; lines?: LangLine[] } {
  const raw = text.split('\n')
  const lines: LangLine[] = []
  let inCode = false
  for (const line of raw) {
    if (FENCE.test(line)) {
      inCode = !inCode
      lines.push({ text: line, lang: 'none' })
      continue
    }
    if (inCode) {
      lines.push({ text: line, lang: 'none' })
      continue
    }
    const split = splitBilingual(line)
    if (split) lines.push({ text: line, lang: 'both', ...split })
    else lines.push({ text: line, lang: lineLang(line) })
  }
  // An English line directly followed by a Chinese line of the same shape is a pair of
  // twins, unless the English line itself follows an English line: then it is a run of
  // English with Chinese after it, not a translation (and `--lang zh` must stay idempotent:
  // what it keeps must not pair up differently when read again).
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!
    const b = lines[i + 1]!
    const after = lines[i - 1]
    if (a.lang === 'en' && b.lang === 'zh' && !a.twin && after?.lang !== 'en' && prefixKind(a.text) === prefixKind(b.text)) {
      a.twin = true
      b.twin = true
      i++
    }
  }
  const hasEn = lines.some((l) => l.lang === 'en' || l.lang === 'both')
  const hasZh = lines.some((l) => l.lang === 'zh' || l.lang === 'both')
  const languages: Lang[] = [...(hasEn ? (['en'] as const) : []), ...(hasZh ? (['zh'] as const) : [])]
  return hasZh && hasEn ? { languages, lines } : { languages }
}

export interface Selection {
  text: string
  /** 0-based indexes of lines left out that had no twin in the selected language. */
  untranslated: number[]
  /** Lines left out because, once the other language was gone, they read as twins. */
  regrouped: number
}

/**
 * Pick one language. `en` leaves out every line holding Chinese; `zh` leaves out
 * only English lines that have a Chinese twin, so untranslated English stays.
 */
export function selectLanguage(text: string, lines: LangLine[] | undefined, lang: LangSelection): Selection {
  if (lang === 'all' || !lines) {
    // Without per-line data the text is in one language; only Chinese-only text has no English.
    if (lang === 'en' && !lines && !analyseLanguages(text).languages.includes('en') && hasHan(text)) {
      return { text: '', untranslated: text.split('\n').map((_, i) => i), regrouped: 0 }
    }
    return { text, untranslated: [], regrouped: 0 }
  }
  const once = selectOnce(lines, lang)
  // What is kept can pair up anew when read again (an untranslated English line next to
  // the Chinese half of a split line); select again until nothing changes, so that
  // compiling an output again gives the same output.
  let kept = once.text
  let regrouped = 0
  for (let round = 0; round < 8; round++) {
    const again = analyseLanguages(kept)
    if (!again.lines) break
    const next = selectOnce(again.lines, lang).text
    if (next === kept) break
    regrouped += kept.split('\n').length - next.split('\n').length
    kept = next
  }
  return { text: kept, untranslated: once.untranslated, regrouped }
}

function selectOnce(lines: LangLine[], lang: Lang): { text: string; untranslated: number[] } {
  const out: string[] = []
  const untranslated: number[] = []
  lines.forEach((line, i) => {
    if (line.lang === 'both') out.push(lang === 'en' ? line.en! : line.zh!)
    else if (line.lang === 'none') out.push(line.text)
    else if (line.lang === lang) out.push(line.text)
    else if (lang === 'zh' && !line.twin) out.push(line.text)
    else if (!line.twin) untranslated.push(i)
  })
  return { text: collapseBlankLines(out).join('\n').trim(), untranslated }
}

/** Leaving lines out can leave two blank lines in a row (outside code); keep one. */
function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = []
  let inCode = false
  for (const line of lines) {
    if (FENCE.test(line)) inCode = !inCode
    if (!inCode && line.trim() === '' && (out.length === 0 || out[out.length - 1]!.trim() === '')) continue
    out.push(line)
  }
  return out
}

/** A short text (title, description) in one language. */
export function selectText(text: string, lang: LangSelection): Selection {
  const analysed = analyseLanguages(text)
  return selectLanguage(text, analysed.lines, lang)
}
