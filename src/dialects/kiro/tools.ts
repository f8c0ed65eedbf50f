import type { ToolVocabulary } from '../../vocabulary/tools.js'

/**
 * Kiro CLI's tool names, and Amazon Q Developer CLI's, which Kiro still reads:
 * - Q CLI crates/chat-cli/src/cli/chat/tools/mod.rs (commit 8ff6db8c,
 *   2025-10-30) `NATIVE_TOOLS`: `fs_read`, `fs_write`, `execute_bash`
 *   (`execute_cmd` on Windows), `use_aws`, `gh_issue` (`report_issue` to the
 *   model), `introspect`, `knowledge`, `thinking`, `todo_list`, `delegate`.
 * - kiro.dev/docs/cli/reference/built-in-tools (2026-02): `read`, `write`,
 *   `shell`, `aws`, `report`, `todo`, and `glob`, `grep`, `web_search`,
 *   `web_fetch`, `code`, `use_subagent`; `@builtin` for every built-in tool,
 *   `@server` and `@server/tool` for MCP tools, `*` for every tool.
 * `fs_read` reads files, folders and images; `fs_write` creates and edits files.
 * Tools no other host has are kept as `kiro:<Q name>`.
 */
const KIRO_TOOLS: Record<string, readonly string[]> = {
  fs_read: ['read'],
  read: ['read'],
  fs_write: ['write', 'edit'],
  write: ['write', 'edit'],
  execute_bash: ['shell'],
  execute_cmd: ['shell'],
  shell: ['shell'],
  grep: ['search'],
  glob: ['glob'],
  web_fetch: ['web-fetch'],
  web_search: ['web-search'],
  use_subagent: ['agent'],
  todo_list: ['todo'],
  todo: ['todo'],
  use_aws: ['kiro:use_aws'],
  aws: ['kiro:use_aws'],
  report_issue: ['kiro:report_issue'],
  gh_issue: ['kiro:report_issue'],
  report: ['kiro:report_issue'],
  introspect: ['kiro:introspect'],
  knowledge: ['kiro:knowledge'],
  thinking: ['kiro:thinking'],
  delegate: ['kiro:delegate'],
  code: ['kiro:code'],
}

const BUILT_IN = ['fs_read', 'fs_write', 'execute_bash', 'grep', 'glob', 'web_fetch', 'web_search', 'use_subagent', 'todo_list', 'use_aws', 'report_issue', 'introspect', 'knowledge', 'thinking', 'delegate', 'code']

/** An MCP server or tool name after `@`. */
const MCP_NAME = /^[\w.-]+$/

function kiroIds(name: string): string[] | undefined {
  const own = Object.hasOwn(KIRO_TOOLS, name) ? KIRO_TOOLS[name] : undefined
  if (own) return [...own]
  if (name === '@builtin') return [...new Set(BUILT_IN.flatMap((n) => KIRO_TOOLS[n]!))]
  const mcp = /^@([^/]+)(?:\/(.+))?$/.exec(name)
  if (mcp && MCP_NAME.test(mcp[1]!)) {
    const tool = mcp[2]
    if (tool === undefined || tool === '*') return [`mcp:${mcp[1]}`]
    return MCP_NAME.test(tool) ? [`mcp:${mcp[1]}/${tool}`] : undefined
  }
  return undefined
}

/** Kiro's tool names; "every tool" is its built-in set. */
export const kiroTools: ToolVocabulary = {
  idsOf: kiroIds,
  builtIns: BUILT_IN,
}
