/** opencode agents: Markdown under `.opencode/agent/`, or frontmatter with `mode`, `permission` or a `tools` map. */
import type { DialectDefinition } from '../types.js'
import { readOpencode } from './read.js'
import { opencodeTools } from './tools.js'

export const opencode = {
  summary: 'opencode agent (`.opencode/agent/*.md`, or `mode:`, `permission:` or a `tools` map of booleans): opencode tool names',
  markdown: { read: readOpencode },
  tools: opencodeTools,
} as const satisfies DialectDefinition
