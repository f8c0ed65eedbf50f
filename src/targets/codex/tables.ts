/**
 * Codex's tables: models for Claude tiers, the values and limits its reader
 * accepts. Facts from openai/codex (2026):
 * - codex-rs/core/src/config/agent_roles.rs: an agent file is a config layer read
 *   with `deny_unknown_fields` (a key that is not a `config.toml` key is an error,
 *   and Codex then ignores the whole file); `name`, `description` and
 *   `developer_instructions` must not be blank; `developer_instructions` is at most
 *   32 KiB and the file at most 64 KiB; `nickname_candidates` holds unique names of
 *   ASCII letters, digits, spaces, `-` and `_`.
 * - codex-rs/config/src/config_toml.rs (`ConfigToml`): `model` a string,
 *   `model_reasoning_effort`, `sandbox_mode`, `mcp_servers` a table of servers.
 * - codex-rs/protocol/src/openai_models.rs: `ReasoningEffort` is none, minimal,
 *   low, medium, high, xhigh.
 * - The models: OpenAI's catalog as Codex 0.169.0 prints it (`codex debug models`,
 *   src/vocabulary/openai-catalog.ts, 2026-12-04).
 * - Codex 0.169.0 reads `model_reasoning_effort` values `max` and `ultra` too (seen by
 *   `npm run clients`), but its documented schema and older models (gpt-5.5) do not:
 *   `max` is still written as `xhigh`, and said.
 */

/**
 * Claude tiers → Codex models, by the same place in their family in the catalog: the
 * frontier model for Opus (`gpt-6-astra`, "Frontier intelligence for the most
 * demanding work"), the latest workhorse for Sonnet (`gpt-6.1-sol`, "for coding and
 * everyday work"), the fast one for Haiku (`gpt-6-luna`, "Fast and affordable").
 * Overridable with `--model-map` (alias or id → model id) and `--model`.
 * `inherit` has no entry: an agent file without `model` runs on the model of the
 * session that spawned it (the file is a layer over the session's config).
 */
export const MODEL_TABLE: Record<string, string> = {
  opus: 'gpt-6-astra',
  sonnet: 'gpt-6.1-sol',
  haiku: 'gpt-6-luna',
}

/** A model id as Codex's OpenAI provider takes it: no provider prefix, no display name. */
export const MODEL_ID = /^[a-z0-9][a-z0-9._:-]*$/

export const REASONING_EFFORTS: ReadonlySet<string> = new Set(['none', 'minimal', 'low', 'medium', 'high', 'xhigh'])
/** Claude Code's `effort` levels Codex does not have, and the nearest it does. */
export const EFFORT_NEAREST: Record<string, string> = { max: 'xhigh' }

export const SANDBOX_MODES: ReadonlySet<string> = new Set(['read-only', 'workspace-write', 'danger-full-access'])

/** Canonical tools that write files or run commands: a tool list without any is read-only. */
export const WRITING_TOOLS: ReadonlySet<string> = new Set(['write', 'edit', 'multi-edit', 'notebook', 'shell', 'shell-output', 'shell-kill'])

/** Bytes (UTF-8). */
export const LIMITS = { instructions: 32 * 1024, file: 64 * 1024 }

/** `nickname_candidates`: the names Codex accepts (agent_roles.rs, normalize_agent_role_nickname_candidates). */
export const NICKNAME = /^[A-Za-z0-9 _-]+$/

/** The keys this target writes, in the order it writes them: a file with any other key is one Codex would refuse. */
export const KEYS = ['name', 'description', 'nickname_candidates', 'model', 'model_reasoning_effort', 'sandbox_mode', 'developer_instructions', 'mcp_servers'] as const
