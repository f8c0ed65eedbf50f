/**
 * The tool names of dialects that write tools as Claude Code does (Claude,
 * heading-structured, plain, Cursor, fabric, LangGPT, Roo): Claude Code's names,
 * and Copilot's read as the Claude dialect reads them (Claude-style files copied
 * from Copilot collections keep `codebase`, `editFiles`). Every such dialect
 * reads them alike, so that a name written into Claude output as the author
 * wrote it reads back the same (idempotence).
 */
import { claudeCodeTools } from '../../vocabulary/tools.js'

export const CLAUDE_TOOL_NAMES = { tools: claudeCodeTools, borrowsTools: 'copilot' } as const
