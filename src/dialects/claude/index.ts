/** Claude Code subagents: YAML frontmatter (`name`, `description`, `tools`, `model`, `color`) and the prompt as the body. */
import type { DialectDefinition } from '../types.js'
import { readClaude } from './read.js'
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'

export const claude = {
  summary: 'Claude Code subagent: frontmatter (`name`, `description`, `tools`, `model`, `color`), the body is the prompt; any Markdown file with frontmatter no other dialect claims',
  markdown: { read: readClaude },
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
