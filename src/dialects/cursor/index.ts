/** Cursor rules, `.mdc`. */
import { claudeCodeTools } from '../../vocabulary/tools.js'
import type { DialectDefinition } from '../types.js'
import { readCursor } from './read.js'

export const cursor = {
  summary: 'Cursor rule (`.mdc`): `description`, `globs` (file triggers), `alwaysApply`; the body is the prompt',
  markdown: { names: /\.mdc$/i, read: readCursor },
  tools: claudeCodeTools,
  // Names go into Claude output as written, where the Claude dialect reads Copilot's names: read them so here too (idempotence).
  borrowsTools: 'copilot',
} as const satisfies DialectDefinition
