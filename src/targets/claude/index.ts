/** Claude Code subagents: `.claude/agents/<name>.md`, YAML frontmatter and the prompt as the body. */
import type { Target } from '../types.js'
import { checkClaude } from './check.js'
import { claudeView, type ClaudeView } from './view.js'

export const claude: Target<ClaudeView> = {
  id: 'claude',
  summary: 'Claude Code subagent (.claude/agents/<name>.md)',
  extension: '.md',
  template: 'claude.hbs',
  toView: claudeView,
  verify: checkClaude,
  // Claude Code reads project subagents from `.claude/agents/` (code.claude.com/docs/en/sub-agents, 2026).
  nativePath: (name) => `.claude/agents/${name}.md`,
  readBack: 'claude',
}
