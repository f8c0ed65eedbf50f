/**
 * Qwen Code subagents: Markdown under `.qwen/agents/`, or frontmatter holding one
 * of Qwen Code's own keys (`approvalMode`, the legacy `runConfig`, `modelConfig`).
 * Read as Qwen Code reads them (QwenLM/qwen-code subagents/subagent-manager.ts
 * parseSubagentContent, 2026):
 * - `tools` a list or a comma string; an empty one grants every tool (as absent).
 * - `disallowedTools` removes tools; with no `tools`, a list of built-in names is
 *   read as every built-in tool but those (every one of them: no tool).
 * - `approvalMode` read as Claude Code's `permissionMode` where one matches
 *   (`auto-edit` → `acceptEdits`, `yolo` → `bypassPermissions`); `bubble` is kept.
 * - `model` a selector (`inherit`, `fast`, an id, `authType:modelId`), or the
 *   legacy `modelConfig.model`; `color: auto` is Qwen Code's "no colour".
 * Everything else is kept in `extensions`; the body is the prompt.
 */
import type { MarkdownDocument } from '../../parse/document.js'
import type { VFile } from 'vfile'
import { baseName } from '../../normalise/names.js'
import type { Draft } from '../../model/draft.js'
import { getOwnValue } from '../../text/own-keys.js'
import { frontmatterDraft } from '../shared/frontmatter-draft.js'
import { qwenTools } from './tools.js'

export const QWEN_PATH = /(^|[\\/])\.qwen[\\/]agents[\\/]/
const MAPPED = new Set(['name', 'description', 'tools', 'model', 'color'])
const OWN_KEYS = ['approvalMode', 'runConfig', 'modelConfig']

/** `approvalMode` → Claude Code's `permissionMode`, the inverse of Qwen Code's own bridge. */
const APPROVAL_TO_PERMISSION: Record<string, string> = {
  default: 'default',
  plan: 'plan',
  'auto-edit': 'acceptEdits',
  yolo: 'bypassPermissions',
}

export function readQwen(document: MarkdownDocument, file: VFile): Draft | undefined {
  const fm = file.data.frontmatter
  if (!fm) return undefined
  if (!QWEN_PATH.test(file.path) && !OWN_KEYS.some((key) => Object.hasOwn(fm.data, key))) return undefined
  const { data, draft } = frontmatterDraft('qwen', document, file, MAPPED)
  draft.name = data.name ?? baseName(file.path)
  draft.tools = toolsOf(data.tools, data.disallowedTools, draft)
  const legacy = data.modelConfig
  if ((data.model === undefined || data.model === null || data.model === '') && legacy !== null && typeof legacy === 'object' && typeof (legacy as { model?: unknown }).model === 'string') {
    draft.model = (legacy as { model: string }).model
  }
  if (data.color === 'auto') draft.color = undefined
  const approval = data.approvalMode
  const permission = typeof approval === 'string' ? getOwnValue(APPROVAL_TO_PERMISSION, approval) : undefined
  if (permission !== undefined) {
    delete draft.extensions.approvalMode
    draft.extensions.permissionMode = permission
    if (draft.fields.approvalmode) draft.fields.permissionmode = draft.fields.approvalmode
  }
  return draft
}

/**
 * `tools` as Qwen Code grants them: an empty list (or string) is every tool. With
 * no `tools`, a `disallowedTools` of built-in names only is read as Qwen Code's
 * built-in tools but those (a map of `false` switches), and leaves the extensions.
 */
function toolsOf(tools: unknown, disallowed: unknown, draft: Draft): unknown {
  const empty = tools === undefined || tools === null || (typeof tools === 'string' && tools.trim() === '') || (Array.isArray(tools) && tools.length === 0)
  if (!empty) return tools
  const names = typeof disallowed === 'string' ? disallowed.split(',').map((n) => n.trim()).filter(Boolean) : disallowed
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string' && qwenTools.idsOf(n)?.every((id) => !id.startsWith('mcp:')))) return undefined
  delete draft.extensions.disallowedTools
  if (draft.fields.disallowedtools) draft.fields.tools = draft.fields.disallowedtools
  return Object.fromEntries((names as string[]).map((name) => [name, false]))
}
