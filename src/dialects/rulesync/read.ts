/**
 * rulesync's canonical subagents (`.rulesync/subagents/*.md`), so that its users can
 * move over. Fields per dyoshikawa/rulesync docs/reference/file-formats.md and
 * src/features/subagents/rulesync-subagent.ts (2026-08): `name` (required),
 * `description`, `targets` (the tools rulesync generates for; `["*"]`, its default,
 * is every tool), and one section per tool with that tool's own keys. The body is
 * the prompt.
 *
 * The `claudecode:` section holds Claude Code's fields (`model`, `tools`, `color`,
 * `permissionMode`, `maxTurns`, `skills`…): they are read as a Claude file's
 * frontmatter is. The other tools' sections (`opencode:`, `cursor:`, `copilot:`…)
 * add their keys to the extensions where the model has none of that name yet
 * (`temperature`, `readonly`, `permission`), as each tool's own file would; what
 * stays behind (their `tools` and `model`, in that tool's names, and a key an
 * earlier section set otherwise) is kept under the section's name, as is a `targets`
 * list that is not every tool, so a target that cannot hold them says so.
 */
import type { MarkdownDocument } from '../../parse/document.js'
import type { VFile } from 'vfile'
import type { Draft } from '../../model/draft.js'
import { getOwnValue, setDataProperty } from '../../text/own-keys.js'
import { frontmatterDraft } from '../shared/frontmatter-draft.js'

/** rulesync's folder of subagents, in a project (`.rulesync/`) or as its older docs spell it (`rulesync/`). */
export const RULESYNC_PATH = /(^|[\\/])\.?rulesync[\\/]subagents[\\/]/
const MAPPED = new Set(['name', 'description', 'targets', 'claudecode'])
/** The `claudecode:` keys the model has a field for; the rest are Claude extensions. */
const CLAUDE_FIELDS = new Set(['tools', 'model', 'color'])

export function readRulesync(document: MarkdownDocument, file: VFile): Draft | undefined {
  if (!RULESYNC_PATH.test(file.path) || !file.data.frontmatter) return undefined
  const { data, draft } = frontmatterDraft('rulesync', document, file, MAPPED)
  const claude = getOwnValue(data, 'claudecode')
  if (claude !== null && typeof claude === 'object' && !Array.isArray(claude)) {
    const section = draft.fields.claudecode
    for (const [key, value] of Object.entries(claude)) {
      if (CLAUDE_FIELDS.has(key)) {
        draft[key as 'tools' | 'model' | 'color'] = value
        // Positions are those of the section: its keys are placed on `claudecode:`.
        if (section) draft.fields[key] = { position: section.position }
      } else setDataProperty(draft.extensions, key, value)
    }
  } else if (claude !== undefined) setDataProperty(draft.extensions, 'claudecode', claude)
  for (const [section, value] of Object.entries(draft.extensions)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue
    const left = liftSection(value as Record<string, unknown>, draft.extensions)
    if (Object.keys(left).length > 0) setDataProperty(draft.extensions, section, left)
    else delete draft.extensions[section]
  }
  const targets = getOwnValue(data, 'targets')
  const everyTool = Array.isArray(targets) && targets.length === 1 && targets[0] === '*'
  if (targets !== undefined && !everyTool) setDataProperty(draft.extensions, 'targets', targets)
  return draft
}

/** Keys of a tool's section that only that tool's names give meaning to. */
const OWN_NAMES = new Set(['tools', 'model', 'name', 'description'])

/** Move a section's keys into `extensions` where they are new there; returns the keys left in the section. */
function liftSection(section: Record<string, unknown>, extensions: Record<string, unknown>): Record<string, unknown> {
  const left: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(section)) {
    const present = getOwnValue(extensions, key)
    if (!OWN_NAMES.has(key) && (present === undefined || JSON.stringify(present) === JSON.stringify(value))) setDataProperty(extensions, key, value)
    else setDataProperty(left, key, value)
  }
  return left
}
