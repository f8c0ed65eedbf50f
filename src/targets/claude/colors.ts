/**
 * Colours: Claude Code keeps eight (red blue green yellow purple orange pink cyan)
 * and drops the rest. Other names and hex values fold to the nearest by hue;
 * greys, black and white are near none and are reported instead.
 */
export const CLAUDE_COLORS = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan'] as const

/** Hue in degrees of each Claude colour. */
const HUES: Record<(typeof CLAUDE_COLORS)[number], number> = {
  red: 0, orange: 30, yellow: 55, green: 120, cyan: 185, blue: 225, purple: 275, pink: 330,
}

/** Common names authors use that are not among the eight. */
const NAMED: Record<string, string> = {
  magenta: '#ff00ff', violet: '#8a2be2', indigo: '#4b0082', teal: '#008080', turquoise: '#40e0d0',
  aqua: '#00ffff', navy: '#000080', lime: '#00ff00', olive: '#808000', gold: '#ffd700', amber: '#ffbf00',
  crimson: '#dc143c', maroon: '#800000', brown: '#a52a2a', coral: '#ff7f50', salmon: '#fa8072',
  lavender: '#b57edc', emerald: '#50c878', sky: '#87ceeb', rose: '#ff007f', fuchsia: '#ff00ff',
}

export function nearestClaudeColor(color: string): string | undefined {
  const name = color.trim().toLowerCase()
  if ((CLAUDE_COLORS as readonly string[]).includes(name)) return name
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
  let best: string = 'red'
  let distance = Infinity
  for (const [candidate, h] of Object.entries(HUES)) {
    const d = Math.min(Math.abs(hue - h), 360 - Math.abs(hue - h))
    if (d < distance) [best, distance] = [candidate, d]
  }
  return best
}
