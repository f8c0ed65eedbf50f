/**
 * A tool list as opencode's `permission` (not the deprecated `tools` map, which
 * opencode converts to permissions itself): `"*": "deny"` first, then `allow`
 * for each granted tool, because the last matching rule wins
 * (packages/opencode/src/permission/index.ts, 2026). A read-only list also
 * denies `edit` and `bash` by name, as opencode's own plan agent does.
 * MCP tools are named `<server>_<tool>` (`<server>_*` for a whole server).
 */
import type { Agent } from '../../model/agent.js'
import { setDataProperty, getOwnValue } from '../../text/own-keys.js'
import { noteToolsLeftOut } from '../shared/host-tools.js'
import type { TargetMessage } from '../types.js'
import { PART_OF, PERMISSION_KEYS } from './tables.js'

export type Action = 'allow' | 'ask' | 'deny'
export type Permission = Record<string, Action | Record<string, Action>>

/** The permission for the agent's tools; undefined when it grants every tool (opencode's default). */
export function permissionOf(agent: Agent, notes: TargetMessage[]): Permission | undefined {
  if (agent.tools.mode === 'all') return undefined
  const permission: Permission = { '*': 'deny' }
  if (agent.tools.mode === 'none') return permission
  const ids = new Set(agent.tools.items.map((tool) => tool.id))
  const left: { id: string; raw: string }[] = []
  const commands: { raw: string; pattern: string }[] = []
  for (const tool of agent.tools.items) {
    const keys = keysOf(tool.id)
    if (keys) {
      for (const key of keys) setDataProperty(permission, key, 'allow')
      continue
    }
    const whole = getOwnValue(PART_OF, tool.id)
    if (whole !== undefined && ids.has(whole)) continue
    // Claude Code's `Bash(git log:*)`: the commands it may run, as a pattern of opencode's `bash` permission.
    const command = /^Bash\((.+)\)$/.exec(tool.raw)
    if (command) {
      commands.push({ raw: tool.raw, pattern: command[1]!.replace(/:\*$/, '*') })
      continue
    }
    left.push(tool)
  }
  noteToolsLeftOut(left, notes)
  // opencode has one permission for every edit tool: `Write` or `MultiEdit` reads back as `edit`.
  const edits = agent.tools.items.filter((t) => t.id === 'write' || t.id === 'multi-edit').map((t) => t.raw)
  if (edits.length > 0) {
    notes.push({ rule: 'target-translated', data: { kind: 'edit', tools: edits }, field: 'tools', value: edits[0]! })
  }
  for (const { raw, pattern } of commands) {
    const bash = getOwnValue(permission, 'bash')
    if (bash !== 'allow') permission.bash = { ...(typeof bash === 'object' ? bash : {}), [pattern]: 'allow' }
    notes.push({ rule: 'target-translated', data: { kind: 'bash-pattern', tool: raw, pattern, granted: bash === 'allow' }, field: 'tools', value: raw })
  }
  // Read-only: nothing that edits or runs commands. Said by name, not only by `"*": deny`.
  if (!Object.hasOwn(permission, 'edit')) permission.edit = 'deny'
  if (!Object.hasOwn(permission, 'bash')) permission.bash = 'deny'
  return permission
}

/** The permission keys of a canonical id, or undefined when opencode has none. */
function keysOf(id: string): readonly string[] | undefined {
  const keys = getOwnValue(PERMISSION_KEYS, id)
  if (keys) return keys
  if (!id.startsWith('mcp:')) return undefined
  const [server, name] = id.slice(4).split('/')
  // `mcp:*` (every server) would be `*_*`, which also matches `external_directory` and `doom_loop`.
  if (!server || server === '*' || !/^[A-Za-z0-9-]+$/.test(server)) return undefined
  return [!name || name === '*' ? `${server}_*` : `${server}_${name}`]
}

/**
 * What an opencode source's own `permission` says beyond whole tools (`ask`,
 * command patterns, `external_directory`, `doom_loop`, MCP tools), laid over the
 * permission written from the tools (`undefined`: every tool granted). A granted
 * tool keeps its `ask` or pattern map; a key that is no built-in tool is added.
 * Returns the permission and the keys whose value opencode would not read.
 */
export function mergeSource(written: Permission | undefined, source: unknown): { permission: Permission | undefined; left: string[] } {
  if (source === undefined) return { permission: written, left: [] }
  if (isAction(source)) return { permission: written ?? (source === 'allow' ? undefined : { '*': source }), left: [] }
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return { permission: written, left: ['permission'] }
  const permission: Permission = { ...written }
  const tools = new Set(Object.values(PERMISSION_KEYS).flat())
  const left: string[] = []
  for (const [key, rule] of Object.entries(source as Record<string, unknown>)) {
    if (key === '*') continue
    if (!isAction(rule) && !isPatternMap(rule)) {
      left.push(`permission.${key}`)
      continue
    }
    const granted = written === undefined ? (tools.has(key) ? 'allow' : undefined) : getOwnValue(permission, key)
    if ((granted === 'allow' && rule !== 'deny') || (granted === undefined && !tools.has(key))) setDataProperty(permission, key, rule)
  }
  return { permission: Object.keys(permission).length > 0 ? permission : undefined, left }
}

const isAction = (v: unknown): v is Action => v === 'allow' || v === 'ask' || v === 'deny'
const isPatternMap = (v: unknown): v is Record<string, Action> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.values(v).every(isAction)

/**
 * Claude Code's `permissionMode` as opencode permissions: `plan` (read-only) denies
 * `edit` and `bash`, as opencode's own plan agent does; `acceptEdits` allows `edit`
 * without asking (when the tools grant it); `default` is opencode's default.
 * Returns false for a mode opencode has no equivalent for.
 */
export function withPermissionMode(permission: Permission | undefined, mode: unknown, notes: TargetMessage[]): { permission: Permission | undefined; kept: boolean } {
  if (mode === undefined || mode === 'default') return { permission, kept: true }
  if (mode === 'plan') {
    notes.push({ rule: 'target-translated', data: { kind: 'permission-mode', mode }, field: 'permissionMode' })
    return { permission: { ...permission, edit: 'deny', bash: 'deny' }, kept: true }
  }
  if (mode === 'acceptEdits') {
    if (permission !== undefined && getOwnValue(permission, 'edit') !== 'allow') return { permission, kept: true }
    notes.push({ rule: 'target-translated', data: { kind: 'permission-mode', mode }, field: 'permissionMode' })
    return { permission: { ...permission, edit: 'allow' }, kept: true }
  }
  return { permission, kept: false }
}
