/**
 * Copilot's tables. Facts from github/docs
 * content/copilot/reference/custom-agents-configuration.md (2026, "Tool aliases",
 * "Processing of tools"; the body limit) and microsoft/vscode's agents reference
 * (extensions/copilot/assets/prompts/skills/agent-customization/references/agents.md,
 * 2026: `handoffs`, `target`).
 */

/**
 * Canonical tool id → the Copilot alias that grants it. Aliases are matched
 * case-insensitively and stand for a kind of tool: `edit` also creates files,
 * `search` finds files by name as well as by content, `web` both fetches and searches.
 */
export const ALIAS: Record<string, string> = {
  read: 'read',
  write: 'edit',
  edit: 'edit',
  'multi-edit': 'edit',
  shell: 'execute',
  search: 'search',
  glob: 'search',
  list: 'search',
  'web-fetch': 'web',
  'web-search': 'web',
  agent: 'agent',
  todo: 'todo',
}

/**
 * What each alias grants, as agentdef reads it back (the copilot dialect's table):
 * `edit` → edit and write, `search` → search and glob, `web` → fetch and search.
 */
export const GRANTS: Record<string, readonly string[]> = {
  read: ['read'],
  edit: ['edit', 'write'],
  search: ['search', 'glob'],
  execute: ['shell'],
  web: ['web-fetch', 'web-search'],
  agent: ['agent'],
  todo: ['todo'],
}

/** The aliases that neither edit files nor run commands: `permissionMode: plan` over every tool. */
export const READ_ONLY: readonly string[] = ['read', 'search', 'web', 'agent', 'todo']

/** Canonical ids that only say more of a tool another id grants (Claude's background shell). */
export const PART_OF: Record<string, string> = { 'shell-output': 'shell', 'shell-kill': 'shell' }

/** `target`: unset means both. */
export const TARGETS: ReadonlySet<string> = new Set(['vscode', 'github-copilot'])

/** The most characters of a prompt GitHub.com takes. */
export const BODY_LIMIT = 30_000

/** The keys of a `handoffs` entry (VS Code), with the type of each; `label` and `agent` are required. */
export const HANDOFF_KEYS: Record<string, 'string' | 'boolean'> = { label: 'string', agent: 'string', prompt: 'string', send: 'boolean', model: 'string' }
