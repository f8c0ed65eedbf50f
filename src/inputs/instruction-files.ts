/**
 * Instruction files: Markdown a tool reads as standing instructions for every
 * session of a project, not an agent definition. Compiled as an agent, `AGENTS.md`
 * would become an agent named `agents`. Names are matched as the tools write them
 * (case matters: `gemini.md` in a prompts folder is somebody's prompt).
 * Sources (2026): agents.md ("AGENTS.md", read by Codex, opencode, Cursor, Copilot,
 * Gemini CLI…); Codex docs/agents_md.md (`AGENTS.override.md`); Claude Code memory
 * docs (`CLAUDE.md`, `CLAUDE.local.md`); Gemini CLI docs/cli/gemini-md.md (`GEMINI.md`);
 * Qwen Code (`QWEN.md`); GitHub Copilot "Adding repository custom instructions"
 * (`.github/copilot-instructions.md`, `.github/instructions/*.instructions.md`).
 */
import { basename } from 'node:path'

const INSTRUCTION_FILES: readonly { name: RegExp; tools: string }[] = [
  { name: /^AGENTS(\.override)?\.md$/, tools: 'Codex, opencode, Cursor, Copilot and others' },
  { name: /^CLAUDE(\.local)?\.md$/, tools: 'Claude Code' },
  { name: /^GEMINI\.md$/, tools: 'Gemini CLI' },
  { name: /^QWEN\.md$/, tools: 'Qwen Code' },
  { name: /^copilot-instructions\.md$/, tools: 'GitHub Copilot' },
  { name: /\.instructions\.md$/, tools: 'GitHub Copilot' },
]

/** The tools that read a file of this name as project instructions, or undefined when it is no instruction file. */
export function instructionFileOf(path: string): string | undefined {
  const name = basename(path)
  return INSTRUCTION_FILES.find((entry) => entry.name.test(name))?.tools
}
