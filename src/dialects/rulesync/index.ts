/** rulesync's canonical subagents: `.rulesync/subagents/*.md`, `targets` and one section per tool. */
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'
import type { DialectDefinition } from '../types.js'
import { readRulesync } from './read.js'

export const rulesync = {
  summary: 'rulesync subagent (`.rulesync/subagents/*.md`): `name`, `description`, `targets`, the `claudecode:` section read as Claude fields; other tools\' sections kept',
  markdown: { read: readRulesync },
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
