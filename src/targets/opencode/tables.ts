/**
 * opencode's tables: models for Claude tiers, permission keys for canonical tool
 * ids, colours. Facts from anomalyco/opencode (formerly sst/opencode):
 * - packages/core/src/v1/config/agent.ts (commit 24e02906, 2026): the agent fields,
 *   `color` as `#RRGGBB` or a theme name, `steps` a positive integer,
 *   `temperature`/`top_p` finite numbers, unknown keys moved into `options`
 *   (passed to the model provider).
 * - packages/opencode/src/permission/index.ts (commit 0197fee9, 2026): a tool is
 *   governed by the permission named as the tool, except edit, write, apply_patch
 *   and multiedit, all governed by `edit`; rules are matched with wildcards and
 *   the last matching rule wins; a tool is hidden from the model when its last
 *   matching rule is a `deny` for every pattern.
 */

/**
 * Claude aliases → opencode models (`provider/model`, models.dev ids as
 * docs/agents.mdx writes them). Overridable with `--model-map` (alias or id →
 * `provider/model`). `inherit` has no entry: a subagent without `model` runs on
 * the model of the agent that called it (docs/agents.mdx, "Model").
 */
export const MODEL_TABLE: Record<string, string> = {
  opus: 'anthropic/claude-opus-4-5',
  sonnet: 'anthropic/claude-sonnet-4-5',
  haiku: 'anthropic/claude-haiku-4-5',
}

/** The model families agentdef recognises → opencode's provider id for them. */
export const PROVIDERS: Record<string, string> = {
  anthropic: 'anthropic',
  openai: 'openai',
  google: 'google',
}

/** `provider/model`: the only form opencode reads (the schema's lint pattern). */
export const PROVIDER_MODEL = /^[^/\s]+\/\S+$/

/**
 * Canonical tool id → the opencode permission keys that grant it. `todo` grants
 * both todo tools; `notebook`, `slash-command`, `exit-plan-mode` have no opencode
 * tool and are reported.
 */
export const PERMISSION_KEYS: Record<string, readonly string[]> = {
  read: ['read'],
  write: ['edit'],
  edit: ['edit'],
  'multi-edit': ['edit'],
  shell: ['bash'],
  search: ['grep'],
  glob: ['glob'],
  list: ['list'],
  'web-fetch': ['webfetch'],
  'web-search': ['websearch'],
  agent: ['task'],
  todo: ['todowrite', 'todoread'],
  skill: ['skill'],
  'opencode:lsp': ['lsp'],
  'opencode:question': ['question'],
}

/** Canonical ids that only say more of a tool another id grants (Claude's background shell). */
export const PART_OF: Record<string, string> = { 'shell-output': 'shell', 'shell-kill': 'shell' }

/** opencode's theme colour names (agent.ts `Color`), written as they are. */
export const THEME_COLORS: ReadonlySet<string> = new Set(['primary', 'secondary', 'accent', 'success', 'warning', 'error', 'info'])

/**
 * Colour names → `#RRGGBB`. The eight Claude Code colours sit on the hues the
 * Claude target folds to, so that reading the hex back gives the same name.
 */
export const COLOR_HEX: Record<string, string> = {
  red: '#ff0000', orange: '#ff8000', yellow: '#ffea00', green: '#00ff00', cyan: '#00eaff', blue: '#0040ff', purple: '#9900ff', pink: '#ff0080',
}

const number = (min: number, max: number) => (v: unknown) => {
  const n = typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v
  return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? n : undefined
}
const positiveInt = (v: unknown) => {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined
}
const bool = (v: unknown) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined)
const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined)

/**
 * Source extensions opencode has a field for: source key → opencode key and a
 * check of the value (a valid value is written, an invalid one reported).
 * Sampling ranges are the providers' (temperature 0–2, top_p 0–1); Claude's
 * `maxTurns` is opencode's `steps` ("maximum number of agentic iterations").
 */
export const FIELDS: Record<string, { key: string; accept: (value: unknown) => unknown }> = {
  temperature: { key: 'temperature', accept: number(0, 2) },
  top_p: { key: 'top_p', accept: number(0, 1) },
  topP: { key: 'top_p', accept: number(0, 1) },
  steps: { key: 'steps', accept: positiveInt },
  maxSteps: { key: 'steps', accept: positiveInt },
  maxTurns: { key: 'steps', accept: positiveInt },
  variant: { key: 'variant', accept: text },
  hidden: { key: 'hidden', accept: bool },
}
