/** The key vocabulary of agent frontmatter, and how a `key: value` line is read. */

/**
 * Keys that agent dialects use, in their canonical spelling. A key that differs
 * only in case (`Description:`, `maxturns:`) is read as the canonical one.
 */
export const CANONICAL_KEYS = new Map(
  [
    'name', 'description', 'tools', 'model', 'color', 'mode', 'temperature', 'permission',
    'globs', 'alwaysApply', 'slug', 'roleDefinition', 'whenToUse', 'customInstructions', 'groups',
    'handoffs', 'disallowedTools', 'permissionMode', 'maxTurns', 'skills', 'mcpServers', 'hooks',
    'memory', 'effort', 'isolation', 'background', 'argument-hint', 'target', 'category', 'version',
    'author', 'tags', 'emoji', 'vibe',
  ].map((key) => [key.toLowerCase(), key]),
)

/** Words that begin lines of `<example>` dialogues; at column 0 inside a text value they are not keys. */
export const DIALOGUE_WORDS = new Set(['context', 'user', 'assistant', 'commentary', 'example', 'examples', 'human', 'ai'])

export const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)/

/** The canonical spelling of a key that differs from it only in case, else undefined. */
export function canonicalOf(key: string): string | undefined {
  const canonical = CANONICAL_KEYS.get(key.toLowerCase())
  return canonical !== undefined && canonical !== key ? canonical : undefined
}

/** The value part of a `key: value` line, and the 1-based column where it starts. */
export function valueOf(line: string): { text: string; column: number } {
  const colon = KEY_LINE.exec(line)![0].length
  const after = line.slice(colon)
  const text = after.trim()
  return { text, column: colon + 1 + (after.length - after.trimStart().length) }
}
