/** Codex custom agents: `.codex/agents/<name>.toml` with `name`, `description`, `developer_instructions`, `model`, `sandbox_mode`. */
import type { Target } from '../types.js'
import { checkCodex } from './check.js'
import { codexView, type CodexView } from './view.js'

export const codex: Target<CodexView> = {
  id: 'codex',
  summary: 'Codex custom agent (.codex/agents/<name>.toml, `developer_instructions`, `sandbox_mode`)',
  extension: '.toml',
  template: 'codex.hbs',
  toView: codexView,
  verify: checkCodex,
  // Codex reads a project's custom agents from `.codex/agents/` (developers.openai.com/codex/subagents, 2026-05).
  nativePath: (name) => `.codex/agents/${name}.toml`,
  readBack: 'codex',
}
