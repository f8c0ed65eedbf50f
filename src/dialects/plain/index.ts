/** The fallback: any Markdown or text file; the whole text is the prompt. */
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'
import type { DialectDefinition } from '../types.js'
import { readPlain } from './read.js'

export const plain = {
  summary: 'Plain Markdown or text: the whole file is the prompt; name from the file name, description from the first sentence',
  markdown: { names: /\.(md|markdown|txt)$/i, read: readPlain },
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
