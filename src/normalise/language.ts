/**
 * Languages of a prompt, line by line. Bilingual files write `English / 中文` on
 * one line, or an English line followed by its Chinese twin; `--lang` picks
 * one side at emit time. A `/` between two runs of the same script
 * (`input/output`, `CI/CD`) is not a split.
 */
import type { Lang, LangLine, LangSelection } from '../model/agent.js'

const HAN = /\p{Script=Han}/u
const LATIN = /[A-Za-z]/
/**
 * Text in code is in no language: inline code spans and URLs are masked (each
 * character a U+0001, so that offsets still index the line) before a line's
 * languages are read. `Use \`echo 你好\` to test.` is an English line.
 */
const CODE = /(`+)(?:(?!\1)[\s\S])+?\1|\bhttps?:\/\/\S+/g

export function maskCode(line: string): string {
  return line.replace(CODE, (m) => '\u0001'.repeat(m.length))
}

/** ICU's sentence breaker, made on first use: making it loads ICU's break rules (~6 ms, every start-up of the command line paid it). */
let sentences: Intl.Segmenter | undefined
const sentenceBreaker = (): Intl.Segmenter => (sentences ??= new Intl.Segmenter('und', { granularity: 'sentence' }))
/** Markdown that opens a line and belongs to both halves of a split. */
const PREFIX = /^(\s*(?:#{1,6}\s+|>\s*|(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)?)/
const FENCE = /^\s*(```|~~~)/

export function hasHan(text: string): boolean {
  return HAN.test(text)
}

/** Split `prefix English / 中文` into its two halves, or undefined when the line is not such a pair. */
export function splitBilingual(line: string): { en: string; zh: string } | undefined {
  const masked = maskCode(line)
  if (!HAN.test(masked)) return undefined
  const prefix = PREFIX.exec(line)![1]!
  const content = line.slice(prefix.length)
  const seen = masked.slice(prefix.length)
  return splitAtSlash(content, seen, prefix) ?? splitSentences(content, seen, prefix)
}

/**
 * `English sentence. 中文句子。` (or the other way round) with no separator. The
 * line's sentences (ICU's sentence breaks, on the masked text) must each be a whole
 * sentence of one language: an English one has no Han, two words or more and ends
 * with `.`, `!` or `?`; a Chinese one has two Han characters or more and no more
 * Latin letters than Han (a Chinese sentence quoting an English term stays one
 * Chinese sentence). They must form two blocks (all English, then all Chinese, or
 * the other way) or alternate one for one. Anything else is not split: a break ICU
 * finds inside `.NET`, `Robert C. Martin` or `### A. 设置` leaves a fragment that is
 * no sentence. (Read against the corpus's bilingual and translated collections:
 * no line of theirs is split by this rule, none by mistake.)
 */
function splitSentences(content: string, seen: string, prefix: string): { en: string; zh: string } | undefined {
  const parts: { lang: 'en' | 'zh'; text: string }[] = []
  for (const { segment, index } of sentenceBreaker().segment(seen)) {
    const text = content.slice(index, index + segment.length).trim()
    if (text === '') continue
    const han = segment.match(/\p{Script=Han}/gu)?.length ?? 0
    const latin = segment.match(/[A-Za-z]/g)?.length ?? 0
    if (han === 0 && (segment.match(/[A-Za-z]{2,}/g)?.length ?? 0) >= 2 && /[.!?]["')\]]*\s*$/.test(segment)) parts.push({ lang: 'en', text })
    else if (han >= 2 && latin <= han) parts.push({ lang: 'zh', text })
    else return undefined
  }
  const en = parts.filter((p) => p.lang === 'en').map((p) => p.text)
  const zh = parts.filter((p) => p.lang === 'zh').map((p) => p.text)
  if (en.length === 0 || zh.length === 0) return undefined
  const changes = parts.filter((p, i) => i > 0 && p.lang !== parts[i - 1]!.lang).length
  const alternating = changes === parts.length - 1 && en.length === zh.length
  if (changes > 1 && !alternating) return undefined
  return { en: prefix + en.join(' '), zh: prefix + zh.join('') }
}

/** `English / 中文`: the halves either side of a `/`. */
function splitAtSlash(content: string, seen: string, prefix: string): { en: string; zh: string } | undefined {
  // A split `/` has Latin text before it and Han text after it, and no Han before it:
  // so it lies between the first Latin letter and the first Han character (linear time).
  const firstHan = seen.search(HAN)
  const firstLatin = seen.search(LATIN)
  const candidates: { at: number; spaced: boolean }[] = []
  if (firstLatin === -1 || firstLatin > firstHan) return undefined
  for (let i = firstLatin + 1; i < firstHan; i++) {
    const ch = content[i]
    if (ch !== '/' && ch !== '／') continue
    const spaced = /\s/.test(content[i - 1] ?? '') && /\s/.test(content[i + 1] ?? '')
    if (spaced || HAN.test(seen.slice(i + 1).trimStart()[0] ?? '')) candidates.push({ at: i, spaced })
  }
  const pick = candidates.filter((c) => c.spaced).pop() ?? candidates.pop()
  if (!pick) return undefined
  const en = content.slice(0, pick.at).trim()
  const zh = content.slice(pick.at + 1).trim()
  if (en === '' || zh === '') return undefined
  return { en: prefix + en, zh: prefix + zh }
}

function lineLang(line: string): LangLine['lang'] {
  const seen = maskCode(line)
  if (HAN.test(seen)) return 'zh'
  // Markup alone (`<example>`, `</commentary>`) is in no language.
  if (LATIN.test(seen.replace(/<\/?[A-Za-z][\w-]*\s*\/?>/g, ''))) return 'en'
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
