/** Gemini CLI subagents: Markdown under `.gemini/agents/`. */
import type { DialectDefinition } from '../types.js'
import { readGemini } from './read.js'
import { geminiTools } from './tools.js'

export const gemini = {
  summary: 'Gemini CLI subagent (`.gemini/agents/*.md`): `name`, `display_name` as the title, Gemini CLI tool names (`mcp_server_tool` for MCP)',
  markdown: { read: readGemini },
  tools: geminiTools,
} as const satisfies DialectDefinition
