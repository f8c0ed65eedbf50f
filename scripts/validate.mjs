/**
 * Validation of compiled outputs as their strictest known reader would see them,
 * independent of the checks inside the compiler (`target.verify`). Shared by
 * `scripts/corpus.mjs`, the benchmarks and the test suite.
 *
 * Side-effect free on import: the schemas are read and compiled lazily, once,
 * on first use. Dependencies: `yaml` (runtime dependency) and `ajv` (dev).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import Ajv2020 from 'ajv/dist/2020.js'
import { SHARED } from './shared.mjs'

/** `/work/shared/schemas/`: `../shared/schemas` relative to the repository root. */
const SCHEMAS = join(SHARED, 'schemas')

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/

let ajv
let claudeCheck
let claudeKnownKeys
let openaiCheck
let opencodeCheck
let copilotCheck
let responsesCheck

function getAjv() {
  // strict: false — the schemas carry annotations (`examples`, `default` inside
  // `oneOf` branches…) that ajv's strict mode would log about; we want it quiet.
  ajv ??= new Ajv2020({ strict: false, allErrors: true })
  return ajv
}

function loadSchema(name) {
  return JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8'))
}

/**
 * ajv's errors, made readable: the branches of `anyOf`/`oneOf` that were never meant
 * (`must be null`, the summary "must match a schema in anyOf") are left out when a
 * more specific error remains, and repeats are dropped.
 */
function formatErrors(errors, prefix) {
  const all = errors ?? []
  const specific = all.filter((e) => !(e.keyword === 'anyOf' || e.keyword === 'oneOf' || (e.keyword === 'type' && e.params.type === 'null')))
  const lines = (specific.length > 0 ? specific : all).map((e) => {
    const where = e.instancePath || '/'
    const extra = e.keyword === 'additionalProperties' ? ` (${e.params.additionalProperty})` : e.keyword === 'enum' ? ` (${JSON.stringify(e.params.allowedValues).slice(0, 80)})` : ''
    return `${prefix}${where} ${e.message}${extra}`
  })
  return [...new Set(lines)]
}

/**
 * A Markdown output with YAML frontmatter, read strictly: no byte-order mark or
 * CR, `---` fences, YAML without errors or aliases, a mapping. `data` is absent
 * when the frontmatter cannot be read at all; `problems` holds what was found.
 */
