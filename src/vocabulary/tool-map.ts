/** A repository's own tool names (`--tool-map`, the config's `toolMap`), read before each dialect's table. */
import { setDataProperty } from '../text/own-keys.js'
import { CANONICAL_TOOLS, claudeIds } from './tools.js'

/** Tool names as a repository writes them → canonical ids (see `toToolMap`). */
export type ToolMap = Record<string, string[]>

/**
 * A user's tool table (name as written → a Claude Code name or canonical id, or a
 * list of them) → a `ToolMap`. Throws an Error naming the first target that is no
 * tool, for the caller to report as a usage error.
 */
export function toToolMap(pairs: Record<string, string | string[]>): ToolMap {
  const map: ToolMap = {}
  for (const [name, target] of Object.entries(pairs)) {
    const ids = (Array.isArray(target) ? target : [target]).map((t) => {
      const found = mappedToolIds(t)
      if (!found) throw new Error(`\`${name}\` is mapped to \`${t}\`, which is neither a Claude Code tool name nor a canonical tool id`)
      return found
    })
    setDataProperty(map, name.trim(), ids.flat())
  }
  return map
}

/**
 * The target of a user's tool mapping → canonical ids: a canonical id (`search`,
 * `mcp:github/search`) or a Claude Code name (`Grep`, `mcp__github__search`).
 * Undefined when it is neither, so that a typo is a usage error, not a new tool.
 */
export function mappedToolIds(target: string): string[] | undefined {
  const name = target.trim()
  if (CANONICAL_TOOLS.has(name) || /^mcp:[^/\s]+(\/[^/\s]+)?$/.test(name)) return [name]
  return claudeIds(name)
}

