/**
 * Tool names of each dialect, mapped into one canonical vocabulary: `read`,
 * `write`, `edit`, `multi-edit`, `shell`, `search`, `glob`, `list`, `web-fetch`,
 * `web-search`, `agent`, `todo`, `notebook` (and a few more below),
 * `mcp:<server>/<tool>`, `mcp:<server>` for every tool of a server, and
 * `<dialect>:<name>` for a tool its host knows that has no equivalent anywhere
 * else (VS Code's `openSimpleBrowser`): known, so no warning, but only that host
 * can run it.
 *
 * The tables are data, one per dialect; the functions below only look names up.
 * A name missing from its dialect's table stays `{ id: raw, known: false }`.
 */
import type { Dialect, ToolRef, ToolSet } from '../model/agent.js'
import { defineOwn, own } from '../text/own-keys.js'

/**
 * Claude Code: canonical ids and the Claude Code name each comes from.
 * code.claude.com/docs/en/settings#tools-available-to-claude (2026).
 */
export const CLAUDE_TOOLS: Record<string, string> = {
  Read: 'read',
  Write: 'write',
  Edit: 'edit',
  MultiEdit: 'multi-edit',
  Bash: 'shell',
  BashOutput: 'shell-output',
  KillShell: 'shell-kill',
  Grep: 'search',
  Glob: 'glob',
  LS: 'list',
  WebFetch: 'web-fetch',
  WebSearch: 'web-search',
  NotebookEdit: 'notebook',
  NotebookRead: 'notebook-read',
  TodoWrite: 'todo',
  Task: 'agent',
  Agent: 'agent',
  Skill: 'skill',
  SlashCommand: 'slash-command',
  ExitPlanMode: 'exit-plan-mode',
}

/** Lower-case spellings used by heading-structured files and others. */
const ALIASES: Record<string, string> = {
  bash: 'shell',
  shell: 'shell',
  terminal: 'shell',
  grep: 'search',
  search: 'search',
  ls: 'list',
  list: 'list',
  webfetch: 'web-fetch',
  'web-fetch': 'web-fetch',
  fetch: 'web-fetch',
  websearch: 'web-search',
  'web-search': 'web-search',
  todowrite: 'todo',
  todo: 'todo',
  task: 'agent',
  agent: 'agent',
  multiedit: 'multi-edit',
  notebookedit: 'notebook',
}

/**
 * GitHub Copilot custom agents (`*.agent.md`, `*.chatmode.md`) on GitHub.com,
 * in the Copilot CLI and in VS Code. Names are compared case-insensitively.
 * - [gh] docs.github.com/en/copilot/reference/custom-agents-configuration, "Tool
 *   aliases": `execute` (shell, Bash, powershell), `read` (Read, NotebookRead),
 *   `edit` (Edit, MultiEdit, Write, NotebookEdit), `search` (Grep, Glob), `agent`
 *   (custom-agent, Task), `web` (WebSearch, WebFetch), `todo` (TodoWrite); MCP
 *   tools as `server/tool` or `server/*`; unknown names are ignored.
 * - [vsc] code.visualstudio.com/docs/agents/reference/tools-reference (2026): the
 *   tool sets `#read #edit #search #execute #web #vscode #agent` and their tools,
 *   written `set/tool` (`search/codebase`).
 * - [vsc-2025] the names VS Code used before the tool sets (`codebase`,
 *   `editFiles`, `runCommands`, `fetch`, …), written bare; still in most files.
 * A value is a list when one Copilot name grants several canonical tools.
 */