function readFrontmatter(text) {
  if (typeof text !== 'string') return { problems: ['output is not a string'] }
  const problems = []
  if (text.charCodeAt(0) === 0xfeff) problems.push('output starts with a byte-order mark')
  if (text.includes('\r')) problems.push('output holds a CR character')
  if (!text.startsWith('---\n')) return { problems: [...problems, 'output does not start with a `---` frontmatter fence'] }
  const end = text.indexOf('\n---\n', 3)
  if (end === -1) return { problems: [...problems, 'frontmatter has no closing `---` fence'] }
  const doc = YAML.parseDocument(text.slice(4, end + 1), { uniqueKeys: true, prettyErrors: false })
  if (doc.errors.length > 0) return { problems: [...problems, ...doc.errors.map((e) => `frontmatter YAML: ${e.message.split('\n')[0]}`)] }
  let data
  try {
    data = doc.toJS({ maxAliasCount: 0 })
  } catch (error) {
    return { problems: [...problems, `frontmatter YAML: ${error.message}`] }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { problems: [...problems, 'frontmatter is not a mapping'] }
  return { data, problems, end }
}

/**
 * Problems with a Claude Code subagent file (Markdown with YAML frontmatter);
 * an empty list when it is valid.
 */
export function validateClaude(text) {
  const read = readFrontmatter(text)
  if (!read.data) return read.problems
  const { data, problems } = read

  if (typeof data.name !== 'string') problems.push('`name` is missing or not a string')
  else if (!KEBAB.test(data.name)) problems.push(`\`name\` is not kebab-case: ${JSON.stringify(data.name)}`)
  if (typeof data.description !== 'string' || data.description.trim() === '') problems.push('`description` is missing or not a non-empty string')

  // The schema has `additionalProperties: false` (a lint choice: Claude Code ignores
  // unknown keys). agentdef passes unknown keys through on purpose (nothing is lost
  // silently), so only the keys the schema knows are validated against it.
  if (!claudeCheck) {
    const schema = loadSchema('claude-code-subagent-frontmatter.schema.json')
    claudeKnownKeys = new Set(Object.keys(schema.properties ?? {}))
    claudeCheck = getAjv().compile(schema)
  }
  const known = Object.fromEntries(Object.entries(data).filter(([key]) => claudeKnownKeys.has(key)))
  if (!claudeCheck(known)) problems.push(...formatErrors(claudeCheck.errors, 'schema: frontmatter'))
  return problems
}

/**
 * Problems with an OpenAI Assistants create-assistant request body (JSON),
 * against the strict variant of the schema; an empty list when it is valid.
 */
export function validateOpenAI(text) {
  if (typeof text !== 'string') return ['output is not a string']
  const problems = []
  if (text.charCodeAt(0) === 0xfeff) problems.push('output starts with a byte-order mark')
  if (text.includes('\r')) problems.push('output holds a CR character')
  let body
  try {
    body = JSON.parse(text)
  } catch (error) {
    return [...problems, `not JSON: ${error.message}`]
  }
  openaiCheck ??= getAjv().compile(loadSchema('openai-create-assistant.strict.schema.json'))
  if (!openaiCheck(body)) problems.push(...formatErrors(openaiCheck.errors, 'schema: '))
  return problems
}

/**
 * Problems with an opencode agent file (Markdown with YAML frontmatter): strict
 * YAML, a non-empty `description` (opencode's docs require it), and the whole
 * frontmatter against opencode-agent.schema.json (which allows unknown keys, as
 * opencode does); an empty list when it is valid.
 */
export function validateOpencode(text) {
  const read = readFrontmatter(text)
  if (!read.data) return read.problems
  const { data, problems } = read
  if (typeof data.description !== 'string' || data.description.trim() === '') problems.push('`description` is missing or not a non-empty string')
  opencodeCheck ??= getAjv().compile(loadSchema('opencode-agent.schema.json'))
  if (!opencodeCheck(data)) problems.push(...formatErrors(opencodeCheck.errors, 'schema: frontmatter'))
  return problems
}

/**
 * Problems with a GitHub Copilot custom agent file (`*.agent.md`): strict YAML
 * (the Copilot CLI fails on malformed frontmatter), the frontmatter against
 * copilot-custom-agent.schema.json (`description` required, no unknown keys),
 * and the body (the prompt) within GitHub.com's 30,000 characters; an empty list
 * when it is valid.
 */
export function validateCopilot(text) {
  const read = readFrontmatter(text)
  if (!read.data) return read.problems
  const { data, problems, end } = read
  copilotCheck ??= getAjv().compile(loadSchema('copilot-custom-agent.schema.json'))
  if (!copilotCheck(data)) problems.push(...formatErrors(copilotCheck.errors, 'schema: frontmatter'))
  // The body as the template writes it: a blank line after the fence, one newline at the end.
  const body = text.slice(end + 5).replace(/^\n/, '').replace(/\n$/, '')
  if (body.length > 30000) problems.push(`body has ${body.length} characters, over GitHub.com's 30,000`)
  return problems
}

/**
 * Problems with an OpenAI Responses API request template (JSON): against
 * openai-create-response.schema.json (`CreateResponse`), plus what its spec states in
 * prose only: a function name `^[a-zA-Z0-9_-]{1,64}$`, metadata ≤ 16 keys (key ≤ 64,
 * value ≤ 512 characters); and the Assistants shape (a nested `function`) is refused.
 * An empty list when it is valid.
 */
export function validateOpenAIResponses(text) {
  if (typeof text !== 'string') return ['output is not a string']
  const problems = []
  if (text.charCodeAt(0) === 0xfeff) problems.push('output starts with a byte-order mark')
  if (text.includes('\r')) problems.push('output holds a CR character')
  let body
  try {
    body = JSON.parse(text)
  } catch (error) {
    return [...problems, `not JSON: ${error.message}`]
  }
  // Its own instance: the schema names formats (`uri`, `float`) that no ajv-formats here
  // checks, and ajv would log each one it ignores; `validateFormats: false` says so.
  responsesCheck ??= new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(loadSchema('openai-create-response.schema.json'))
  if (!responsesCheck(body)) problems.push(...formatErrors(responsesCheck.errors, 'schema: '))
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return problems
  for (const [i, tool] of (Array.isArray(body.tools) ? body.tools : []).entries()) {
    if (tool?.type !== 'function') continue
    if (typeof tool.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(tool.name)) problems.push(`/tools/${i}/name is not a valid function name`)
    if ('function' in tool) problems.push(`/tools/${i} nests \`function\` (the Assistants shape)`)
  }
  const metadata = body.metadata
  if (metadata && typeof metadata === 'object') {
    const entries = Object.entries(metadata)
    if (entries.length > 16) problems.push(`/metadata has ${entries.length} keys, over 16`)
    for (const [key, value] of entries) {
      if (key.length > 64) problems.push(`/metadata key ${key.slice(0, 20)}… is over 64 characters`)
      if (typeof value === 'string' && value.length > 512) problems.push(`/metadata/${key} is over 512 characters`)
    }
  }
  return problems
}

/**
 * The independent validator of each target's output, by target id (the ids of
 * `src/targets/registry.ts`). Every target has an entry; a meta-test
 * (test/registry.test.ts) fails when one is missing. `null` says, on purpose, that
 * there is no reader stricter than the target's own check: `prompt` is plain text
 * with no format or schema of its own.
 */
export const validators = Object.freeze({
  claude: validateClaude,
  'openai-assistant': validateOpenAI,
  prompt: null,
  opencode: validateOpencode,
  copilot: validateCopilot,
  'openai-responses': validateOpenAIResponses,
})

/** The validator for a target id, or undefined when the target has none (`prompt`) or is not known. */
export function validatorFor(target) {
  return Object.hasOwn(validators, target) ? (validators[target] ?? undefined) : undefined
}
