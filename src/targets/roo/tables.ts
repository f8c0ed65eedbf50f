/**
 * Roo Code's tables. Facts from RooCodeInc/Roo-Code at cb836567 (2026-04-14):
 * packages/types/src/mode.ts (modeConfigSchema, groupEntrySchema, the slug regex),
 * packages/types/src/tool.ts (toolGroups, deprecatedToolGroups), src/shared/tools.ts
 * (TOOL_GROUPS, ALWAYS_AVAILABLE_TOOLS), src/core/config/CustomModesManager.ts (how
 * `.roomodes` is read) and src/core/tools/validateToolUse.ts (`fileRegex`).
 */

/** The groups a mode may list, in the order agentdef writes them (toolGroups). */
export const GROUPS = ['read', 'edit', 'command', 'mcp', 'modes'] as const
export type Group = (typeof GROUPS)[number]

/**
 * Canonical tool id → the group that grants it. `read` is read_file, search_files,
 * list_files, codebase_search; `edit` is apply_diff, write_to_file (and the edit tools);
 * `command` is execute_command, read_command_output; `modes` is switch_mode, new_task.
 * `browser` was removed in February 2026 (fa9dff4a) and is stripped on load: web
 * tools have no group.
 */
export const GROUP_OF: Record<string, Group> = {
  read: 'read',
  search: 'read',
  glob: 'read',
  list: 'read',
  write: 'edit',
  edit: 'edit',
  'multi-edit': 'edit',
  shell: 'command',
  'shell-output': 'command',
  'shell-kill': 'command',
  agent: 'modes',
}

/** What each group grants, as agentdef reads it back (the roo dialect's table). */
export const GRANTS: Record<Group, readonly string[]> = {
  read: ['read', 'search', 'glob', 'list'],
  edit: ['write', 'edit'],
  command: ['shell'],
  mcp: ['mcp:*'],
  modes: ['agent'],
}

/** Canonical ids every mode has without a group (ALWAYS_AVAILABLE_TOOLS): the todo list, skills, slash commands. */
export const ALWAYS: Record<string, string> = { todo: 'update_todo_list', skill: 'skill', 'slash-command': 'run_slash_command' }

/** Claude Code's tools that take a path pattern (`Edit(docs/**)`), whose group can be limited by `fileRegex`. */
export const EDIT_PATTERN = /^(Edit|Write|MultiEdit)\((.+)\)$/
/** Claude Code's other tools with a pattern: their group cannot be limited by it. */
export const OTHER_PATTERN = /^(Read|Grep|Glob|LS|Bash)\((.+)\)$/
/** The canonical id each patterned tool stands for. */
export const PATTERN_ID: Record<string, string> = { Edit: 'edit', Write: 'write', MultiEdit: 'multi-edit', Read: 'read', Grep: 'search', Glob: 'glob', LS: 'list', Bash: 'shell' }

/** A mode's slug (modeConfigSchema). */
export const SLUG = /^[a-zA-Z0-9-]+$/

/**
 * Characters CustomModesManager.cleanInvisibleCharacters rewrites in the file before
 * parsing it (no-break space, zero-width characters, dashes, curly quotes): written as
 * `\uXXXX` escapes in double-quoted strings so that Roo Code reads the text as it was.
 */
export const REWRITTEN = /[\u00A0\u200B\u200C\u200D\u2010-\u2015\u2212\u2018\u2019\u201C\u201D]/g

/** The heading under which the roo dialect appends a mode's `customInstructions` to its prompt. */
export const CUSTOM_HEADING = '\n\n# Custom Instructions\n\n'
