/**
 * Rules of writing a target. The pipeline adds the target's id to the data
 * (`target`), and every message starts with it: `claude: …`. A kind several
 * targets share (a title, a colour, fields left out) keeps one data shape; its text
 * names the target's own reason where the targets differ (opencode's, else Claude Code's).
 */
import { rule } from '../rule.js'

const code = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ')
/** Prefix the target's id. */
const of = <D>(message: (d: D) => string) => (d: ForTarget<D>) => `${d.target}: ${message(d)}`
type ForTarget<D> = D & { target: string }
/** `; the list's other models (…) left out`, when the source's list of models had others. */
const others = (list: readonly string[]) => (list.length > 0 ? `; the list's other models (${code(list)}) left out` : '')
/** `Tool \`a\`` or `Tools \`a\`, \`b\``. */
const tools = (names: readonly string[]) => `${names.length === 1 ? 'Tool' : 'Tools'} ${code(names)}`
/** A field left out: `invalid`, its value is not one the target reads; `noEquivalent`, the value the target has no equivalent for. */
type LeftField = { key: string; invalid: boolean; noEquivalent?: string }
/** The name of the tool that reads a target's output, by target id; Claude Code for `claude` and targets that write for it. */
const HOSTS: Record<string, string> = { opencode: 'opencode', copilot: 'Copilot', roo: 'Roo Code', qwen: 'Qwen Code', kiro: 'Kiro', gemini: 'Gemini CLI', codex: 'Codex', cursor: 'Cursor' }
const host = (target: string) => (Object.hasOwn(HOSTS, target) ? HOSTS[target]! : 'Claude Code')
const leftField = (f: LeftField, target: string) =>
  `\`${f.key}\`${f.noEquivalent !== undefined ? ` (\`${f.noEquivalent}\` has no ${target} equivalent)` : f.invalid ? ' (not a valid value)' : ''}`

type Dropped =
  | { kind: 'host-only'; host: string; tools: string[] }
  | { kind: 'title'; title: string; name: string }
  | { kind: 'colour'; color: string }
  | { kind: 'fields'; fields: LeftField[] }
  | { kind: 'every-mcp-tool'; tool: string }
  | { kind: 'model'; models: string[] }
  | { kind: 'mcp-server'; id: string }
  | { kind: 'tool-limit'; count: number; limit: number }
  | { kind: 'metadata-keys'; limit: number; keys: string[] }
  | { kind: 'prompt-only' }
  // opencode's own: `--model` not `provider/model`; a tool opencode has no permission for.
  | { kind: 'model-option'; model: string }
  | { kind: 'no-tool'; tool: string }
  // A custom target's: a tool or model its configured table has no entry for.
  | { kind: 'table-tool'; tool: string }
  | { kind: 'table-model'; models: string[] }
  // Kiro's own: a source's `mcpServers` entry that names a server without defining it (Kiro needs its command or URL).
  | { kind: 'mcp-reference'; server: string }
  // Gemini CLI's own: subagents cannot call agents; its agent file cannot limit a command (`Bash(git log:*)`).
  | { kind: 'agent-tool'; tool: string }
  | { kind: 'command-pattern'; tool: string }
  // Codex's and Cursor's own: neither has a per-agent tool list. Codex: `readOnly`, made read-only by `permissionMode: plan`;
  // `shell`, the list grants an unrestricted shell (a note). Cursor: `rule`, the output is a rule.
  | { kind: 'tool-list'; tools: string[]; readOnly?: boolean; shell?: boolean; rule?: boolean }
  // Cursor's own: tools a read-only subagent may not have; a source with no tools at all.
  | { kind: 'readonly-tools'; tools: string[] }
  | { kind: 'no-tools' }

type Translated =
  | { kind: 'model'; raw: string; id: string; others: string[] }
  | { kind: 'every-tool'; count: number }
  | { kind: 'function'; id: string; name: string }
  | { kind: 'colour'; color: string; nearest: string }
  | { kind: 'task' }
  // opencode's own: `inherit` (opencode leaves the key out), Write/MultiEdit as `edit`, `Bash(…)` as a
  // `bash` pattern, `permissionMode` as permissions, a mode as `subagent`, a key under opencode's name.
  | { kind: 'inherit'; others: string[] }
  | { kind: 'edit'; tools: string[] }
  | { kind: 'bash-pattern'; tool: string; pattern: string; granted: boolean }
  | { kind: 'permission-mode'; mode: 'plan' | 'acceptEdits' }
  | { kind: 'mode'; mode: string }
  | { kind: 'field'; key: string; to: string }
  // Copilot's own: tools written as an alias that stands for a kind of tool (`edit` also creates files).
  | { kind: 'alias'; alias: string; tools: string[]; also: string[] }
  // Tools written as one of the target's that covers them (Gemini: `MultiEdit` as `replace`, `BashOutput` with the shell).
  | { kind: 'folded'; tools: string[]; into: string }
  // `permissionMode: plan` as a tool list without `edit` and `execute`; `every`: the source granted every tool.
  | { kind: 'plan'; every: boolean }
  // Roo Code's own: a name that is not a slug; tools every mode has; path patterns as the edit group's `fileRegex`.
  | { kind: 'slug'; name: string; slug: string }
  | { kind: 'always'; tools: string[] }
  | { kind: 'file-regex'; tools: string[]; regex: string }
  // Qwen Code's own: a name its validator refuses, `permissionMode` as `approvalMode`, no tools as `disallowedTools`.
  | { kind: 'name'; name: string; to: string; reason: 'characters' | 'long' | 'short' | 'reserved' }
  | { kind: 'approval-mode'; mode: string; to: string }
  | { kind: 'no-tools'; tools: string[] }
  // Kiro's own: MCP tools of servers the agent does not define, read from the user's mcp.json (`useLegacyMcpJson`).
  | { kind: 'mcp-json'; servers: string[] }
  // Codex's own: a tool list that neither writes nor runs commands as `sandbox_mode = "read-only"`; a value as the nearest Codex reads.
  | { kind: 'sandbox'; tools: string[] }
  | { kind: 'value'; key: string; value: string; to: string }
  // Cursor's own: a read-only tool list (or `permissionMode: plan`) as `readonly: true`; `alwaysApply` given as a string.
  | { kind: 'readonly'; tools: string[]; plan: boolean }
  | { kind: 'always-apply'; value: string }
  // openai-responses: a setting the chosen model does not take (`temperature` on a reasoning model, `effort` on another), kept in metadata.
  | { kind: 'sampling'; key: string; model: string; reasoning: boolean }

type Defaulted =
  | { kind: 'model-required'; model: string }
  | { kind: 'model-unknown'; raw: string; chosen: string; others: string[] }
  | { kind: 'blank-description' }
  // opencode's own: a `--model-map` entry that is not `provider/model` (meant for another target).
  | { kind: 'model-map'; key: string; value: string }
  // Roo Code's own: a mode needs a role definition; the source's prompt is blank.
  | { kind: 'blank-prompt' }
  // Qwen Code's own: a system prompt under its minimum length.
  | { kind: 'short-prompt'; length: number; min: number }
  // Codex's own: `developer_instructions` is required, and the prompt is blank.
  | { kind: 'blank-instructions' }

export const targetRules = {
  'target-dropped': rule<ForTarget<Dropped>>({
    // Copilot without `model` runs on the model picked in Copilot, its documented default, and it shows no
    // colour; Gemini CLI shows none either, and never gives a subagent another agent (recursion protection,
    // packages/core/src/agents/local-executor.ts, 2026-08-21), whatever its tools say: notes, not warnings.
    // Cursor shows no colour either; a subagent's tool list, which Cursor has no field for, gives way to its
    // documented default (the caller's tools), a source with no tools to its narrowest (read-only), and the
    // tools a read-only subagent may lack are named: notes, since nothing in Cursor can say more.
    severity: {
      of: (d) =>
        d.kind === 'title' ||
        d.kind === 'prompt-only' ||
        ((d.target === 'copilot' || d.target === 'roo') && (d.kind === 'model' || d.kind === 'colour')) ||
        (d.target === 'kiro' && d.kind === 'colour') ||
        (d.target === 'gemini' && (d.kind === 'colour' || d.kind === 'agent-tool')) ||
        (d.target === 'codex' && (d.kind === 'colour' || (d.kind === 'tool-list' && d.shell))) ||
        (d.target === 'cursor' && (d.kind === 'colour' || d.kind === 'no-tools' || d.kind === 'readonly-tools' || (d.kind === 'tool-list' && !d.rule)))
          ? 'info'
          : 'warning',
      among: ['info', 'warning'],
    },
    explanation: 'The target cannot hold this; it was left out.',
    message: of((d: ForTarget<Dropped>) => {
      const opencode = d.target === 'opencode'
      switch (d.kind) {
        case 'host-only':
          if (opencode) return `${tools(d.tools)} only in ${d.host}; left out of opencode's permission`
          return `${d.tools.length === 1 ? `Tool ${code(d.tools)} exists` : `Tools ${code(d.tools)} exist`} only in ${d.host}; left out`
        case 'title':
          return `${opencode ? 'opencode names an agent after its file' : d.target === 'codex' ? 'Codex names an agent by its `name` only' : `${host(d.target)} has no display name`}; title \`${d.title}\` left out (the agent is \`${d.name}\`)`
        case 'colour':
          if (d.target === 'copilot') return `Copilot shows no colour for an agent; \`${d.color}\` left out`
          if (d.target === 'roo') return `Roo Code shows no colour for a mode; \`${d.color}\` left out`
          if (d.target === 'kiro') return `Kiro shows no colour for an agent; \`${d.color}\` left out`
          if (d.target === 'gemini') return `Gemini CLI shows no colour for an agent; \`${d.color}\` left out`
          if (d.target === 'codex') return `Codex shows no colour for an agent; \`${d.color}\` left out`
          if (d.target === 'cursor') return `Cursor shows no colour for an agent; \`${d.color}\` left out`
          if (opencode) return `opencode takes a colour as \`#RRGGBB\` or a theme name; \`${d.color}\` is neither and was left out`
          return `${host(d.target)} keeps eight colours; \`${d.color}\` is near none of them and was left out`
        case 'fields':
          return `${host(d.target)} has no field for ${d.fields.map((f) => leftField(f, d.target)).join(', ')}; left out`
        case 'every-mcp-tool':
          if (d.target === 'qwen') return `Qwen Code's \`tools\` names MCP tools one by one, with no pattern; \`${d.tool}\` left out`
          return `${host(d.target)} cannot grant \`${d.tool}\` (every tool of every MCP server) in a tool list; left out`
        case 'model':
          if (d.target === 'copilot') {
            // Copilot names models by display name (`Claude Sonnet 4.5 (copilot)`); agentdef has no table of them.
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\`` : `The models ${code(d.models)}`
            return `${what} left out: agentdef writes a Copilot model only from a Copilot source (or --model), so the agent runs on the model picked in Copilot`
          }
          if (d.target === 'roo') {
            // A mode's model is the API configuration Roo Code remembers for it, in its settings, not in `.roomodes`.
            const what = d.models.length === 1 ? `model \`${d.models[0]}\`` : `the models ${code(d.models)}`
            return `Roo Code modes have no model field (Roo Code keeps the model picked for a mode in its settings); ${what} left out`
          }
          if (d.target === 'kiro') {
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\` is not` : `No model of the list ${code(d.models)} is`
            return `${what} a model Kiro lists; left out, so the agent runs on Kiro's default model (see --model-map)`
          }
          if (d.target === 'gemini') {
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\` is` : `No model of the list ${code(d.models)} is`
            return `${what} no Gemini model Gemini CLI runs (nor a Claude tier); left out, so the agent runs on the session's model (see --model-map)`
          }
          if (d.target === 'codex') {
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\` is` : `The models ${code(d.models)} are`
            return `${what} neither a Claude model (see the table) nor an OpenAI model; left out, so the agent runs on the model of the session that spawns it (see --model-map)`
          }
          if (d.target === 'cursor') {
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\` has no` : `No model of the list ${code(d.models)} has a`
            return `${what} Cursor id agentdef knows; left out, so the subagent runs on its caller's model (see --model-map)`
          }
          if (opencode) {
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\` has no` : `No model of the list ${code(d.models)} has a`
            return `${what} \`provider/model\` opencode knows; left out, so the agent runs on its caller's model (see --model-map)`
          }
          if (d.target === 'qwen') {
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\` is` : `The models ${code(d.models)} are`
            return `${what} neither a Claude tier nor a model Qwen Code names; left out, so the agent runs on the session's model (see --model-map)`
          }
          return `${d.models.length === 1 ? `Model \`${d.models[0]}\` is not a Claude model` : `No model of the list ${code(d.models)} is a Claude model`}; left out, so the agent inherits the session's model`
        case 'mcp-server':
          return `Tool \`${d.id}\` stands for MCP tools whose names and arguments are not known; left out`
        case 'tool-limit':
          return `${d.count} tools, over the limit of ${d.limit}; left out the last ${d.count - d.limit}`
        case 'metadata-keys':
          return `metadata holds at most ${d.limit} keys; left out ${code(d.keys)}`
        case 'prompt-only':
          return 'The prompt target holds the instructions only (no name, description, examples, tools or model)'
        case 'model-option':
          if (d.target === 'gemini') return `--model \`${d.model}\` is no Gemini model or Gemini CLI alias; left out`
          return `--model \`${d.model}\` is not \`provider/model\`, the form opencode reads; left out`
        case 'no-tool':
          if (d.target === 'copilot') return `Copilot has no tool alias for \`${d.tool}\`; left out of its tools`
          if (d.target === 'roo') return `Roo Code has no tool group for \`${d.tool}\`; left out of its groups`
          if (d.target === 'qwen') return `Qwen Code has no tool for \`${d.tool}\`; left out of its tools`
          if (d.target === 'kiro') return `Kiro has no tool for \`${d.tool}\`; left out of its tools`
          if (d.target === 'gemini') return `Gemini CLI has no tool for \`${d.tool}\` (or cannot name its MCP server); left out of its tools`
          return `opencode has no tool for \`${d.tool}\`; left out of its permission`
        case 'table-tool':
          return `the target's \`tools\` table has no entry for \`${d.tool}\`; left out`
        case 'table-model':
          return `the target's \`models\` table has no entry for ${d.models.length === 1 ? `model \`${d.models[0]}\`` : `any of the models ${code(d.models)}`}; left out`
        case 'mcp-reference':
          return `\`mcpServers\` names server \`${d.server}\` without its command or URL, which Kiro needs; left out (agentdef never invents one)`
        case 'agent-tool':
          return `Gemini CLI subagents cannot call other agents; tool \`${d.tool}\` left out`
        case 'command-pattern':
          return `Gemini CLI's agent file cannot limit the shell to a command; tool \`${d.tool}\` left out rather than granting every command (a policy rule with \`subagent\` and \`commandPrefix\` can)`
        case 'tool-list':
          if (d.target === 'cursor' && d.rule) return `A Cursor rule has no tools; ${tools(d.tools).replace(/^T/, 't')} left out`
          if (d.target === 'cursor') return `Cursor subagents have no tool list; ${tools(d.tools).replace(/^T/, 't')} left out, so the subagent gets every tool of its caller`
          return `Codex has no per-agent tool list: ${tools(d.tools).replace(/^T/, 't')} left out; the agent has Codex's own tools${d.readOnly ? ', read-only' : ', in the sandbox of the session that spawns it'}${d.shell ? ' (the shell the source grants already reaches what they do)' : ''}`
        case 'readonly-tools':
          return `${tools(d.tools)} left out: a read-only Cursor subagent has only its read-only tools (MCP tools are not among them)`
        case 'no-tools':
          return 'Cursor subagents have no tool list; a source with no tools is written as `readonly: true`, which still reads and searches'
      }
    }),
  }),
  'target-translated': rule({
    severity: 'info',
    explanation: 'A value was translated for the target.',
    message: of((d: ForTarget<Translated>) => {
      switch (d.kind) {
        case 'model':
          return `Model \`${d.raw}\` written as \`${d.id}\`${others(d.others)}`
        case 'every-tool':
          if (d.target === 'roo') return `The source grants every tool; written as every Roo Code group (${d.count})`
          return `The source grants every tool; declared the ${d.count} standard tools as functions`
        case 'function':
          return `Tool \`${d.id}\` declared as function \`${d.name}\` with open parameters`
        case 'colour':
          // opencode takes any `#RRGGBB`: a named colour is written exactly, not as the nearest of a few.
          return `Colour \`${d.color}\` written as \`${d.nearest}\`${d.target === 'opencode' ? '' : `, the nearest ${host(d.target)} keeps`}`
        case 'task':
          return 'Tool `Task` written as `Agent`, its current name in Claude Code'
        case 'inherit':
          return `Model \`inherit\` left out, as ${host(d.target)} says it${others(d.others)}`
        case 'edit':
          if (d.target === 'qwen') return `${tools(d.tools)} written as Qwen Code's \`edit\`, which makes one replacement per call`
          return `${tools(d.tools)} written as opencode's \`edit\` permission, which grants every tool that edits files`
        case 'bash-pattern':
          if (d.target === 'kiro') return `Tool \`${d.tool}\` written as \`execute_bash\` with the allowed command \`${d.pattern}\` (\`toolsSettings\`)${d.granted ? ' (already granted by `execute_bash`)' : ', other commands denied'}`
          return `Tool \`${d.tool}\` written as the \`bash\` permission \`${d.pattern}\`${d.granted ? ' (already granted by `bash`)' : ''}`
        case 'permission-mode':
          if (d.target === 'kiro') return d.mode === 'plan' ? '`permissionMode: plan` written as tools without `fs_write` and `execute_bash`' : '`permissionMode: acceptEdits` written as `fs_write` in `allowedTools` (used without asking)'
          if (d.target === 'codex') return '`permissionMode: plan` written as `sandbox_mode = "read-only"`'
          return d.mode === 'plan'
            ? "`permissionMode: plan` written as `edit` and `bash` denied, opencode's read-only agent"
            : '`permissionMode: acceptEdits` written as `edit: allow`'
        case 'mode':
          return `Mode \`${d.mode}\` written as \`subagent\`: agentdef writes agents other agents call`
        case 'field':
          return `\`${d.key}\` written as ${host(d.target)}'s \`${d.to}\``
        case 'folded':
          return `${tools(d.tools)} written as ${host(d.target)}'s \`${d.into}\`, the tool of its own that covers ${d.tools.length === 1 ? 'it' : 'them'}`
        case 'plan':
          if (d.target === 'roo') return '`permissionMode: plan` written as a mode without the `edit` and `command` groups'
          if (d.target === 'kiro') return `\`permissionMode: plan\` written as tools without \`fs_write\` and \`execute_bash\`${d.every ? " (Kiro's read-only built-in tools; the source granted every tool, MCP tools included)" : ''}`
          if (d.target === 'gemini') return `\`permissionMode: plan\` written as a tool list without \`write_file\`, \`replace\` and \`run_shell_command\`${d.every ? " (Gemini CLI's plan-mode tools; the source granted every tool, MCP tools included)" : ''}`
          return `\`permissionMode: plan\` written as a tool list without \`edit\` and \`execute\`${d.every ? ' (Copilot\'s read-only aliases; the source granted every tool, MCP tools included)' : ''}`
        case 'readonly': {
          const what = d.tools.length > 0 ? `${tools(d.tools)}${d.plan ? ' and `permissionMode: plan`' : ''}` : '`permissionMode: plan`'
          return `${what} written as \`readonly: true\`: Cursor subagents have no tool list, and a read-only one reads, lists and searches files and the web`
        }
        case 'always-apply':
          return `\`alwaysApply: "${d.value}"\` written as the boolean Cursor reads (it reads a string as false)`
        case 'sampling':
          return d.reasoning
            ? `\`${d.key}\` is not taken by the reasoning model \`${d.model}\`; kept in metadata`
            : `\`${d.key}\` is taken by reasoning models only, not \`${d.model}\`; kept in metadata`
        case 'alias':
          if (d.target === 'roo') return `${tools(d.tools)} written as Roo Code's group \`${d.alias}\`${d.also.length > 0 ? `, which also grants ${code(d.also)}` : ', which grants every tool of its kind'}`
          return `${tools(d.tools)} written as ${host(d.target)}'s ${d.target === 'kiro' ? 'tool' : 'alias'} \`${d.alias}\`${d.also.length > 0 ? `, which also grants ${code(d.also)}` : d.target === 'kiro' ? '' : ', which grants every tool of its kind'}`
        case 'slug':
          return `Name \`${d.name}\` written as slug \`${d.slug}\` (letters, digits and dashes)`
        case 'always':
          return `${tools(d.tools)} need no group: every Roo Code mode has its todo list, skills and slash commands`
        case 'file-regex':
          return `${code(d.tools)} written as the \`edit\` group limited to files matching \`${d.regex}\``
        case 'name': {
          const why = {
            characters: 'takes names of letters, digits, `-` and `_` that start and end with a letter or digit',
            long: 'takes names of at most 50 characters',
            short: 'takes names of at least 2 characters',
            reserved: `reserves the name \`${d.name}\``,
          }[d.reason]
          return `Qwen Code ${why}; \`${d.name}\` written as \`${d.to}\`, the name the agent is called by`
        }
        case 'approval-mode':
          return `\`permissionMode: ${d.mode}\` written as \`approvalMode: ${d.to}\`${d.mode === 'dontAsk' ? ', which still asks before a tool runs' : ''}`
        case 'no-tools':
          return `Qwen Code reads an empty \`tools\` as every tool; no tool written as \`disallowedTools\` listing its ${d.tools.length} file, shell, web and agent tools (its other tools and MCP tools stay granted)`
        case 'mcp-json':
          return `MCP tools of ${code(d.servers)} written with \`useLegacyMcpJson: true\`: the agent defines no such server, so Kiro reads it from the user's mcp.json`
        case 'sandbox':
          return `Codex has no per-agent tool list: ${d.tools.length > 0 ? `${tools(d.tools).replace(/^T/, 't')}, which neither write files nor run commands,` : 'no tool'} written as \`sandbox_mode = "read-only"\` (the agent has Codex's own tools, read-only)`
        case 'value':
          return `\`${d.key}: ${d.value}\` written as \`${d.to}\`, the nearest ${host(d.target)} reads`
      }
    }),
  }),
  'target-truncated': rule({
    severity: 'warning',
    explanation: 'A value was too long for the target and was shortened.',
    message: of((d: { field: string; length: number; limit: number; metadata?: true; bytes?: true }) =>
      `${d.metadata ? `metadata \`${d.field}\`` : d.field} has ${d.length} ${d.bytes ? 'bytes (UTF-8)' : 'characters'}, over the limit of ${d.limit}; shortened`,
    ),
  }),
  'target-defaulted': rule<ForTarget<Defaulted>>({
    severity: { of: (d) => (d.kind === 'model-required' || d.kind === 'model-map' ? 'info' : 'warning'), among: ['info', 'warning'] },
    explanation: 'The target requires a value the source does not give; a default was used.',
    message: of((d: ForTarget<Defaulted>) => {
      switch (d.kind) {
        case 'model-required':
          return `No model given; the API requires one: used \`${d.model}\``
        case 'model-unknown':
          return `Model \`${d.raw}\` has no OpenAI equivalent in the table; used \`${d.chosen}\` (see --model-map)${others(d.others)}`
        case 'blank-description':
          if (d.target === 'copilot') return 'Copilot requires a description; used the title'
          if (d.target === 'qwen') return 'Qwen Code refuses an agent without a description; used the title'
          if (d.target === 'kiro') return 'Kiro offers an agent to others by its description; used the title'
          if (d.target === 'gemini') return 'Gemini CLI requires a description; used the title'
          if (d.target === 'codex') return 'Codex requires a description; used the title'
          if (d.target === 'cursor') return 'Cursor requires a description; used the title'
          return d.target === 'opencode'
            ? 'opencode needs a description to offer the agent to others; used the title'
            : 'Claude Code skips an agent whose description is blank; used the title'
        case 'blank-prompt':
          return 'Roo Code requires a role definition and the prompt is blank; used the description'
        case 'short-prompt':
          return `Qwen Code refuses an agent whose system prompt has under ${d.min} characters (this one has ${d.length}); the description (or the agent's title) written before it`
        case 'model-map':
          if (d.target === 'kiro') return `--model-map gives \`${d.value}\` for \`${d.key}\`, a \`provider/model\` id and not a Kiro model id; not used for kiro`
          if (d.target === 'gemini') return `--model-map gives \`${d.value}\` for \`${d.key}\`, no Gemini model or Gemini CLI alias; not used for gemini`
          if (d.target === 'codex') return `--model-map gives \`${d.value}\` for \`${d.key}\`, a \`provider/model\` Codex does not read (it takes a model id of the session's provider); not used for codex`
          if (d.target === 'cursor') return `--model-map gives \`${d.value}\` for \`${d.key}\`, not a Cursor model id; not used for cursor`
          return `--model-map gives \`${d.value}\` for \`${d.key}\`, not \`provider/model\` as opencode reads it; not used for opencode`
        case 'blank-instructions':
          return 'Codex requires `developer_instructions` and the prompt is blank; used the description'
      }
    }),
  }),
  'target-invalid': rule({
    severity: 'error',
    explanation: 'The output failed its own validation and was not written.',
    message: of((d: { problems: string[] }) => `output failed its own check, not written: ${d.problems.join('; ')}`),
  }),
}
