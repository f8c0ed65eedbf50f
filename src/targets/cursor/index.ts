/**
 * Cursor: a subagent `.cursor/agents/<name>.md` (`name`, `description`, `model`,
 * `readonly`, `is_background`), or a rule `.cursor/rules/<name>.mdc` for a source
 * that is a Cursor rule. One template serves both: frontmatter and the prompt.
 */
import type { Target } from '../types.js'
import { checkCursor } from './check.js'
import { isRule } from './rule.js'
import { cursorView, type CursorView } from './view.js'

export const cursor: Target<CursorView> = {
  id: 'cursor',
  summary: 'Cursor subagent (.cursor/agents/<name>.md, `readonly` for a read-only tool list); a Cursor rule source as a rule (.cursor/rules/<name>.mdc)',
  extension: '.md',
  extensionOf: (agent) => (isRule(agent) ? '.mdc' : '.md'),
  template: 'cursor.hbs',
  toView: cursorView,
  verify: checkCursor,
  // Cursor reads subagents from `.cursor/agents/` and rules from `.cursor/rules/` (cursor.com/docs/agent/subagents, docs/context/rules, 2026).
  nativePath: (name, agent) => (agent && isRule(agent) ? `.cursor/rules/${name}.mdc` : `.cursor/agents/${name}.md`),
  readBack: (agent) => (isRule(agent) ? 'cursor' : 'cursor-agent'),
}
