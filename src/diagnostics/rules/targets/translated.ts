/** `target-translated`: a value written in the target's own terms; its kinds and their messages per target. */
import { rule } from '../../rule.js'
import { code, host, of, others, tools, type ForTarget } from './text.js'

type Translated =
  | { kind: 'model'; raw: string; id: string; others: string[] }
  | { kind: 'every-tool'; count: number }
  | { kind: 'function'; id: string; name: string }
  | { kind: 'colour'; color: string; nearest: string }
  | { kind: 'task' }
  // The OpenAI targets: `<example>` blocks written as the instructions' examples section, from their parsed turns.
  | { kind: 'examples-section'; count: number }
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


export const targetTranslated = {
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
        case 'examples-section':
          return `${d.count === 1 ? 'An `<example>` block' : `${d.count} \`<example>\` blocks`} written in the instructions' examples section from ${d.count === 1 ? 'its' : 'their'} turns; read back, ${d.count === 1 ? 'it is' : 'they are'} no longer worded as written`
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
          if (d.target === 'openai-agents') return `\`permissionMode: plan\` written as the tools without those that edit files or run commands${d.every ? ' (of the standard tools the source granted)' : ''}`
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
}
