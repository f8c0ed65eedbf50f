/**
 * Qwen Code's tables. Facts from QwenLM/qwen-code (index snapshots, 2026):
 * - packages/core/src/subagents/validation.ts (commit 2e052f64): the name rules, a
 *   non-empty description, a system prompt of at least 10 characters.
 * - packages/core/src/subagents/agent-frontmatter-schema.ts (commit 1d29569d): the
 *   Claude Code colours, permissionMode → approvalMode.
 * - packages/core/src/subagents/subagent-manager.ts (commit 075d6f37): how a file is
 *   read (`approvalMode` outside the allowed modes refuses the file; `tools` a list or a
 *   comma string, an empty one meaning every tool; `color` one of the eight or `auto`).
 * - packages/core/src/tools/tool-names.ts (commits 1af67c6e, 00ac46fe and the 2026
 *   version with `canonicalToolName`): the tool names (Qwen Code forked gemini-cli
 *   and keeps its snake_case names; `task` became `agent`, `notebook_edit` came in).
 * - docs/users/features/sub-agents.md (2026): `model` as `inherit`, `fast`, a model id
 *   or `authType:modelId`; `approvalMode` default, plan, auto-edit, yolo, bubble.
 */
import { setDataProperty } from '../../text/own-keys.js'
import { EIGHT_COLOURS, type Palette } from '../../vocabulary/colors.js'

/**
 * Canonical tool id → Qwen Code's tool name. `multi-edit` folds into `edit`
 * (Qwen's `edit` takes one replacement per call; the agent calls it again).
 */
export const TOOL_NAMES: Record<string, string> = {
  read: 'read_file',
  write: 'write_file',
  edit: 'edit',
  'multi-edit': 'edit',
  shell: 'run_shell_command',
  search: 'grep_search',
  glob: 'glob',
  list: 'list_directory',
  'web-fetch': 'web_fetch',
  'web-search': 'web_search',
  agent: 'agent',
  todo: 'todo_write',
  notebook: 'notebook_edit',
  skill: 'skill',
  'exit-plan-mode': 'exit_plan_mode',
}

/** Canonical ids that only say more of a tool another id grants (Claude's background shell). */
export const PART_OF: Record<string, string> = { 'shell-output': 'shell', 'shell-kill': 'shell', 'notebook-read': 'read' }

/**
 * Qwen Code's tools that read or change files, run commands, reach the web or
 * delegate: what `disallowedTools` lists when the source grants no tool, since
 * Qwen Code reads an empty `tools` as every tool.
 */
export const NO_TOOLS: readonly string[] = [
  'read_file', 'write_file', 'edit', 'run_shell_command', 'grep_search', 'glob', 'list_directory',
  'web_fetch', 'web_search', 'agent', 'todo_write', 'notebook_edit', 'skill', 'save_memory',
]

/**
 * Claude tiers → Qwen Code models. `qwen3-coder-plus` is the coding model Qwen
 * Code runs by default with Qwen OAuth and DashScope; `fast` is Qwen Code's own
 * selector for the configured fast model (the session's model when none is set).
 * Overridable with `--model-map` (alias or id → Qwen selector) and `--model`.
 */
export const MODEL_TABLE: Record<string, string> = {
  opus: 'qwen3-coder-plus',
  sonnet: 'qwen3-coder-plus',
  haiku: 'fast',
}

/** A model Qwen Code names itself: its selectors, a Qwen model id, or `authType:modelId`. */
export const QWEN_MODEL = /^(fast|qwen[\w.:-]*|coder-model|(openai|qwen-oauth|gemini|vertex-ai|anthropic):\S+)$/i

/** The modes `approvalMode` takes; any other value makes Qwen Code refuse the file. */
export const APPROVAL_MODES: ReadonlySet<string> = new Set(['default', 'plan', 'auto-edit', 'yolo', 'bubble'])

/**
 * Claude Code's `permissionMode` → `approvalMode`, as Qwen Code bridges them
 * (agent-frontmatter-schema.ts): `dontAsk` becomes `default`, which still asks;
 * `manual` is Claude Code's alias of `default`.
 */
export const PERMISSION_TO_APPROVAL: Record<string, string> = {
  default: 'default',
  manual: 'default',
  plan: 'plan',
  acceptEdits: 'auto-edit',
  auto: 'auto-edit',
  bypassPermissions: 'yolo',
  dontAsk: 'default',
}

/** Names Qwen Code refuses (compared without case). */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['self', 'system', 'user', 'model', 'tool', 'config', 'default'])

/** The name Qwen Code accepts: 2–50 letters, digits, `-`, `_`, not starting or ending with `-` or `_`. */
export const NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}_-]{0,48}[\p{L}\p{N}])$/u

export const NAME_MAX = 50

/** The fewest characters of a system prompt (trimmed) Qwen Code accepts. */
export const PROMPT_MIN = 10

/** Qwen Code's colours: Claude Code's eight, matched the same way; `auto` is its legacy "no colour". */
export const PALETTE: Palette = EIGHT_COLOURS

const positiveInt = (v: unknown) => {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined
}
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Source extensions Qwen Code reads (subagent-manager.ts), each with a check of
 * its value: a valid value is written, an invalid one is reported. `mcpServers`
 * is a map of server name → spec (Claude Code's list of `{ name: spec }` is turned
 * into one); `hooks` a map of event → matcher list; `runConfig` Qwen's legacy block.
 */
export const FIELDS: Record<string, (value: unknown) => unknown> = {
  maxTurns: positiveInt,
  background: (v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined),
  hooks: (v) => (isRecord(v) && Object.values(v).every(Array.isArray) ? v : undefined),
  mcpServers: (v) => {
    if (isRecord(v)) return Object.values(v).every(isRecord) ? v : undefined
    if (!Array.isArray(v) || v.length === 0 || !v.every((entry) => isRecord(entry) && Object.values(entry).every(isRecord))) return undefined
    const servers: Record<string, unknown> = {}
    for (const entry of v as Record<string, unknown>[]) for (const [name, spec] of Object.entries(entry)) setDataProperty(servers, name, spec)
    return servers
  },
  runConfig: (v) => (isRecord(v) && Object.values(v).every((n) => typeof n === 'number' && n > 0) ? v : undefined),
}
