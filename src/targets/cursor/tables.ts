/**
 * Cursor's tables. Facts (read 2026-12-03):
 * - cursor.com/docs/agent/subagents (2026): subagents are Markdown files in
 *   `.cursor/agents/` (or `~/.cursor/agents/`) with frontmatter `name`,
 *   `description`, `model` (`inherit`, `fast` or a model id), `readonly`
 *   (restricts write permissions) and `is_background`; the body is the prompt. A
 *   subagent has no tool list: it works with its parent's tools, or with the
 *   read-only ones when `readonly: true` (Ask mode: no writes, no MCP; Cursor
 *   forum, "Subagent control via rules and settings", 2026). The field list is
 *   corroborated by syllago.dev's Cursor provider page (2026).
 * - cursor.com/docs/context/rules (2026): a rule is `.cursor/rules/**\/*.mdc` with
 *   exactly `description`, `globs` (a comma-separated string or a list) and
 *   `alwaysApply` (a boolean; the string `"true"` counts as false).
 */

/**
 * Claude tiers → Cursor model ids. Cursor names Claude models `opus-4.5`,
 * `sonnet-4.5` (the ids `cursor-agent --model` lists, December 2025; the same
 * generation as the other targets' tables). Cursor offers no Haiku: the tier asks
 * for a quick, cheap model, which Cursor's `fast` is. Overridable with `--model-map`.
 */
export const MODEL_TABLE: Record<string, string> = {
  opus: 'opus-4.5',
  sonnet: 'sonnet-4.5',
  haiku: 'fast',
}

/** Model families Cursor runs under their own ids (`gpt-5`, `gemini-3-pro`), written as the id without a provider. */
export const FAMILIES: ReadonlySet<string> = new Set(['openai', 'google'])

/**
 * The canonical tools a read-only Cursor subagent has (Ask mode: read files, list
 * folders, search by content and by name, search and fetch the web). The cursor-agent
 * dialect reads `readonly: true` back as these.
 */
export const READ_ONLY_TOOLS: readonly string[] = ['read', 'search', 'glob', 'list', 'web-fetch', 'web-search']

/** Canonical tools that write files or run commands: a list with none of them is read-only. */
export const WRITES: ReadonlySet<string> = new Set(['write', 'edit', 'multi-edit', 'shell', 'shell-output', 'shell-kill', 'notebook'])

/** Claude Code's `permissionMode` values Cursor can say: `plan` is `readonly: true`, `default` is Cursor's own behaviour. */
export const PERMISSION_MODES: ReadonlySet<string> = new Set(['plan', 'default'])

/** Source keys for running in the background: Cursor's own, Claude Code's. */
export const BACKGROUND_KEYS: readonly string[] = ['is_background', 'background']
