/**
 * The catalogue of diagnostics: every message agentdef reports has a rule id
 * listed here, with the one-line explanation `agentdef lint --rules` and the
 * README show. Reporting goes through `report()` so an unknown id is a type error.
 */
import type { VFile } from 'vfile'
import type { Place } from './place.js'
import { toSource } from './source-map.js'

export const rules = {
  // read
  'file-empty': 'The file is empty.',
  'file-binary': 'The file holds binary data, not text.',
  'file-encoding': 'The file is not valid UTF-8.',
  'file-too-large': 'The file is larger than the size limit (`--max-size`).',
  'file-read': 'The file could not be read.',
  'source-bom': 'A byte-order mark was removed.',
  'source-crlf': 'CRLF line endings were normalised to LF.',
  // frontmatter fences
  'fence-long': 'A frontmatter fence longer than `---` was read as `---`.',
  'fence-indented': 'The whole file is indented; it was read dedented.',
  'fence-not-frontmatter': 'The file starts with `---`, but what follows is not frontmatter; the file was read as Markdown.',
  'fence-unclosed': 'The frontmatter has no closing `---`.',
  // YAML recovery
  'yaml-invalid': 'The frontmatter is not valid YAML and could not be recovered.',
  'yaml-not-mapping': 'The frontmatter is not a mapping of keys to values.',
  'yaml-unquoted-colon': 'A value holds an unquoted `: `; it was read as plain text.',
  'yaml-unindented-continuation': 'A value continues on lines that are not indented; they were read as part of it.',
  'yaml-alias-value': 'A value starts with `*` (a YAML alias); it was read as plain text.',
  'yaml-text-after-quote': 'Text follows a closing quote; the whole value was read as plain text.',
  'yaml-invalid-value': 'A value is not valid YAML; it was read as plain text.',
  'yaml-duplicate-key': 'A key appears twice; the first value was kept.',
  'yaml-key-case': 'A known key is not lower-case; it was read as its lower-case form.',
  'yaml-stray-line': 'A frontmatter line belongs to no key; it was ignored.',
  'yaml-escaped-newline': 'A literal `\\n` in a value was read as a newline.',
  'yaml-alias-limit': 'The frontmatter expands YAML aliases beyond the limit (an alias bomb); it was refused.',
  'yaml-invalid-escape': 'A double-quoted value holds an escape YAML does not know; the backslash was kept as written.',
  'yaml-unescaped-quote': 'A quoted value holds its own quote character unescaped; it was read as part of the text.',
  'yaml-unclosed-quote': 'A value opens a quote it never closes; it was read as plain text.',
  'yaml-comment': 'Comments in the frontmatter are not data; they are not carried into any output.',
  'yaml-recovered': 'The frontmatter is not valid YAML as a whole, though each key is; it was read key by key.',
  // recognise
  'name-missing': 'No name was given; it was taken from the file name.',
  'name-normalised': 'The name was turned into a kebab-case id.',
  'name-unsafe': 'The name could not be used as a file name safely.',
  'description-missing': 'No description was given; the first sentence of the prompt was used.',
  'description-not-string': 'The description is not a string.',
  'prompt-empty': 'The agent has no prompt text.',
  'tools-unknown': 'A tool name is not in the vocabulary of its dialect; it was kept as written.',
  'tools-foreign': 'A tool name belongs to another dialect (GitHub Copilot) and was read with its table.',
  'tools-switches': 'A `tools` map turns some tools on without `"*": false`; it was read as a list of exactly those (opencode would keep the others on).',
  'tools-invalid': 'The tool list has an unexpected shape.',
  'model-invalid': 'The model has an unexpected shape.',
  'color-invalid': 'The colour is not a colour agentdef knows.',
  'example-malformed': 'An `<example>` block could not be split into its parts.',
  'lang-untranslated': 'A line has no twin in the selected language and was left out.',
  // dialects
  'data-invalid': 'A YAML or JSON data file is not valid; errors stop the file, warnings are reported.',
  'roo-mode-invalid': 'A Roo Code mode lacks a field Roo Code requires, or a value has an unexpected shape; what could be read was kept.',
  'langgpt-catalogue': 'The file lists LangGPT roles in code blocks; each becomes an agent, and text outside the blocks belongs to none.',
  'description-derived': 'The dialect has no description field; the description was taken from the prompt.',
  // targets
  'target-dropped': 'The target cannot hold this; it was left out.',
  'target-translated': 'A value was translated for the target.',
  'target-truncated': 'A value was too long for the target and was shortened.',
  'target-defaulted': 'The target requires a value the source does not give; a default was used.',
  'target-invalid': 'The output failed its own validation and was not written.',
  // build
  'name-collision': 'Several files define an agent with the same name.',
  'name-duplicate': 'Several files define the same agent with identical content; it was written once.',
  'output-write': 'An output file could not be written.',
  'output-stale': 'An output file has no source any more.',
  'output-drift': 'An output file is not up to date (`--check`).',
  'input-skipped': 'A file was skipped (not an agent definition).',
  'input-missing': 'An input path does not exist.',
  'internal-error': 'agentdef failed on this file; this is a bug, please report it.',
} as const

export type RuleId = keyof typeof rules

export type Severity = 'error' | 'warning' | 'info'

export type { Place } from './place.js'

/** Report a diagnostic on a file. Errors mark the file as failed; nothing throws. */
export function report(
  file: VFile,
  severity: Severity,
  ruleId: RuleId,
  reason: string,
  place?: Place,
): void {
  // While a repaired text is read, its places are translated back to the author's file.
  const at = place && file.data.sourceMap ? toSource(file.data.sourceMap, place) : place
  const message = file.message(reason, {
    place: at ? { line: at.line, column: at.column } : undefined,
    ruleId,
    source: 'agentdef',
  })
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true)
}

export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}
