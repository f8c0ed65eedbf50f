/**
 * Kiro CLI's tables (the JSON agents of Amazon Q Developer CLI, which Kiro CLI
 * replaced). Facts from:
 * - aws/amazon-q-developer-cli crates/chat-cli/src/cli/chat/tools/mod.rs (commit
 *   8ff6db8c, 2025-10-30): the native tools `fs_read`, `fs_write`, `execute_bash`,
 *   `use_aws`, `gh_issue` (`report_issue` to the model, tool_index.json),
 *   `introspect`, `knowledge`, `thinking`, `todo_list`, `delegate`;
 *   crates/chat-cli/src/cli/agent/mod.rs (846669fb, 2025-10-31): the agent struct
 *   (`deny_unknown_fields`, `name` required) and `$schema`'s default.
 * - kiro.dev/docs/cli/reference/built-in-tools and /docs/cli/migrating-from-q
 *   (2026-02): Kiro's own names (`read`, `write`, `shell`, `aws`, `report`,
 *   `todo`) and its new tools (`grep`, `glob`, `web_search`, `web_fetch`,
 *   `use_subagent`, `code`); "existing tool names will continue to work".
 * - kiro.dev/docs/cli/custom-agents/configuration-reference (2026-02): the newer
 *   fields `includeMcpJson`, `keyboardShortcut`, `welcomeMessage`, `skill://` and
 *   knowledge-base `resources`, hooks `preToolUse`, `postToolUse`, `stop`.
 */

/** The `$schema` Q CLI writes into an agent (agent/mod.rs `default_schema`). */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/aws/amazon-q-developer-cli/refs/heads/main/schemas/agent-v1.json'

/**
 * Canonical tool id → the Kiro tool that grants it. A tool Q CLI also has is
 * written by Q's name, which Kiro still reads (migrating-from-q), so that the
 * agent loads in both; a tool only Kiro has, by Kiro's name. `list` and
 * `notebook-read` are what `fs_read` does on a folder or a notebook file.
 */
export const TOOL_NAMES: Record<string, string> = {
  read: 'fs_read',
  list: 'fs_read',
  'notebook-read': 'fs_read',
  write: 'fs_write',
  edit: 'fs_write',
  'multi-edit': 'fs_write',
  shell: 'execute_bash',
  search: 'grep',
  glob: 'glob',
  'web-fetch': 'web_fetch',
  'web-search': 'web_search',
  agent: 'use_subagent',
  todo: 'todo_list',
}

/**
 * What each Kiro tool grants, as agentdef reads it back (the kiro dialect's
 * table): `fs_write` creates and edits files.
 */
export const GRANTS: Record<string, readonly string[]> = {
  fs_read: ['read'],
  fs_write: ['write', 'edit'],
  execute_bash: ['shell'],
  grep: ['search'],
  glob: ['glob'],
  web_fetch: ['web-fetch'],
  web_search: ['web-search'],
  use_subagent: ['agent'],
  todo_list: ['todo'],
}

/** Canonical ids that only say more of a tool another id grants (Claude's background shell). */
export const PART_OF: Record<string, string> = { 'shell-output': 'shell', 'shell-kill': 'shell' }

/** The tools that change nothing outside the agent (not `fs_write`, `execute_bash`, `use_aws`): `permissionMode: plan` over every tool. */
export const READ_ONLY: readonly string[] = ['fs_read', 'grep', 'glob', 'web_fetch', 'web_search', 'todo_list', 'thinking', 'introspect']

/**
 * Claude aliases → Kiro model ids, as Kiro's model list names them
 * (kiro.dev/docs/cli/chat/model-selection, 2026-02: Sonnet 4.5, Haiku 4.5, Opus
 * 4.5 in every paid plan; kirodotdev/KiroCrew writes `claude-sonnet-4.5`).
 * Overridable with `--model-map`. `inherit` has no entry: without `model` Kiro
 * runs the agent on its default model.
 */
export const MODEL_TABLE: Record<string, string> = {
  opus: 'claude-opus-4.5',
  sonnet: 'claude-sonnet-4.5',
  haiku: 'claude-haiku-4.5',
}

/** A Kiro model id: Kiro matches it against its model list, case-insensitively (Q CLI cli/model.rs `find_model`). */
export const KIRO_MODEL = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/

/** Model ids of vendors whose models Kiro does not list by these ids (a `--model-map` entry meant for the OpenAI or Gemini targets). */
export const FOREIGN_MODEL = /^(gpt|o[1-9]|chatgpt|codex|gemini)/i

/** `keyboardShortcut`: an optional `ctrl` or `shift` and one letter or digit (configuration-reference, "KeyboardShortcut field"). */
export const SHORTCUT = /^((ctrl|shift)\+)?[a-z0-9]$/i

/** The hook triggers: Q CLI's agent/hook.rs `HookTrigger` and Kiro's configuration reference. */
export const HOOK_TRIGGERS: ReadonlySet<string> = new Set(['agentSpawn', 'userPromptSubmit', 'preToolUse', 'postToolUse', 'stop'])

/** Every key the Kiro CLI agent reader accepts (`deny_unknown_fields`): Q's struct and Kiro's newer fields. */
export const AGENT_KEYS: ReadonlySet<string> = new Set([
  '$schema', 'name', 'description', 'prompt', 'mcpServers', 'tools', 'toolAliases', 'allowedTools', 'toolsSettings',
  'resources', 'hooks', 'useLegacyMcpJson', 'includeMcpJson', 'model', 'keyboardShortcut', 'welcomeMessage',
])

/**
 * The Claude models Kiro lists (kiro.dev/docs/cli/models, 2026: Opus 4.7, 4.6,
 * 4.5, Sonnet 4.6, 4.5, 4.0, Haiku 4.5), in its spelling. Another Claude model
 * (3.x, Opus 4.1) is stale for Kiro: its tier's model is written instead, with a note.
 */
export const KIRO_CLAUDE: ReadonlySet<string> = new Set([
  'claude-opus-4.7', 'claude-opus-4.6', 'claude-opus-4.5', 'claude-sonnet-4.6', 'claude-sonnet-4.5', 'claude-sonnet-4', 'claude-haiku-4.5',
])