const COPILOT_TOOLS: Record<string, readonly string[]> = {
  // The aliases [gh]. `edit` grants creating files too (Write is among its
  // equivalents); MultiEdit is legacy in Claude Code (Edit covers it) and notebook
  // editing is a tool of its own in VS Code (`edit/editNotebook`), so neither is added.
  read: ['read'],
  edit: ['edit', 'write'],
  search: ['search', 'glob'],
  execute: ['shell'],
  shell: ['shell'],
  powershell: ['shell'],
  web: ['web-fetch', 'web-search'],
  agent: ['agent'],
  'custom-agent': ['agent'],
  todo: ['todo'],
  todos: ['todo'], // [vsc-2025]
  // #read [vsc]. `viewImage`: Claude's Read reads images as well.
  readFile: ['read'],
  viewImage: ['read'],
  getTaskOutput: ['shell-output'],
  getNotebookSummary: ['notebook-read'],
  readNotebookCellOutput: ['notebook-read'],
  readCellOutput: ['notebook-read'], // [vsc-2025]
  // #edit [vsc]. `editFiles` was, before the tool sets, the tool set that also
  // created files, and is still written for "may change files": edit + write.
  editFiles: ['edit', 'write'],
  createFile: ['write'],
  createDirectory: ['write'], // Claude's Write creates missing folders
  editNotebook: ['notebook'],
  createJupyterNotebook: ['notebook'],
  // #search [vsc]. Semantic code search and "find usages" have no portable
  // equivalent closer than a text search; finding test files is a file-name search.
  codebase: ['search'],
  textSearch: ['search'],
  usages: ['search'],
  fileSearch: ['glob'],
  findTestFiles: ['glob'],
  listDirectory: ['list'],
  // #execute [vsc]. Tasks and the test runner run commands: the shell is their
  // portable form. `runCommands` and `runTasks` are the [vsc-2025] tool sets.
  runInTerminal: ['shell'],
  runCommands: ['shell'],
  runTasks: ['shell'],
  runTask: ['shell'],
  createAndRunTask: ['shell'],
  runTests: ['shell'],
  getTerminalOutput: ['shell-output'],
  awaitTerminal: ['shell-output'],
  killTerminal: ['shell-kill'],
  // #web [vsc]. `githubRepo` fetches code from a GitHub repository over the web.
  fetch: ['web-fetch'],
  githubRepo: ['web-fetch'],
  // #agent [vsc]
  runSubagent: ['agent'],
}

/**
 * Copilot tools tied to the VS Code editor or to GitHub (the Problems panel, the
 * user's terminal, the Search view, source-control changes, extensions, the
 * simple browser): known, kept as `copilot:<name>`, portable to no other host.
 */
const COPILOT_ONLY = [
  'vscode', 'problems', 'terminalLastCommand', 'terminalSelection', 'testFailure', 'changes',
  'searchResults', 'runNotebooks', 'runNotebookCell', 'runCell', 'extensions', 'installExtension',
  'getProjectSetupInfo', 'new', 'newWorkspace', 'runCommand', 'vscodeAPI', 'openSimpleBrowser',
  'askQuestions', 'memory', 'updateUserPreferences', 'copilotCodingAgent', 'activePullRequest',
  'openPullRequest',
]

/** Tool sets whose tools are written `set/tool` [vsc], [vsc-2025]; any other `x/y` is MCP or an extension. */
const COPILOT_SETS = new Set(['read', 'edit', 'search', 'execute', 'web', 'vscode', 'agent', 'todo', 'runcommands', 'runtasks', 'runnotebooks'])

/**
 * opencode built-in tools (opencode.ai/docs/tools, 2026). Its config converts
 * them to permissions, where `write`, `patch` and `multiedit` collapse into
 * `edit` (packages/core/src/v1/config/agent.ts). `codesearch` searches public
 * code on the web (Exa); `lsp` and `question` have no portable equivalent.
 * MCP tools are named `<server>_<tool>`, `<server>_*` for all of a server's.
 */
