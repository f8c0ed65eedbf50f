/** Cursor rules, `.mdc`. */
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'
import type { DialectDefinition } from '../types.js'
import { readCursor } from './read.js'

export const cursor = {
  summary: 'Cursor rule (`.mdc`): `description`, `globs` (file triggers), `alwaysApply`; the body is the prompt',
  markdown: { names: /\.mdc$/i, read: readCursor },
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
