/**
 * The releases of each target tool whose own loader checks agentdef's outputs
 * (`npm run clients`). One place: raising a version is a deliberate change, made
 * with the date it was checked, after reading what the new release changed.
 * They are installed outside agentdef's dependencies (scripts/clients/install.mjs):
 * agentdef's users never download them.
 */
export const CHECKED = '2026-12-04'

export const CLIENTS = {
  /** `opencode debug config` prints the agents opencode resolved from `.opencode/agent/*.md`. */
  opencode: { package: 'opencode-ai', version: '1.18.33' },
  /** `loadAgentsFromDirectory` of `agents/agentLoader.js`: Gemini CLI's own reader of `.gemini/agents/*.md`. */
  gemini: { package: '@google/gemini-cli-core', version: '0.61.0' },
  /** `codex debug prompt-input` lists the roles of `$CODEX_HOME/agents/*.toml`; `codex debug models` prints the model catalog. */
  codex: { package: '@openai/codex', version: '0.169.0' },
  /** The OpenAI Agents SDK, which constructs the `Agent` a generated module describes. */
  'openai-agents': { package: '@openai/agents', version: '0.20.0' },
}
