/**
 * Rules of writing a target. The pipeline adds the target's id to the data
 * (`target`), and every message starts with it: `claude: …`. A kind several
 * targets share (a title, a colour, fields left out) keeps one data shape; its text
 * names the target's own reason where the targets differ (opencode's, else Claude Code's).
 */
import { rule } from '../rule.js'
import { targetDropped } from './targets/dropped.js'
import { of, others, type ForTarget } from './targets/text.js'
import { targetTranslated } from './targets/translated.js'

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
  ...targetDropped,
  ...targetTranslated,
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
  'target-model-stale': rule({
    severity: 'warning',
    explanation: "The source's OpenAI model is not a current model of OpenAI's catalog (the one agentdef's tables follow, with its date); it was kept as written.",
    message: of((d: { kind: 'older' | 'unlisted'; raw: string; successor?: string; date: string }) =>
      d.kind === 'older'
        ? `Model \`${d.raw}\` is an older model in OpenAI's catalog of ${d.date} (its successor: \`${d.successor}\`); kept as written (\`--model-map ${d.raw}=${d.successor}\` moves it)`
        : `Model \`${d.raw}\` is not in OpenAI's catalog of ${d.date}; kept as written: check that it is still served, or map it with --model-map`,
    ),
  }),
  'target-invalid': rule({
    severity: 'error',
    explanation: 'The output failed its own validation and was not written.',
    message: of((d: { problems: string[] }) => `output failed its own check, not written: ${d.problems.join('; ')}`),
  }),
}
