/** Gemini CLI subagents: `.gemini/agents/<name>.md`, YAML frontmatter (`name`, `description`, `tools` as Gemini tool names) and the prompt as the body. */
import type { Target } from '../types.js'
import { checkGemini } from './check.js'
import { geminiView, type GeminiView } from './view.js'

export const gemini: Target<GeminiView> = {
  id: 'gemini',
  summary: 'Gemini CLI subagent (.gemini/agents/<name>.md, tools as Gemini CLI tool names)',
  extension: '.md',
  template: 'gemini.hbs',
  toView: geminiView,
  verify: checkGemini,
  // Gemini CLI reads a project's subagents from `.gemini/agents/` (docs/core/subagents.md, 2026-08).
  nativePath: (name) => `.gemini/agents/${name}.md`,
  readBack: 'gemini',
}
