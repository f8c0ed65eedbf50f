/** LangGPT roles: `# Role: …` Markdown (or catalogues of them in code blocks), and `Role:` as YAML or JSON. */
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'
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
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