const OPENCODE_TOOLS: Record<string, readonly string[]> = {
  read: ['read'],
  write: ['write'],
  edit: ['edit'],
  patch: ['edit'],
  apply_patch: ['edit'],
  multiedit: ['multi-edit'],
  bash: ['shell'],
  grep: ['search'],
  glob: ['glob'],
  list: ['list'],
  webfetch: ['web-fetch'],
  websearch: ['web-search'],
  codesearch: ['web-search'],
  task: ['agent'],
  todowrite: ['todo'],
  todoread: ['todo'],
  skill: ['skill'],
  lsp: ['opencode:lsp'],
  question: ['opencode:question'],
}

/** opencode: one switch turns these off together (the `edit` permission). */
const OPENCODE_LINKED: readonly string[][] = [['edit', 'write', 'multi-edit']]

/**
 * What "every tool but these" grants, per dialect, as names of that dialect: a
 * map of booleans with only `false` entries is read as this list minus them.
 */
const BUILT_INS: Partial<Record<Dialect, readonly string[]>> = {
  claude: ['Read', 'Write', 'Edit', 'Bash', 'Grep', 'Glob', 'WebFetch', 'WebSearch', 'Agent', 'TodoWrite', 'NotebookEdit'],
  copilot: ['read', 'edit', 'search', 'execute', 'web', 'agent', 'todo'],
  opencode: ['read', 'write', 'edit', 'bash', 'grep', 'glob', 'list', 'webfetch', 'websearch', 'task', 'todowrite', 'skill'],
}

const lowerKeys = <T>(table: Record<string, T>): Map<string, T> => new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]))
const COPILOT = lowerKeys({ ...COPILOT_TOOLS, ...Object.fromEntries(COPILOT_ONLY.map((n) => [n, [`copilot:${n}`]])) })
const OPENCODE = lowerKeys(OPENCODE_TOOLS)
const CANONICAL = new Set(Object.values(CLAUDE_TOOLS))

export interface ToolIssue {
  /**
   * `foreign`: a name Claude Code does not know but Copilot does, read with Copilot's table.
   * `only-on`: a map of switches with some `true` and no `"*"`, read as exactly those tools.
   */
  kind: 'unknown' | 'invalid' | 'foreign' | 'only-on'
  raw: string
  ids?: string[]
}

export interface ToolOptions {
  /** The vocabulary the names are written in; `claude` by default. */
  dialect?: Dialect
  /** What a missing `tools` means: every tool (`all`, the default) or none. */
  absent?: ToolSet['mode']
  /** The user's own names (`--tool-map`, `toolMap`): name as written → canonical ids, before the dialect's table. */
  toolMap?: ToolMap
}

/** Tool names as a repository writes them → canonical ids (see `parseToolMap`). */
export type ToolMap = Record<string, string[]>

/**
 * A user's tool table (name as written → a Claude Code name or canonical id, or a
 * list of them) → a `ToolMap`. Throws an Error naming the first target that is no
 * tool, for the caller to report as a usage error.
 */
export function toToolMap(pairs: Record<string, string | string[]>): ToolMap {
  const map: ToolMap = {}
  for (const [name, target] of Object.entries(pairs)) {
    const ids = (Array.isArray(target) ? target : [target]).map((t) => {
      const found = mappedToolIds(t)
      if (!found) throw new Error(`\`${name}\` is mapped to \`${t}\`, which is neither a Claude Code tool name nor a canonical tool id`)
      return found
    })
    defineOwn(map, name.trim(), ids.flat())
  }
  return map
}

/**
 * The target of a user's tool mapping → canonical ids: a canonical id (`search`,
 * `mcp:github/search`) or a Claude Code name (`Grep`, `mcp__github__search`).
 * Undefined when it is neither, so that a typo is a usage error, not a new tool.
 */
export function mappedToolIds(target: string): string[] | undefined {
  const name = target.trim()
  if (CANONICAL.has(name) || /^mcp:[^/\s]+(\/[^/\s]+)?$/.test(name)) return [name]
  return claudeIds(name)
}

