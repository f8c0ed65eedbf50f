/**
 * opencode agents: Markdown under `.opencode/agent/`, or frontmatter with `mode`,
 * `permission` or a `tools` map; and the `agent` map of opencode's JSON config
 * (`opencode.json`): one dialect, two containers.
 */
import type { DialectDefinition } from '../types.js'
import { isOpencodeConfig, looksLikeOpencodeConfig, readOpencodeConfig } from './config.js'
import { readOpencode } from './read.js'
import { opencodeTools } from './tools.js'

export const opencode = {
  summary: 'opencode agent (`.opencode/agent/*.md`, or `mode:`, `permission:` or a `tools` map of booleans; or `opencode.json`\'s `agent` map): opencode tool names',
  markdown: { read: readOpencode },
  data: {
    names: /\.json$/i,
    sniff: looksLikeOpencodeConfig,
    expected: 'an opencode config (`opencode.json` with an `agent` map)',
    claims: isOpencodeConfig,
    read: readOpencodeConfig,
  },
  tools: opencodeTools,
} as const satisfies DialectDefinition
