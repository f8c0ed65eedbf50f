/**
 * Claude Code keeps eight colours (red blue green yellow purple orange pink cyan)
 * and drops the rest; others fold to the nearest of them by hue.
 */
import { nearestInPalette, type Palette } from '../../vocabulary/colors.js'

/** Hue in degrees of each Claude colour. */
export const CLAUDE_PALETTE: Palette = {
  red: 0, orange: 30, yellow: 55, green: 120, cyan: 185, blue: 225, purple: 275, pink: 330,
}

export function nearestClaudeColor(color: string): string | undefined {
  return nearestInPalette(color, CLAUDE_PALETTE)
}
