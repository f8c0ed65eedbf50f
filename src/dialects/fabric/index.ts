/** fabric patterns: `<pattern>/system.md` (`# IDENTITY and PURPOSE`, `# STEPS`, `# OUTPUT INSTRUCTIONS`). */
import { claudeCodeTools } from '../../vocabulary/tools.js'
import type { DialectDefinition } from '../types.js'
import { readFabric } from './read.js'

export const fabric = {
  summary: 'fabric pattern (`<pattern>/system.md`, `# IDENTITY and PURPOSE` …): the folder names the agent, the whole file is the prompt',
  markdown: {
    // A fabric pattern folder: `system.md` is the prompt, `user.md` a template for the user's turn.
    skip: (name: string, siblings: readonly string[]) => name === 'user.md' && siblings.includes('system.md'),
    read: readFabric,
  },
  tools: claudeCodeTools,
  // Names go into Claude output as written, where the Claude dialect reads Copilot's names: read them so here too (idempotence).
  borrowsTools: 'copilot',
} as const satisfies DialectDefinition
