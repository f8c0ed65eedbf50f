/**
 * Validation of compiled outputs as their strictest known reader would see them,
 * independent of the checks inside the compiler (`target.verify`). Shared by
 * `scripts/corpus.mjs`, the benchmarks and the test suite.
 *
 * Side-effect free on import: the schemas are read and compiled lazily, once,
 * on first use, and so is `typescript`. Dependencies: `yaml` (runtime dependency),
 * `ajv` and `typescript` (dev).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
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
let typescript

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
 * Problems with an OpenAI Agents SDK module (`openai-agents`, TypeScript): the
 * syntax errors TypeScript's `transpileModule` reports, then the tree its parser
 * gives: an import from `@openai/agents`, `new Agent({ … })` with a non-blank string
 * `name` (the SDK throws on a blank one), and that agent as the default export. The
 * full typecheck against the SDK's types is in the tests (typecheck.test.ts).
 */
export function validateOpenAIAgents(text) {
  if (typeof text !== 'string') return ['output is not a string']
  typescript ??= createRequire(import.meta.url)('typescript')
  const ts = typescript
  const problems = []
  if (text.charCodeAt(0) === 0xfeff) problems.push('output starts with a byte-order mark')
  if (text.includes('\r')) problems.push('output holds a CR character')
  // The parser's syntax errors: those `transpileModule({ reportDiagnostics })` reports, read from the parsed file
  // (`parseDiagnostics`) when TypeScript keeps them there, since a transpile builds a program each time (~50 ms).
  const file = ts.createSourceFile('agent.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const diagnostics = file.parseDiagnostics ?? ts.transpileModule(text, { reportDiagnostics: true, fileName: 'agent.ts', compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).diagnostics
  for (const d of diagnostics ?? []) problems.push(`TypeScript: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
  if (problems.length > 0) return problems
  const imported = file.statements.some((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === '@openai/agents')
  if (!imported) problems.push('no import from `@openai/agents`')
  const agents = new Map()
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isNewExpression(node.initializer) && ts.isIdentifier(node.initializer.expression) && node.initializer.expression.text === 'Agent') {
      agents.set(node.name.getText(file), node.initializer.arguments?.[0])
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  const fallback = file.statements.find((s) => ts.isExportAssignment(s) && !s.isExportEquals)
  const config = fallback && ts.isIdentifier(fallback.expression) ? agents.get(fallback.expression.text) : undefined
  if (!config || !ts.isObjectLiteralExpression(config)) return [...problems, 'the default export is not a `new Agent({ … })`']
  const name = config.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(file) === 'name')
  if (!name || !ts.isStringLiteral(name.initializer) || name.initializer.text.trim() === '') problems.push('the agent has no non-blank string `name`')
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
  'openai-agents': validateOpenAIAgents,
})

/** The validator for a target id, or undefined when the target has none (`prompt`) or is not known. */
export function validatorFor(target) {
  return Object.hasOwn(validators, target) ? (validators[target] ?? undefined) : undefined
}
