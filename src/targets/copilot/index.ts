/** GitHub Copilot custom agents: `.github/agents/<name>.agent.md`, YAML frontmatter (`name`, `description`, `tools` as aliases) and the prompt as the body. */
import type { Target } from '../types.js'
import { checkCopilot } from './check.js'
import { copilotView, type CopilotView } from './view.js'

export const copilot: Target<CopilotView> = {
  id: 'copilot',
  summary: 'GitHub Copilot custom agent (.github/agents/<name>.agent.md, tools as Copilot aliases)',
  extension: '.agent.md',
  template: 'copilot.hbs',
  toView: copilotView,
  verify: checkCopilot,
  // docs.github.com, "Creating custom agents" (2026): `.github/agents/<name>.agent.md` in the repository.
  nativePath: (name) => `.github/agents/${name}.agent.md`,
  readBack: 'copilot',
}
