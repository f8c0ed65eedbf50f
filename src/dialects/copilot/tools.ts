import type { ToolVocabulary } from '../../vocabulary/tools.js'
import { claudeIds } from '../../vocabulary/tools.js'

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

const lowerKeys = <T>(table: Record<string, T>): Map<string, T> => new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]))
const COPILOT = lowerKeys({ ...COPILOT_TOOLS, ...Object.fromEntries(COPILOT_ONLY.map((n) => [n, [`copilot:${n}`]])) })

/** A server or tool name in `server/tool`. */
const MCP_PART = /^[\w.@-]+$/

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
    // MCP names are words, dots and dashes (MCP spec, "Tool names", 2025-06-18): anything else is no tool of a server.
    if (!MCP_PART.test(set) || !(tool === '*' || MCP_PART.test(tool))) return undefined
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

/** Copilot's tool names; "every tool" is its seven aliases [gh]. */
export const copilotTools: ToolVocabulary = {
  idsOf: copilotIds,
  builtIns: ['read', 'edit', 'search', 'execute', 'web', 'agent', 'todo'],
}
