/**
 * Colours as authors write them: a name, or a hex value. Targets keep a palette
 * of their own (Claude Code keeps eight); `nearestInPalette` folds any colour to
 * the palette's nearest by hue. Greys, black and white are near none.
 */

/** Common names authors use, beyond the basic hues, as hex values. */
const NAMED: Record<string, string> = {
  magenta: '#ff00ff', violet: '#8a2be2', indigo: '#4b0082', teal: '#008080', turquoise: '#40e0d0',
  aqua: '#00ffff', navy: '#000080', lime: '#00ff00', olive: '#808000', gold: '#ffd700', amber: '#ffbf00',
  crimson: '#dc143c', maroon: '#800000', brown: '#a52a2a', coral: '#ff7f50', salmon: '#fa8072',
  lavender: '#b57edc', emerald: '#50c878', sky: '#87ceeb', rose: '#ff007f', fuchsia: '#ff00ff',
}

/** A palette: colour name → hue in degrees. */
export type Palette = Readonly<Record<string, number>>

/** The palette's name for `color`: itself when in the palette, else the nearest by hue; undefined for no hue (grey) or no colour. */
export function nearestInPalette(color: string, palette: Palette): string | undefined {
  const name = color.trim().toLowerCase()
  if (Object.hasOwn(palette, name)) return name
  const hex = (Object.hasOwn(NAMED, name) ? NAMED[name] : undefined) ?? name
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/.exec(hex)
  if (!m) return undefined
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255) as [number, number, number]
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  if (max - min < 0.15) return undefined // grey, black or white: no hue to match
  let hue: number
  if (max === r) hue = ((g - b) / (max - min)) * 60
  else if (max === g) hue = ((b - r) / (max - min)) * 60 + 120
  else hue = ((r - g) / (max - min)) * 60 + 240
  hue = (hue + 360) % 360
  let best: string | undefined
  let distance = Infinity
  for (const [candidate, h] of Object.entries(palette)) {
    const d = Math.min(Math.abs(hue - h), 360 - Math.abs(hue - h))
    if (d < distance) [best, distance] = [candidate, d]
  }
  return best
}
