/** opencode subagents: `.opencode/agent/<name>.md`, YAML frontmatter (`mode: subagent`, `permission`) and the prompt as the body. */
import type { Target } from '../types.js'
import { checkOpencode } from './check.js'
import { opencodeView, type OpencodeView } from './view.js'

export const opencode: Target<OpencodeView> = {
  id: 'opencode',
  summary: 'opencode subagent (.opencode/agent/<name>.md, `mode: subagent`, `permission`)',
  extension: '.md',
  template: 'opencode.hbs',
  toView: opencodeView,
  verify: checkOpencode,
  // opencode names an agent after its file under `.opencode/agent/` (docs/agents.mdx, 2026).
  nativePath: (name) => `.opencode/agent/${name}.md`,
  readBack: 'opencode',
}
