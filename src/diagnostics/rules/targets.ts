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
/** How a message names the tool that reads the output: opencode, Copilot, the OpenAI Agents SDK, else Claude Code. */
const host = (target: string) =>
  target === 'opencode' ? 'opencode' : target === 'copilot' ? 'Copilot' : target === 'openai-agents' ? 'the OpenAI Agents SDK' : 'Claude Code'
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
  // openai-agents' own: a model setting the chosen model does not take (temperature on a reasoning model, effort on another).
  | { kind: 'model-setting'; key: string; value: string; model: string; reasoning: boolean }

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
  // `permissionMode: plan` as a tool list without `edit` and `execute`; `every`: the source granted every tool.
  | { kind: 'plan'; every: boolean }

type Defaulted =
  | { kind: 'model-required'; model: string }
  | { kind: 'model-unknown'; raw: string; chosen: string; others: string[] }
  | { kind: 'blank-description' }
  // opencode's own: a `--model-map` entry that is not `provider/model` (meant for another target).
  | { kind: 'model-map'; key: string; value: string }

export const targetRules = {
  'target-dropped': rule<ForTarget<Dropped>>({
    // Copilot without `model` runs on the model picked in Copilot, its documented default, and it shows no
    // colour: notes, not warnings.
    // The OpenAI Agents SDK has no display at all, so no colour: a note too.
    severity: {
      of: (d) =>
        d.kind === 'title' || d.kind === 'prompt-only' || (d.target === 'copilot' && (d.kind === 'model' || d.kind === 'colour')) || (d.target === 'openai-agents' && d.kind === 'colour') ? 'info' : 'warning',
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
          return `${opencode ? 'opencode names an agent after its file' : 'Claude Code has no display name'}; title \`${d.title}\` left out (the agent is \`${d.name}\`)`
        case 'colour':
          if (d.target === 'copilot' || d.target === 'openai-agents') return `${host(d.target)} shows no colour for an agent; \`${d.color}\` left out`
          if (opencode) return `opencode takes a colour as \`#RRGGBB\` or a theme name; \`${d.color}\` is neither and was left out`
          return `Claude Code keeps eight colours; \`${d.color}\` is near none of them and was left out`
        case 'fields':
          return `${host(d.target)} has no field for ${d.fields.map((f) => leftField(f, d.target)).join(', ')}; left out`
        case 'every-mcp-tool':
          return `Claude Code cannot grant \`${d.tool}\` (every tool of every MCP server) in a tool list; left out`
        case 'model':
          if (d.target === 'copilot') {
            // Copilot names models by display name (`Claude Sonnet 4.5 (copilot)`); agentdef has no table of them.
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\`` : `The models ${code(d.models)}`
            return `${what} left out: agentdef writes a Copilot model only from a Copilot source (or --model), so the agent runs on the model picked in Copilot`
          }
          if (d.target === 'openai-agents') {
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\` is not` : `No model of the list ${code(d.models)} is`
            return `${what} an OpenAI model or in the table; left out, so the agent runs on the run's default model (see --model-map)`
          }
          if (opencode) {
            const what = d.models.length === 1 ? `Model \`${d.models[0]}\` has no` : `No model of the list ${code(d.models)} has a`
            return `${what} \`provider/model\` opencode knows; left out, so the agent runs on its caller's model (see --model-map)`
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
          return `--model \`${d.model}\` is not \`provider/model\`, the form opencode reads; left out`
        case 'model-setting':
          return d.reasoning
            ? `\`${d.key}\` (${d.value}) left out: \`${d.model}\` is a reasoning model, which takes no sampling settings`
            : `\`${d.key}\` (\`${d.value}\`) left out: \`${d.model}\` is not a reasoning model, which takes no reasoning effort`
        case 'no-tool':
          if (d.target === 'copilot') return `Copilot has no tool alias for \`${d.tool}\`; left out of its tools`
          return `opencode has no tool for \`${d.tool}\`; left out of its permission`
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
          return `The source grants every tool; declared the ${d.count} standard tools as functions`
        case 'function':
          return `Tool \`${d.id}\` declared as function \`${d.name}\` with open parameters`
        case 'colour':
          // opencode takes any `#RRGGBB`: a named colour is written exactly, not as the nearest of a few.
          return `Colour \`${d.color}\` written as \`${d.nearest}\`${d.target === 'opencode' ? '' : ', the nearest Claude Code keeps'}`
        case 'task':
          return 'Tool `Task` written as `Agent`, its current name in Claude Code'
        case 'inherit':
          return `Model \`inherit\` left out, as opencode says it${others(d.others)}`
        case 'edit':
          return `${tools(d.tools)} written as opencode's \`edit\` permission, which grants every tool that edits files`
        case 'bash-pattern':
          return `Tool \`${d.tool}\` written as the \`bash\` permission \`${d.pattern}\`${d.granted ? ' (already granted by `bash`)' : ''}`
        case 'permission-mode':
          return d.mode === 'plan'
            ? "`permissionMode: plan` written as `edit` and `bash` denied, opencode's read-only agent"
            : '`permissionMode: acceptEdits` written as `edit: allow`'
        case 'mode':
          return `Mode \`${d.mode}\` written as \`subagent\`: agentdef writes agents other agents call`
        case 'field':
          return `\`${d.key}\` written as opencode's \`${d.to}\``
        case 'plan':
          if (d.target === 'openai-agents') return `\`permissionMode: plan\` written as the tools without those that edit files or run commands${d.every ? ' (of the standard tools the source granted)' : ''}`
          return `\`permissionMode: plan\` written as a tool list without \`edit\` and \`execute\`${d.every ? ' (Copilot\'s read-only aliases; the source granted every tool, MCP tools included)' : ''}`
        case 'alias':
          return `${tools(d.tools)} written as Copilot's alias \`${d.alias}\`${d.also.length > 0 ? `, which also grants ${code(d.also)}` : ', which grants every tool of its kind'}`
      }
    }),
  }),
  'target-truncated': rule({
    severity: 'warning',
    explanation: 'A value was too long for the target and was shortened.',
    message: of((d: { field: string; length: number; limit: number; metadata?: true }) =>
      `${d.metadata ? `metadata \`${d.field}\`` : d.field} has ${d.length} characters, over the limit of ${d.limit}; shortened`,
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
          return d.target === 'opencode'
            ? 'opencode needs a description to offer the agent to others; used the title'
            : 'Claude Code skips an agent whose description is blank; used the title'
        case 'model-map':
          return `--model-map gives \`${d.value}\` for \`${d.key}\`, not \`provider/model\` as opencode reads it; not used for opencode`
      }
    }),
  }),
  'target-invalid': rule({
    severity: 'error',
    explanation: 'The output failed its own validation and was not written.',
    message: of((d: { problems: string[] }) => `output failed its own check, not written: ${d.problems.join('; ')}`),
  }),
}
