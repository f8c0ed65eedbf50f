/**
 * Colours as authors write them: any CSS colour (the 148 named colours, `#rgb`,
 * `#rrggbb`, `rgb()`, `hsl()`, `oklch()`…), read by culori. A target keeps a palette
 * of its own (Claude Code and Qwen Code keep eight); `nearestInPalette` folds any
 * colour to the palette's nearest by CIEDE2000, the CIE's colour difference, with
 * lightness counted at half weight (kL = 2): a dark green is still green, a pale
 * blue still blue. Greys, black and white have no hue to match: near none.
 * culori takes ~130 ms to load, so it is loaded on the first colour that needs it.
 */
import type * as Culori from 'culori'
import { requireOnFirstUse } from '../installation/on-first-use.js'

let culori: typeof Culori | undefined
let distance: ((a: Culori.Color, b: Culori.Color) => number) | undefined

const lib = (): typeof Culori => (culori ??= requireOnFirstUse('culori') as typeof Culori)

/** The colour to write for a source's: the user's `colorMap` entry for it (`Teal` and `teal` are one colour), else the colour as written. */
export function mappedColour(color: string, map: Readonly<Record<string, string>> | undefined): string {
  const key = color.trim().toLowerCase()
  const entry = map && Object.entries(map).find(([from]) => from.trim().toLowerCase() === key)
  return entry ? entry[1] : color
}

/** A palette: colour name → the CSS colour it stands for (its reference point). */
export type Palette = Readonly<Record<string, string>>

/** Names authors use that CSS does not define. */
const NOT_CSS: Record<string, string> = { amber: '#ffbf00', emerald: '#50c878', sky: '#87ceeb', rose: '#ff007f' }

/** The colour a text names, parsed; undefined when it names none. */
function parse(text: string): Culori.Color | undefined {
  return lib().parse(Object.hasOwn(NOT_CSS, text) ? NOT_CSS[text]! : text)
}

/** Below this OKLCH chroma a colour is a grey: no hue to match. */
const GREY_CHROMA = 0.03

/** `#rrggbb` of any CSS colour, or undefined when the text is no colour. */
export function toHex(color: string): string | undefined {
  const text = color.trim().toLowerCase()
  if (/^#[0-9a-f]{6}$/.test(text)) return text
  const parsed = parse(text)
  return parsed ? lib().formatHex(parsed) : undefined
}

/** The palette's name for `color`: itself when in the palette, else the nearest colour; undefined for a grey or no colour. */
export function nearestInPalette(color: string, palette: Palette): string | undefined {
  const name = color.trim().toLowerCase()
  if (Object.hasOwn(palette, name)) return name
  const c = lib()
  const parsed = parse(name)
  if (!parsed || (c.oklch(parsed).c ?? 0) < GREY_CHROMA) return undefined
  distance ??= c.differenceCiede2000(2, 1, 1)
  let best: string | undefined
  let least = Infinity
  for (const [candidate, reference] of Object.entries(palette)) {
    const d = distance(parsed, c.parse(reference)!)
    if (d < least) [best, least] = [candidate, d]
  }
  return best
}

/**
 * The eight colours Claude Code (and Qwen Code) keep, each as a CSS colour: the reference it is matched by. Bright
 * terminal tones (`green` as CSS `lime`, `pink` as `hotpink`), since Claude Code
 * shows them on a terminal.
 */
export const EIGHT_COLOURS: Palette = {
  red: '#ff0000', orange: '#ffa500', yellow: '#ffff00', green: '#00ff00', cyan: '#00ffff', blue: '#0000ff', purple: '#800080', pink: '#ff69b4',
}
