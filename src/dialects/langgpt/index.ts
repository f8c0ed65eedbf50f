/** LangGPT roles: `# Role: …` Markdown (or catalogues of them in code blocks), and `Role:` as YAML or JSON. */
import { claudeCodeTools } from '../../vocabulary/tools.js'
import type { DialectDefinition } from '../types.js'
import { isLangGPTData, readLangGPTData } from './data.js'
import { readLangGPT } from './read.js'

export const langgpt = {
  summary: 'LangGPT role (`# Role: …` with `## Profile`, `## Rules`, `## Workflow`…, catalogues of roles in code blocks, or `Role:` as YAML/JSON)',
  markdown: { read: readLangGPT },
  data: {
    names: /\.(ya?ml|json)$/i,
    sniff: (_name: string, head: string) => /^Role[ \t]*:/m.test(head) || /^[ \t{]*"Role"[ \t]*:/m.test(head),
    expected: 'a LangGPT `Role:`',
    claims: isLangGPTData,
    read: readLangGPTData,
  },
  tools: claudeCodeTools,
  // Names go into Claude output as written, where the Claude dialect reads Copilot's names: read them so here too (idempotence).
  borrowsTools: 'copilot',
} as const satisfies DialectDefinition
