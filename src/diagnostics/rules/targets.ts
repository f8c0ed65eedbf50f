/**
 * Rules of writing a target. The pipeline adds the target's id to the data
 * (`target`), and every message starts with it: `claude: …`.
 */
import { rule } from '../rule.js'

const code = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ')
/** Prefix the target's id. */
const of = <D>(message: (d: D) => string) => (d: ForTarget<D>) => `${d.target}: ${message(d)}`
type ForTarget<D> = D & { target: string }
/** `; the list's other models (…) left out`, when the source's list of models had others. */
const others = (list: readonly string[]) => (list.length > 0 ? `; the list's other models (${code(list)}) left out` : '')

type Dropped =
  | { kind: 'host-only'; host: string; tools: string[] }
  | { kind: 'title'; title: string; name: string }
  | { kind: 'colour'; color: string }
  | { kind: 'fields'; fields: { key: string; invalid: boolean }[] }
  | { kind: 'every-mcp-tool'; tool: string }
  | { kind: 'model'; models: string[] }
  | { kind: 'mcp-server'; id: string }
  | { kind: 'tool-limit'; count: number; limit: number }
  | { kind: 'metadata-keys'; limit: number; keys: string[] }
  | { kind: 'prompt-only' }

type Translated =
  | { kind: 'model'; raw: string; id: string; others: string[] }
  | { kind: 'every-tool'; count: number }
  | { kind: 'function'; id: string; name: string }
  | { kind: 'colour'; color: string; nearest: string }
  | { kind: 'task' }

type Defaulted = { kind: 'model-required'; model: string } | { kind: 'model-unknown'; raw: string; chosen: string; others: string[] } | { kind: 'blank-description' }

export const targetRules = {
  'target-dropped': rule<ForTarget<Dropped>>({
    severity: { of: (d) => (d.kind === 'title' || d.kind === 'prompt-only' ? 'info' : 'warning'), among: ['info', 'warning'] },
    explanation: 'The target cannot hold this; it was left out.',
    message: of((d: Dropped) => {
      switch (d.kind) {
        case 'host-only':
          return `${d.tools.length === 1 ? `Tool ${code(d.tools)} exists` : `Tools ${code(d.tools)} exist`} only in ${d.host}; left out`
        case 'title':
          return `Claude Code has no display name; title \`${d.title}\` left out (the agent is \`${d.name}\`)`
        case 'colour':
          return `Claude Code keeps eight colours; \`${d.color}\` is near none of them and was left out`
        case 'fields':
          return `Claude Code has no field for ${d.fields.map((f) => `\`${f.key}\`${f.invalid ? ' (not a valid value)' : ''}`).join(', ')}; left out`
        case 'every-mcp-tool':
          return `Claude Code cannot grant \`${d.tool}\` (every tool of every MCP server) in a tool list; left out`
        case 'model':
          return `${d.models.length === 1 ? `Model \`${d.models[0]}\` is not a Claude model` : `No model of the list ${code(d.models)} is a Claude model`}; left out, so the agent inherits the session's model`
        case 'mcp-server':
          return `Tool \`${d.id}\` stands for MCP tools whose names and arguments are not known; left out`
        case 'tool-limit':
          return `${d.count} tools, over the limit of ${d.limit}; left out the last ${d.count - d.limit}`
        case 'metadata-keys':
          return `metadata holds at most ${d.limit} keys; left out ${code(d.keys)}`
        case 'prompt-only':
          return 'The prompt target holds the instructions only (no name, description, examples, tools or model)'
      }
    }),
  }),
  'target-translated': rule({
    severity: 'info',
    explanation: 'A value was translated for the target.',
    message: of((d: Translated) => {
      switch (d.kind) {
        case 'model':
          return `Model \`${d.raw}\` written as \`${d.id}\`${others(d.others)}`
        case 'every-tool':
          return `The source grants every tool; declared the ${d.count} standard tools as functions`
        case 'function':
          return `Tool \`${d.id}\` declared as function \`${d.name}\` with open parameters`
        case 'colour':
          return `Colour \`${d.color}\` written as \`${d.nearest}\`, the nearest Claude Code keeps`
        case 'task':
          return 'Tool `Task` written as `Agent`, its current name in Claude Code'
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
    severity: { of: (d) => (d.kind === 'model-required' ? 'info' : 'warning'), among: ['info', 'warning'] },
    explanation: 'The target requires a value the source does not give; a default was used.',
    message: of((d: Defaulted) =>
      d.kind === 'model-required'
        ? `No model given; the API requires one: used \`${d.model}\``
        : d.kind === 'model-unknown'
          ? `Model \`${d.raw}\` has no OpenAI equivalent in the table; used \`${d.chosen}\` (see --model-map)${others(d.others)}`
          : 'Claude Code skips an agent whose description is blank; used the title',
    ),
  }),
  'target-invalid': rule({
    severity: 'error',
    explanation: 'The output failed its own validation and was not written.',
    message: of((d: { problems: string[] }) => `output failed its own check, not written: ${d.problems.join('; ')}`),
  }),
}
