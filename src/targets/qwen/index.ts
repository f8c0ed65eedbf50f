/** Qwen Code subagents: `.qwen/agents/<name>.md`, the Claude Code field set under Qwen Code's own rules, the prompt as the body. */
import type { Target } from '../types.js'
import { checkQwen } from './check.js'
import { qwenView, type QwenView } from './view.js'

export const qwen: Target<QwenView> = {
  id: 'qwen',
  summary: 'Qwen Code subagent (.qwen/agents/<name>.md, tools as Qwen tool names, `approvalMode`)',
  extension: '.md',
  template: 'qwen.hbs',
  toView: qwenView,
  verify: checkQwen,
  // Qwen Code reads project subagents from `.qwen/agents/` (docs/users/features/sub-agents.md, 2026).
  nativePath: (name) => `.qwen/agents/${name}.md`,
  readBack: 'qwen',
}
