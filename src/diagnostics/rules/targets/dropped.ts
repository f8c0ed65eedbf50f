/** `target-dropped`: what a target cannot hold, left out; its kinds, one data shape each, and their messages per target. */
import { rule } from '../../rule.js'
import { code, host, leftField, of, tools, type ForTarget, type LeftField } from './text.js'

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
  // openai-agents' own: a model setting the chosen model does not take (temperature on a reasoning model, effort on another).
  | { kind: 'model-setting'; key: string; value: string; model: string; reasoning: boolean }


export const targetDropped = {
  'target-dropped': rule<ForTarget<Dropped>>({
    // Copilot without `model` runs on the model picked in Copilot, its documented default, and it shows no
    // colour; Gemini CLI shows none either, and never gives a subagent another agent (recursion protection,
    // packages/core/src/agents/local-executor.ts, 2026-08-21), whatever its tools say: notes, not warnings.
    // Cursor shows no colour either; a subagent's tool list, which Cursor has no field for, gives way to its
    // documented default (the caller's tools), a source with no tools to its narrowest (read-only), and the
    // tools a read-only subagent may lack are named: notes, since nothing in Cursor can say more.
    // The OpenAI Agents SDK has no display at all, so no colour: a note too.
    severity: {
      of: (d) =>
        d.kind === 'title' ||
        d.kind === 'prompt-only' ||
        ((d.target === 'copilot' || d.target === 'roo') && (d.kind === 'model' || d.kind === 'colour')) ||
        (d.target === 'kiro' && d.kind === 'colour') ||
        (d.target === 'gemini' && (d.kind === 'colour' || d.kind === 'agent-tool')) ||
        (d.target === 'codex' && (d.kind === 'colour' || (d.kind === 'tool-list' && d.shell))) ||
        (d.target === 'cursor' && (d.kind === 'colour' || d.kind === 'no-tools' || d.kind === 'readonly-tools' || (d.kind === 'tool-list' && !d.rule))) ||
        (d.target === 'openai-agents' && d.kind === 'colour')
          ? 'info'
          : 'warning',
      among: ['info', 'warning'],
    },
    explanation: 'The target cannot hold this; it was left out.',
    together: (d: Dropped) => {
      switch (d.kind) {
        case 'model':
          return `${d.models.length === 1 ? `Model \`${d.models[0]}\`` : `The models ${code(d.models)}`}: no model these targets run; left out, so the agent runs on the model its tool picks (see --model-map)`
        case 'no-tool':
          return `no tool for \`${d.tool}\`; left out`
        case 'host-only':
          return `${tools(d.tools)} only in ${d.host}; left out`
        case 'colour':
          return `colour \`${d.color}\` left out: none these targets show`
        case 'fields':
          return `no field for ${d.fields.map((f) => `\`${f.key}\`${f.invalid ? ' (not a valid value)' : ''}`).join(', ')}; left out`
        case 'title':
          return `no display name; title \`${d.title}\` left out (the agent is \`${d.name}\`)`
        default:
          return undefined
      }
    },
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
          if (d.target === 'openai-agents') return `the OpenAI Agents SDK shows no colour for an agent; \`${d.color}\` left out`
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
          if (d.target === 'openai-agents') {
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\` is not` : `No model of the list ${code(d.models)} is`
            return `${what} an OpenAI model or in the table; left out, so the agent runs on the run's default model (see --model-map)`
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
        case 'model-setting':
          return d.reasoning
            ? `\`${d.key}\` (${d.value}) left out: \`${d.model}\` is a reasoning model, which takes no sampling settings`
            : `\`${d.key}\` (\`${d.value}\`) left out: \`${d.model}\` is not a reasoning model, which takes no reasoning effort`
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
}
