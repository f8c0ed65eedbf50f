/** Claude Code subagents: YAML frontmatter (`name`, `description`, `tools`, `model`, `color`) and the prompt as the body. */
import type { DialectDefinition } from '../types.js'
import { readClaude } from './read.js'
import { claudeCodeTools } from '../../vocabulary/tools.js'

export const claude = {
  summary: 'Claude Code subagent: frontmatter (`name`, `description`, `tools`, `model`, `color`), the body is the prompt; any Markdown file with frontmatter no other dialect claims',
  markdown: { read: readClaude },
  tools: claudeCodeTools,
  // Claude-style files copied from Copilot collections keep Copilot's names (`codebase`, `editFiles`).
  borrowsTools: 'copilot',
} as const satisfies DialectDefinition
