/** Kiro CLI / Amazon Q Developer CLI agents: JSON in `.kiro/agents/` or `.amazonq/cli-agents/`, or with Q's `$schema` or a `prompt` and Kiro tool names. */
import type { DialectDefinition } from '../types.js'
import { isKiroData, KIRO_PATH, readKiro } from './read.js'
import { kiroTools } from './tools.js'

export const kiro = {
  summary: 'Kiro CLI / Amazon Q Developer CLI agent (`.kiro/agents/*.json`, `.amazonq/cli-agents/*.json`, or JSON with Q\'s `$schema` or `prompt` and `tools`): Kiro and Q tool names',
  data: {
    names: /\.json$/i,
    sniff: (_name: string, head: string, path = '') =>
      KIRO_PATH.test(path) ||
      /"\$schema"\s*:\s*"[^"]*amazon-q-developer-cli/.test(head) ||
      /"(allowedTools|toolsSettings|toolAliases|useLegacyMcpJson|includeMcpJson|keyboardShortcut|welcomeMessage)"\s*:/.test(head) ||
      (/"prompt"\s*:/.test(head) && /"tools"\s*:\s*\[/.test(head)),
    expected: 'a Kiro agent (`prompt` and `tools` or Q CLI\'s `$schema`)',
    claims: isKiroData,
    read: readKiro,
  },
  tools: kiroTools,
} as const satisfies DialectDefinition
