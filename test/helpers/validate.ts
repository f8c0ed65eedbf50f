/**
 * Output validation for the tests: the project's own `scripts/validate.mjs`
 * (strict YAML re-parse of Claude frontmatter; ajv against the strict OpenAI
 * schema in ../shared/schemas), plus a strict frontmatter reader that returns
 * the parsed data and the body so tests can compare values.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import YAML from 'yaml'
import { ROOT } from './paths.js'

type Validate = (text: string) => string[]

interface ValidateModule {
  validators: Record<string, Validate | null>
  validateClaude: Validate
  validateOpenAI: Validate
  validateOpencode: Validate
  validateCopilot: Validate
  validateRoo: Validate
  validateQwen: Validate
  validateKiro: Validate
  validateGemini: Validate
  validateCodex: Validate
  validateCursor: Validate
  validateOpenAIResponses: Validate
  validateOpenAIAgents: Validate
}

const shared = (await import(pathToFileURL(join(ROOT, 'scripts', 'validate.mjs')).href)) as ValidateModule

/** The validators of `scripts/validate.mjs`, by target id (`null`: the target has none on purpose). */
export const validators: Readonly<Record<string, Validate | null>> = shared.validators

/** Problems with a Claude Code subagent file; empty when valid. */
export const validateClaude = (text: string): string[] => shared.validateClaude(text)
/** Problems with an OpenAI create-assistant request body; empty when valid. */
export const validateOpenAI = (text: string): string[] => shared.validateOpenAI(text)
/** Problems with an opencode agent file (strict YAML + opencode-agent.schema.json); empty when valid. */
export const validateOpencode = (text: string): string[] => shared.validateOpencode(text)
/** Problems with a Copilot custom agent file (strict YAML + copilot-custom-agent.schema.json + the body limit); empty when valid. */
export const validateCopilot = (text: string): string[] => shared.validateCopilot(text)
/** Problems with a Roo Code `.roomodes` file (YAML as Roo reads it + roo-custom-modes.schema.json + unique slugs and groups); empty when valid. */
export const validateRoo = (text: string): string[] => shared.validateRoo(text)

/** Problems with a Qwen Code subagent file (strict YAML + the Claude schema + Qwen Code's rules); empty when valid. */
export const validateQwen = (text: string): string[] => shared.validateQwen(text)

/** Problems with a Kiro CLI agent (JSON + amazonq-agent-v1.official.json with Kiro's newer fields); empty when valid. */
export const validateKiro = (text: string): string[] => shared.validateKiro(text)
/** Problems with a Gemini CLI subagent file (strict YAML + gemini-cli-subagent.schema.json + tool names); empty when valid. */
export const validateGemini = (text: string): string[] => shared.validateGemini(text)

/** Problems with a Codex custom agent file (smol-toml + codex-custom-agent.schema.json + Codex's blank and size rules); empty when valid. */
export const validateCodex = (text: string): string[] => shared.validateCodex(text)

/** Problems with a Cursor output: a subagent (cursor-subagent.schema.json) or, with `alwaysApply`, a rule (cursor-rule-mdc.schema.json); empty when valid. */
export const validateCursor = (text: string): string[] => shared.validateCursor(text)
/** Problems with an OpenAI Responses request template (openai-create-response.schema.json + the spec's prose limits); empty when valid. */
export const validateOpenAIResponses = (text: string): string[] => shared.validateOpenAIResponses(text)

/** Problems with an OpenAI Agents SDK module (TypeScript syntax, the agent as the default export); empty when valid. */
export const validateOpenAIAgents = (text: string): string[] => shared.validateOpenAIAgents(text)

/** Problems with one output, by its target's validator; empty when valid or when the target has none. */
export function validateOutput(output: { target: string; content: string }): string[] {
  if (!Object.hasOwn(validators, output.target)) throw new Error(`no validator entry for target \`${output.target}\` in scripts/validate.mjs`)
  return validators[output.target]?.(output.content) ?? []
}

export interface ClaudeFile {
  frontmatter: Record<string, unknown>
  /** Everything after the closing fence and the one blank line that follows it. */
  body: string
}

/**
 * Split a Claude output and parse its frontmatter as a strict reader does:
 * `parseDocument` must report no error AND `toJS` must not throw. Throws otherwise.
 */
export function parseClaude(text: string): ClaudeFile {
  const m = /^---\n([\s\S]*?\n)---\n/.exec(text)
  if (!m) throw new Error('no frontmatter')
  const doc = YAML.parseDocument(m[1]!, { uniqueKeys: true })
  if (doc.errors.length > 0) throw new Error(`frontmatter: ${doc.errors.map((e) => e.message).join('; ')}`)
  const data = doc.toJS({ maxAliasCount: 0 }) as unknown
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('frontmatter is not a mapping')
  const rest = text.slice(m[0].length)
  return { frontmatter: data as Record<string, unknown>, body: rest.startsWith('\n') ? rest.slice(1) : rest }
}
