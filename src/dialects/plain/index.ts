/** The fallback: any Markdown or text file; the whole text is the prompt. */
import { claudeCodeTools } from '../../vocabulary/tools.js'
import type { DialectDefinition } from '../types.js'
import { readPlain } from './read.js'

export const plain = {
  summary: 'Plain Markdown or text: the whole file is the prompt; name from the file name, description from the first sentence',
  markdown: { names: /\.(md|markdown|txt)$/i, read: readPlain },
  tools: claudeCodeTools,
  // Names go into Claude output as written, where the Claude dialect reads Copilot's names: read them so here too (idempotence).
  borrowsTools: 'copilot',
} as const satisfies DialectDefinition
