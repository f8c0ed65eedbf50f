/** Rules of recognising an agent: the normalised fields and what dialect readers find. */
import { rule } from '../rule.js'

const code = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ')

export const recogniseRules = {
  'name-missing': rule({
    severity: 'warning',
    explanation: 'No name was given; it was taken from the file name.',
    message: (d: { found: string } | { name: string }) =>
      'found' in d ? `Expected a string for \`name\`, found ${d.found}; used the file name` : `No name given; using \`${d.name}\` from the file name`,
  }),
  'name-normalised': rule({
    // Words re-cased and joined with hyphens (`Code Reviewer` → `code-reviewer`) is what an id is: a note. Anything
    // else (characters dropped or changed: `__proto__` → `proto`, `-rf` → `rf`, `é` → `e`) changes the name: a warning.
    severity: { of: (d) => (d.lossy ? 'warning' : 'info'), among: ['warning', 'info'] },
    explanation: 'The name was turned into a kebab-case id: a note when only case and separators changed, a warning when characters were dropped or changed.',
    message: (d: { given: string; name: string; lossy: boolean; transliterated?: true; clash?: { id: string; with: string } }) =>
      `Name \`${d.given}\` used as id \`${d.name}\`${d.transliterated ? ', in ASCII letters (transliterated; the title keeps the name)' : ''}${d.lossy ? ' (characters dropped or changed)' : ''}${d.clash ? `; \`${d.clash.id}\` alone would also be the id of \`${d.clash.with}\`, so a hash of the name tells them apart` : ''}`,
  }),
  'name-unsafe': rule({
    severity: 'warning',
    explanation: 'The name could not be used as a file name safely.',
    message: (d: { given: string; name: string }) => `Name \`${d.given}\` is not safe as a file name; used \`${d.name}\``,
  }),
  'description-missing': rule({
    severity: 'warning',
    explanation: 'No description was given; the first sentence of the prompt was used.',
    message: (d: { sentence: string }) => `No description given; using the first sentence of the prompt: "${d.sentence}"`,
  }),
  'description-not-string': rule({
    severity: 'warning',
    explanation: 'The description is not a string.',
    message: (d: { found: string }) => `Expected a string for \`description\`, found ${d.found}; read as text`,
  }),
  'prompt-empty': rule({ severity: 'warning', explanation: 'The agent has no prompt text.', message: () => 'The agent has no prompt text' }),
  'tools-unknown': rule({
    severity: 'warning',
    explanation: 'A tool name is not in the vocabulary of its dialect; it was kept as written.',
    message: (d: { raw: string }) => `Unknown tool \`${d.raw}\`; kept as written (--tool-map reads it as a known tool)`,
  }),
  'tools-foreign': rule({
    severity: 'info',
    explanation: 'A tool name belongs to another dialect (GitHub Copilot) and was read with its table.',
    message: (d: { raw: string; ids: string[] }) => `Tool \`${d.raw}\` is a GitHub Copilot name; read as ${code(d.ids)}`,
  }),
  'tools-switches': rule({
    severity: 'info',
    explanation: 'A `tools` map turns some tools on without `"*": false`; it was read as a list of exactly those (opencode would keep the others on).',
    message: (d: { on: string }) => `\`tools\` turns some tools on without \`"*": false\`; read as exactly those (${d.on}), though opencode would also keep the tools not listed on`,
  }),
  'tools-invalid': rule({
    severity: 'warning',
    explanation: 'The tool list has an unexpected shape.',
    message: (d: { found: string }) => `Unexpected ${d.found} for \`tools\`, expected a list of names; treated as no list`,
  }),
  'model-invalid': rule({
    severity: 'warning',
    explanation: 'The model has an unexpected shape.',
    message: (d: { json: string }) => `Unexpected ${d.json} for \`model\`, expected a model name; ignored`,
  }),
  'color-invalid': rule({
    severity: 'warning',
    explanation: 'The colour is not a colour agentdef knows.',
    message: (d: { json: string }) => `Unexpected ${d.json} for \`color\`; ignored`,
  }),
  'example-malformed': rule({
    severity: 'warning',
    explanation: 'An `<example>` block could not be split into its parts.',
    message: (d: { count: number } | { trigger: true }) =>
      'count' in d ? `${d.count} example(s) have no \`user:\` or \`assistant:\` turn; kept as written` : 'Removed `<example>` tags from a trigger',
  }),
  'lang-untranslated': rule({
    severity: 'warning',
    explanation: 'A line has no twin in the selected language and was left out.',
    message: (d: { lang: 'en' | 'zh'; regrouped: number } | { lang: 'en' | 'zh'; count: number; lines: string } | { lang: 'en' | 'zh'; what: string }) => {
      const language = d.lang === 'en' ? 'English' : 'Chinese'
      if ('regrouped' in d) return `--lang ${d.lang}: also left out ${d.regrouped} line(s) that read as the twin of a line in the other language once it was left out`
      if ('lines' in d) return `--lang ${d.lang}: left out ${d.count} line(s) of the prompt with no ${language} twin (line ${d.lines})`
      return `--lang ${d.lang}: the ${d.what} has no ${language} text; kept as written`
    },
  }),
  // dialects
  'data-invalid': rule({
    severity: { of: (d) => (d.error ? 'error' : 'warning'), among: ['error', 'warning'] },
    explanation: 'A YAML, JSON or TOML data file is not valid; errors stop the file, warnings are reported.',
    /** `problem`: the YAML (or TOML) parser's own first line, as it words it. */
    message: (d: { error: boolean; problem: string } | { error: true; more: number } | { error: true; unreadable: string }) =>
      'problem' in d ? d.problem : 'more' in d ? `${d.more} more YAML errors` : `Cannot read the data: ${d.unreadable}`,
  }),
  'roo-mode-invalid': rule({
    severity: 'warning',
    explanation: 'A Roo Code mode lacks a field Roo Code requires, or a value has an unexpected shape; what could be read was kept.',
    message: (
      d:
        | { beside: string }
        | { modes: string }
        | { emptyModes: true }
        | { mode: number; found: string }
        | { slug: string; usedBy: number }
        | { label: string; missing: string[] }
        | { label: string; key: string; found: string }
        | { label: string; groups: string }
        | { label: string; group: number; found: string }
        | { label: string; twice: string },
    ) => {
      if ('beside' in d) return `Key \`${d.beside}\` beside \`customModes\` belongs to no mode; ignored`
      if ('modes' in d) return `Expected a list for \`customModes\`, found ${d.modes}; no mode read`
      if ('emptyModes' in d) return '`customModes` is empty; no mode read'
      if ('mode' in d) return `Mode ${d.mode} is ${d.found}, not a mapping; skipped`
      if ('slug' in d) return `Slug \`${d.slug}\` is already used by mode ${d.usedBy}; this mode was skipped`
      if ('missing' in d) return `${d.label} has no ${code(d.missing)}, which Roo Code requires`
      if ('key' in d) return `${d.label}: expected a string for \`${d.key}\`, found ${d.found}; read as text`
      if ('groups' in d) return `${d.label}: expected a list for \`groups\`, found ${d.groups}; read as no tools`
      if ('group' in d) return `${d.label}: group ${d.group} is ${d.found}, not a group name; ignored`
      return `${d.label}: group \`${d.twice}\` is listed twice, which Roo Code rejects; the first was kept`
    },
  }),
  'opencode-config': rule({
    // A config without agents is a note (a config of providers, themes…); the rest, text or an agent not read as opencode would, a warning.
    severity: { of: (d) => ('noAgents' in d ? 'info' : 'warning'), among: ['info', 'warning'] },
    explanation: 'An opencode config (`opencode.json`) holds no agent, an entry of its `agent` map is not an agent, or a value refers to another file or a variable, which agentdef does not read.',
    message: (d: { noAgents: true; found: string | undefined } | { agent: string; found: string; key?: 'prompt' } | { agent: string; key: string; reference: string }) => {
      if ('noAgents' in d) return d.found === undefined ? 'opencode config without an `agent` map; no agent read' : `opencode config: expected a mapping of agents for \`agent\`, found ${d.found}; no agent read`
      if ('reference' in d) return `Agent \`${d.agent}\`: \`${d.key}\` holds \`${d.reference}\`, which opencode replaces when it loads the config; agentdef reads no other file and kept it as written`
      if (d.key === 'prompt') return `Agent \`${d.agent}\`: expected a string for \`prompt\`, found ${d.found}; read as text`
      return `Agent \`${d.agent}\` is ${d.found}, not a mapping of its fields; skipped`
    },
  }),
  'langgpt-catalogue': rule({
    // A role section heading outside every block is a role's text lost: a warning.
    severity: { of: (d) => (d.lost ? 'warning' : 'info'), among: ['info', 'warning'] },
    explanation: 'The file lists LangGPT roles in code blocks; each becomes an agent, and text outside the blocks belongs to none.',
    message: (d: { names: string[]; outside?: { lines: number; first: number }; lost: boolean }) =>
      `The file lists ${d.names.length} LangGPT role(s) in code blocks; each is an agent: ${code(d.names)}` +
      (d.outside ? `; the ${d.outside.lines} line(s) of text outside the blocks (the first at line ${d.outside.first}) belong to no role and were left out` : ''),
  }),
  'description-derived': rule({
    severity: 'info',
    explanation: 'The dialect has no description field; the description was taken from the prompt.',
    message: (d: { dialect: 'langgpt'; sentence: string } | { dialect: 'fabric'; identity: boolean; sentence: string } | { dialect: 'roo'; label: string }) =>
      d.dialect === 'langgpt'
        ? `LangGPT role without \`- Description:\`; description taken from the prompt: "${d.sentence}"`
        : d.dialect === 'fabric'
          ? `fabric pattern: description taken from the ${d.identity ? 'IDENTITY section' : 'prompt'}: "${d.sentence}"`
          : `${d.label} has no \`whenToUse\` or \`description\`; using the first sentence of \`roleDefinition\`, as Roo Code does`,
  }),
}
