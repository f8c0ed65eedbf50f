/**
 * Claude Code keeps eight colours (red blue green yellow purple orange pink cyan)
 * and drops the rest; others fold to the nearest of them (vocabulary/colors.ts).
 */
import { EIGHT_COLOURS, nearestInPalette } from '../../vocabulary/colors.js'

export const CLAUDE_PALETTE = EIGHT_COLOURS

export function nearestClaudeColor(color: string): string | undefined {
  return nearestInPalette(color, CLAUDE_PALETTE)
}