/** A Claude Code name, an `mcp__server__tool` name or a lower-case spelling → canonical ids. */
function claudeIds(name: string): string[] | undefined {
  const mcp = /^mcp__([^_]+(?:_[^_]+)*?)__(.+)$/.exec(name)
  if (mcp) return [`mcp:${mcp[1]}/${mcp[2]}`]
  if (name.startsWith('mcp__')) return [`mcp:${name.slice(5)}`]
  const claude = own(CLAUDE_TOOLS, name)
  if (claude) return [claude]
  const lower = name.toLowerCase()
  const alias = own(ALIASES, lower) ?? (CANONICAL.has(lower) ? lower : undefined)
  if (alias) return [alias]
  const caseless = Object.keys(CLAUDE_TOOLS).find((k) => k.toLowerCase() === lower)
  return caseless ? [CLAUDE_TOOLS[caseless]!] : undefined
}

/** An extension-contributed VS Code tool is `publisher.extension/tool`. */
const EXTENSION_ID = /^[a-z0-9-]+\.[a-z0-9-]+$/i

function copilotIds(name: string): string[] | undefined {
  const own = COPILOT.get(name.toLowerCase())
  if (own) return [...own]
  const slash = name.indexOf('/')
  if (slash > 0) {
    const set = name.slice(0, slash)
    const tool = name.slice(slash + 1)
    if (COPILOT_SETS.has(set.toLowerCase())) {
      if (tool === '*') return copilotIds(set)
      const inSet = COPILOT.get(tool.toLowerCase())
      return inSet ? [...inSet] : undefined
    }
    if (tool === '' || tool.includes('/')) return undefined
    // `ms-python.python/getPythonEnvironmentInfo`: a tool of a VS Code extension.
    if (EXTENSION_ID.test(set) && !/mcp/i.test(set)) return [`copilot:${name}`]
    // [gh] `server/tool`, `server/*`: an MCP server's tool, or all of them.
    return [tool === '*' ? `mcp:${set}` : `mcp:${set}/${tool}`]
  }
  // [gh] also accepts Claude Code's names (`Bash`, `Grep`, `WebFetch`, …).
  const claude = claudeIds(name)
  if (claude) return claude
  // VS Code lists an MCP server as a tool set named after it (`microsoft.docs.mcp`);
  // only a name that says `mcp` is read so: other bare names may be anything.
  if (/(^|[.\-_])mcp([.\-_]|$)/i.test(name)) return [`mcp:${name}`]
  return undefined
}

function opencodeIds(name: string): string[] | undefined {
  const own = OPENCODE.get(name.toLowerCase())
  if (own) return [...own]
  // `<server>_<tool>`, `<server>_*`: how opencode names MCP tools in `tools` and `permission`.
  const mcp = /^([A-Za-z0-9-]+)_(.+)$/.exec(name)
  if (mcp) return [mcp[2] === '*' ? `mcp:${mcp[1]}` : `mcp:${mcp[1]}/${mcp[2]}`]
  return undefined
}

/** One tool name as written in `dialect` → its canonical references (one name may grant several tools). */
export function toolRefs(raw: string, dialect: Dialect = 'claude'): ToolRef[] {
  const name = raw.trim()
  const ids = dialect === 'copilot' ? copilotIds(name) : dialect === 'opencode' ? opencodeIds(name) : claudeIds(name)
  if (!ids) return [{ id: name, raw: name, known: false }]
  return ids.map((id) => ({ id, raw: name, known: true }))
}

/** One tool name as written → its first canonical reference. */
export function toolRef(raw: string, dialect: Dialect = 'claude'): ToolRef {
  return toolRefs(raw, dialect)[0]!
}

/**
 * `tools` as the dialects write it: a comma string, a list, `*`, a map of
 * booleans (opencode), or absent (every tool in Claude Code, Copilot and opencode).
 */
