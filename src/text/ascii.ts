/**
 * Text of any script in ASCII letters a person can read and type, for ids:
 * Chinese as pinyin without tones, word by word as a reader says it (pinyin-pro,
 * which reads a character by its phrase: 掌柜 is `zhang gui`, 银行行长 `yin hang hang
 * zhang`), every other script through `transliteration` (`ß` → `ss`, `é` → `e`,
 * Greek and Cyrillic romanised, kana). Both libraries take 100–200 ms to load, so
 * they are loaded on the first text that needs them, never for ASCII names.
 */
import { requireOnFirstUse } from '../installation/on-first-use.js'

type Pinyin = (text: string, options: { toneType: 'none'; type: 'array'; nonZh: 'consecutive' }) => string[]
type Transliterate = (text: string, options: { unknown: string }) => string

let pinyin: Pinyin | undefined
let transliterate: Transliterate | undefined

const HAN = /\p{Script=Han}/u

/** `代码审查员` → `dai ma shen cha yuan`; `AI编程` → `AI bian cheng`; `Straße` → `Strasse`; ASCII as it is. Unknown characters become spaces. */
export function toAscii(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text
  let spaced = text.normalize('NFC')
  if (HAN.test(spaced)) {
    pinyin ??= (requireOnFirstUse('pinyin-pro') as { pinyin: Pinyin }).pinyin
    // Each syllable a word of its own, and apart from the text around it (`AI编程` → `AI bian cheng`).
    spaced = pinyin(spaced, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ')
  }
  if (!/[^\x00-\x7f]/.test(spaced)) return spaced
  transliterate ??= (requireOnFirstUse('transliteration') as { transliterate: Transliterate }).transliterate
  return transliterate(spaced, { unknown: ' ' })
}
