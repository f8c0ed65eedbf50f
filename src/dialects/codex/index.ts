/** Codex custom agents: TOML with `developer_instructions`, or any TOML under `.codex/agents/`. */
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'
import type { DialectDefinition } from '../types.js'
import { CODEX_PATH, isCodexData, readCodex } from './read.js'

export const codex = {
  summary: 'Codex custom agent (`.codex/agents/*.toml`, or TOML with `developer_instructions`): `sandbox_mode = "read-only"` read as the read-only tools',
  data: {
    names: /\.toml$/i,
    sniff: (_name: string, head: string, path: string) => CODEX_PATH.test(path) || /^[ \t]*["']?developer_instructions["']?[ \t]*=/m.test(head),
    expected: 'a Codex custom agent (`developer_instructions = …`)',
    claims: isCodexData,
    read: readCodex,
  },
  // Codex has no tool list: the tools read from `sandbox_mode` are written in Claude Code's names.
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
