/** Cursor subagents, `.cursor/agents/*.md`. */
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'
import type { DialectDefinition } from '../types.js'
import { readCursorAgent } from './read.js'

export const cursorAgent = {
  summary: 'Cursor subagent (`.cursor/agents/*.md`): `name`, `description`, `model` (`inherit`, `fast` or an id), `readonly: true` as the read-only tools, `is_background` kept',
  markdown: { read: readCursorAgent },
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
