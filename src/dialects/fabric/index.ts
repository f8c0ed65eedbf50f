/** fabric patterns: `<pattern>/system.md` (`# IDENTITY and PURPOSE`, `# STEPS`, `# OUTPUT INSTRUCTIONS`). */
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'
import type { DialectDefinition } from '../types.js'
import { readFabric } from './read.js'

export const fabric = {
  summary: 'fabric pattern (`<pattern>/system.md`, `# IDENTITY and PURPOSE` …): the folder names the agent, the whole file is the prompt',
  markdown: {
    // A fabric pattern folder: `system.md` is the prompt, `user.md` a template for the user's turn.
    skip: (name: string, siblings: readonly string[]) => name === 'user.md' && siblings.includes('system.md'),
    read: readFabric,
  },
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
