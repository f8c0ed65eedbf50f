/** Qwen Code subagents: Markdown under `.qwen/agents/`, or frontmatter with Qwen Code's own `approvalMode`, `runConfig` or `modelConfig`. */
import type { DialectDefinition } from '../types.js'
import { readQwen } from './read.js'
import { qwenTools } from './tools.js'

export const qwen = {
  summary: 'Qwen Code subagent (`.qwen/agents/*.md`, or `approvalMode:`): Qwen tool names (Claude Code names too), `approvalMode`, `model` selectors',
  markdown: { read: readQwen },
  tools: qwenTools,
  // Qwen Code reads Claude Code agent files as they are: a tool's display name (`Edit`, `Grep`) is one of its names.
  borrowsTools: 'claude',
} as const satisfies DialectDefinition