export function normalizeTools(raw: unknown, issues: ToolIssue[], options: ToolOptions | ToolSet['mode'] = {}): ToolSet {
  if (typeof options === 'string') options = { absent: options }
  const { dialect = 'claude', absent = 'all' } = options
  if (raw === undefined || raw === null) return { mode: absent, items: [] }
  let names: string[]
  if (typeof raw === 'string') {
    if (raw.trim() === '*') return { mode: 'all', items: [] }
    names = raw.split(/[,\n]/)
  } else if (Array.isArray(raw)) {
    names = raw.flatMap((v) => (typeof v === 'string' ? v.split(',') : [String(v)]))
  } else if (typeof raw === 'object') {
    const picked = fromSwitches(raw as Record<string, unknown>, dialect, issues)
    if (picked === 'all') return { mode: 'all', items: [] }
    names = picked
  } else {
    issues.push({ kind: 'invalid', raw: JSON.stringify(raw) ?? String(raw) })
    return { mode: absent, items: [] }
  }
  const items: ToolRef[] = []
  const seen = new Set<string>()
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    if (name === '*') return { mode: 'all', items: [] }
    const mapped = options.toolMap && own(options.toolMap, name)
    let refs = mapped ? mapped.map((id) => ({ id, raw: name, known: true })) : toolRefs(name, dialect)
    if (!refs[0]!.known && dialect !== 'copilot' && dialect !== 'opencode') {
      // Claude-style files copied from Copilot collections keep Copilot's names (`codebase`, `editFiles`).
      const copilot = copilotIds(name)
      if (copilot) {
        refs = copilot.map((id) => ({ id, raw: name, known: true }))
        issues.push({ kind: 'foreign', raw: name, ids: copilot })
      }
    }
    if (!refs[0]!.known) issues.push({ kind: 'unknown', raw: name })
    for (const ref of refs) {
      if (seen.has(ref.id)) continue
      seen.add(ref.id)
      items.push(ref)
    }
  }
  return items.length === 0 ? { mode: 'none', items } : { mode: 'list', items }
}

/**
 * A map of booleans (`write: false`), as opencode writes `tools` → the names it grants.
 * - `"*": false` and some `true`: exactly the `true` ones (opencode's own reading).
 * - some `true`, no `"*"`: the `true` ones. opencode itself leaves unlisted tools
 *   on, but authors who list `true`s mean a list (they list `false`s otherwise).
 * - only `false`s: the dialect's built-in tools but those (with opencode, one
 *   `false` among write/edit/patch turns all of them off, as its permission does).
 *   The names granted are then the dialect's, not the author's.
 * - nothing `false`: every tool.
 */
function fromSwitches(map: Record<string, unknown>, dialect: Dialect, issues: ToolIssue[]): string[] | 'all' {
  const on: string[] = []
  const off: string[] = []
  for (const [key, value] of Object.entries(map)) {
    if (key === '*') continue
    if (value === true) on.push(key)
    else if (value === false) off.push(key)
    else issues.push({ kind: 'invalid', raw: `${key}: ${JSON.stringify(value) ?? String(value)}` })
  }
  const star = map['*']
  if (star === false) return on
  if (on.length > 0 && star !== true) {
    // A reading, not opencode's: say so (the `raw` is the names kept).
    issues.push({ kind: 'only-on', raw: on.join(', ') })
    return on
  }
  if (off.length === 0) return 'all'
  const denied = new Set(off.flatMap((name) => toolRefs(name, dialect).map((ref) => ref.id)))
  if (dialect === 'opencode') {
    for (const linked of OPENCODE_LINKED) if (linked.some((id) => denied.has(id))) linked.forEach((id) => denied.add(id))
  }
  const builtIns = BUILT_INS[dialect] ?? BUILT_INS.claude!
  const granted = builtIns.filter((name) => toolRefs(name, dialect).every((ref) => !denied.has(ref.id)))
  return [...granted, ...on]
}
