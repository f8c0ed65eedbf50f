/** GitHub Copilot custom agents, `*.agent.md` and `*.chatmode.md`. */
import type { DialectDefinition } from '../types.js'
import { readCopilot } from './read.js'
import { copilotTools } from './tools.js'

export const copilot = {
  summary: 'GitHub Copilot custom agent (`*.agent.md`, `*.chatmode.md`): the file name is the id, `name` the title, Copilot tool names',
  markdown: { read: readCopilot },
  tools: copilotTools,
} as const satisfies DialectDefinition
