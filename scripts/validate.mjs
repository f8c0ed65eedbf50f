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
import { parse as parseToml } from 'smol-toml'
import Ajv2020 from 'ajv/dist/2020.js'
import AjvDraft07 from 'ajv'
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
let rooCheck
let kiroCheck
let geminiCheck
let codexCheck
let cursorSubagentCheck
let cursorRuleCheck
let responsesCheck
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
 * A JSON output, read strictly: no byte-order mark or CR, `JSON.parse`. `body` is
 * absent when it is no JSON at all; `problems` holds what was found.
 */
function readJson(text) {
  if (typeof text !== 'string') return { problems: ['output is not a string'] }
  const problems = []
  if (text.charCodeAt(0) === 0xfeff) problems.push('output starts with a byte-order mark')
  if (text.includes('\r')) problems.push('output holds a CR character')
  try {
    return { body: JSON.parse(text), problems }
  } catch (error) {
    return { problems: [...problems, `not JSON: ${error.message}`] }
  }
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
  const read = readJson(text)
  if (!('body' in read)) return read.problems
  const { body, problems } = read
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

/** Qwen Code's rules (QwenLM/qwen-code packages/core/src/subagents/validation.ts and subagent-manager.ts, 2026). */
const QWEN_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}_-]{0,48}[\p{L}\p{N}])$/u
const QWEN_RESERVED = new Set(['self', 'system', 'user', 'model', 'tool', 'config', 'default'])
const QWEN_APPROVAL_MODES = ['default', 'plan', 'auto-edit', 'yolo', 'bubble']
/** Keys whose shape Qwen Code reads otherwise than Claude Code: `mcpServers` is a map of server name → spec. */
const QWEN_OWN_SHAPE = new Set(['mcpServers'])

/**
 * Problems with a Qwen Code subagent file (Markdown with YAML frontmatter):
 * strict YAML, the Claude Code schema for the keys it knows (Qwen Code reads the
 * Claude Code field set), and Qwen Code's own stricter rules: a name of 2–50
 * letters, digits, `-`, `_` that starts and ends with a letter or digit and is not
 * reserved, a non-empty description, a system prompt (the body) of at least 10
 * characters, `approvalMode` one of its modes, `tools` a non-empty list (an empty
 * one grants every tool), `mcpServers` a map; an empty list when it is valid.
 */
export function validateQwen(text) {
  const read = readFrontmatter(text)
  if (!read.data) return read.problems
  const { data, problems, end } = read
  if (typeof data.name !== 'string') problems.push('`name` is missing or not a string')
  else if (!QWEN_NAME.test(data.name.trim())) problems.push(`\`name\` is not 2–50 letters, digits, \`-\`, \`_\` starting and ending with a letter or digit: ${JSON.stringify(data.name)}`)
  else if (QWEN_RESERVED.has(data.name.trim().toLowerCase())) problems.push(`\`name\` is reserved in Qwen Code: ${JSON.stringify(data.name)}`)
  if (typeof data.description !== 'string' || data.description.trim() === '') problems.push('`description` is missing or not a non-empty string')
  if (text.slice(end + 5).trim().length < 10) problems.push('the system prompt (body) has under 10 characters')
  if (data.approvalMode !== undefined && !QWEN_APPROVAL_MODES.includes(data.approvalMode)) problems.push(`\`approvalMode\` is not one of ${QWEN_APPROVAL_MODES.join(', ')}`)
  if (Array.isArray(data.tools) && data.tools.length === 0) problems.push('`tools` is empty, which Qwen Code reads as every tool')
  const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)
  if (data.mcpServers !== undefined && !(isMap(data.mcpServers) && Object.values(data.mcpServers).every(isMap))) problems.push('`mcpServers` is not a map of server name → spec')
  if (!claudeCheck) validateClaude('---\nname: "x"\ndescription: "x"\n---\n')
  const known = Object.fromEntries(Object.entries(data).filter(([key]) => claudeKnownKeys.has(key) && !QWEN_OWN_SHAPE.has(key)))
  if (!claudeCheck(known)) problems.push(...formatErrors(claudeCheck.errors, 'schema: frontmatter'))
  return problems
}

/**
 * Problems with a Roo Code `.roomodes` file: read as Roo Code's CustomModesManager
 * reads it (byte-order mark stripped, YAML with the `yaml` package, JSON.parse when
 * that fails), then roo-custom-modes.schema.json (transcribed from Roo's zod
 * schema), then what the schema cannot say: no slug or group twice in a mode list
 * (Roo's refinements), and no character Roo Code rewrites before parsing (curly
 * quotes, dashes, invisible spaces), which would change the text it reads.
 */
export function validateRoo(text) {
  if (typeof text !== 'string') return ['output is not a string']
  const problems = []
  if (text.includes('\r')) problems.push('output holds a CR character')
  if (/[\u00A0\u200B-\u200D\u2010-\u2015\u2212\u2018\u2019\u201C\u201D]/.test(text)) problems.push('output holds a character Roo Code rewrites before parsing')
  let data
  const doc = YAML.parseDocument(text.replace(/^\uFEFF/, ''), { prettyErrors: false })
  if (doc.errors.length > 0) {
    try {
      data = JSON.parse(text)
    } catch {
      return [...problems, ...doc.errors.map((e) => `YAML: ${e.message.split('\n')[0]}`)]
    }
  } else {
    try {
      data = doc.toJS({ maxAliasCount: 0 })
    } catch (error) {
      return [...problems, `YAML: ${error.message}`]
    }
  }
  // Roo strips the deprecated `browser` group before its schema sees the groups.
  const modes = Array.isArray(data?.customModes) ? data.customModes : []
  for (const mode of modes) {
    if (Array.isArray(mode?.groups)) mode.groups = mode.groups.filter((g) => (Array.isArray(g) ? g[0] : g) !== 'browser')
  }
  if (!rooCheck) {
    // `format: regex` (fileRegex): Roo Code compiles it with `new RegExp`.
    const ajv = getAjv()
    if (!ajv.formats.regex) ajv.addFormat('regex', { type: 'string', validate: isRegex })
    rooCheck = ajv.compile(loadSchema('roo-custom-modes.schema.json'))
  }
  if (!rooCheck(data)) problems.push(...formatErrors(rooCheck.errors, 'schema: '))
  const slugs = new Set()
  for (const [i, mode] of modes.entries()) {
    if (typeof mode?.slug === 'string') {
      if (slugs.has(mode.slug)) problems.push(`customModes/${i}: slug \`${mode.slug}\` is used twice`)
      slugs.add(mode.slug)
    }
    const groups = Array.isArray(mode?.groups) ? mode.groups.map((g) => (Array.isArray(g) ? g[0] : g)) : []
    const twice = groups.filter((g, j) => groups.indexOf(g) !== j)
    if (twice.length > 0) problems.push(`customModes/${i}: group ${twice.map((g) => `\`${g}\``).join(', ')} listed twice`)
  }
  return problems
}

function isRegex(pattern) {
  try {
    new RegExp(pattern)
    return true
  } catch {
    return false
  }
}

/**
 * amazonq-agent-v1.official.json (Q CLI schemas/agent-v1.json, draft-07,
 * 2025-10-13) with the fields Kiro CLI added since (kiro.dev/docs/cli/custom-agents/
 * configuration-reference, 2026-02), so that an agent written for Kiro is valid:
 * - `includeMcpJson` (boolean), `keyboardShortcut` (`ctrl+a`, `shift+b`, `a`…),
 *   `welcomeMessage` (string) become properties (the schema has
 *   `additionalProperties: false`);
 * - `resources` items may also be `skill://` paths or a knowledge base object
 *   (`type: "knowledgeBase"`, `source`, `name` required).
 * Everything else is the official schema as it is: hooks `preToolUse`,
 * `postToolUse` and `stop` already pass (its `hooks` has no `additionalProperties`).
 */
function kiroSchema() {
  const schema = loadSchema('amazonq-agent-v1.official.json')
  Object.assign(schema.properties, {
    includeMcpJson: { type: 'boolean' },
    keyboardShortcut: { type: 'string', pattern: '^((ctrl|shift)\\+)?[a-zA-Z0-9]$' },
    welcomeMessage: { type: 'string' },
  })
  schema.properties.resources.items = {
    anyOf: [
      { type: 'string', pattern: '^(file|skill)://' },
      { type: 'object', required: ['type', 'source', 'name'], properties: { type: { const: 'knowledgeBase' }, source: { type: 'string' }, name: { type: 'string' } } },
    ],
  }
  return schema
}

/**
 * Problems with a Kiro CLI / Amazon Q Developer CLI agent (JSON): no byte-order
 * mark or CR, JSON.parse, then the schema above (draft-07, so a draft-07 ajv;
 * its `uint64` format is Rust's, known to no JSON Schema library: not checked);
 * an empty list when it is valid.
 */
export function validateKiro(text) {
  const read = readJson(text)
  if (!('body' in read)) return read.problems
  const { body, problems } = read
  kiroCheck ??= new AjvDraft07({ strict: false, allErrors: true, formats: { uint64: true } }).compile(kiroSchema())
  if (!kiroCheck(body)) problems.push(...formatErrors(kiroCheck.errors, 'schema: '))
  return problems
}

/** Gemini CLI's built-in tool names (tool-names.ts ALL_BUILTIN_TOOL_NAMES, google-gemini/gemini-cli 5411f113, 2026-08-21). */
const GEMINI_TOOLS = new Set(['glob', 'write_todos', 'write_file', 'google_web_search', 'web_fetch', 'replace', 'run_shell_command', 'grep_search', 'read_many_files', 'read_file', 'list_directory', 'activate_skill', 'ask_user', 'tracker_create_task', 'tracker_update_task', 'tracker_get_task', 'tracker_list_tasks', 'tracker_add_dependency', 'tracker_visualize', 'get_internal_docs', 'enter_plan_mode', 'exit_plan_mode', 'update_topic', 'complete_task', 'invoke_agent', 'read_mcp_resource', 'list_mcp_resources'])

/** Gemini CLI's isValidToolName with wildcards (tool-names.ts; MCP names parsed as mcp-tool.ts parseMcpToolName does). */
function isGeminiToolName(name) {
  if (typeof name !== 'string') return false
  if (GEMINI_TOOLS.has(name) || name === 'search_file_content' || name === '*' || name === 'mcp_*' || name.startsWith('discovered_tool_')) return true
  const mcp = /^mcp_([^_]+)_(.+)$/.exec(name)
  const slug = /^[a-z0-9_.:-]+$/i
  return Boolean(mcp && slug.test(mcp[1]) && (mcp[2] === '*' || (!/^_*$/.test(mcp[2]) && slug.test(mcp[2]))))
}

/**
 * Problems with a Gemini CLI subagent file (`.gemini/agents/*.md`): strict YAML, the
 * frontmatter against gemini-cli-subagent.schema.json (transcribed from the loader's
 * strict zod schema: no unknown key, `name` a slug, `description` required), and each
 * tool name as the loader's isValidToolName reads it; an empty list when it is valid.
 */
export function validateGemini(text) {
  const read = readFrontmatter(text)
  if (!read.data) return read.problems
  const { data, problems } = read
  if (!geminiCheck) {
    // The remote-agent branch has `format: uri` (zod's `.url()`); ajv knows no formats without ajv-formats.
    if (!getAjv().formats.uri) getAjv().addFormat('uri', (value) => URL.canParse(value))
    geminiCheck = getAjv().compile(loadSchema('gemini-cli-subagent.schema.json'))
  }
  if (!geminiCheck(data)) problems.push(...formatErrors(geminiCheck.errors, 'schema: frontmatter'))
  if (Array.isArray(data.tools)) for (const name of data.tools) if (!isGeminiToolName(name)) problems.push(`tools: ${JSON.stringify(name)} is not a Gemini CLI tool name`)
  return problems
}

/**
 * Problems with a Codex custom agent file (`.codex/agents/<name>.toml`): TOML as
 * smol-toml (TOML 1.0) reads it, against codex-custom-agent.schema.json, with what
 * Codex's loader adds to it (openai/codex codex-rs/core/src/config/agent_roles.rs,
 * 2026): `name`, `description` and `developer_instructions` not blank,
 * `developer_instructions` within 32 KiB and the file within 64 KiB (UTF-8
 * bytes); an empty list when it is valid.
 */
export function validateCodex(text) {
  if (typeof text !== 'string') return ['output is not a string']
  const problems = []
  if (text.charCodeAt(0) === 0xfeff) problems.push('output starts with a byte-order mark')
  if (Buffer.byteLength(text, 'utf8') > 64 * 1024) problems.push('file is over 64 KiB')
  let data
  try {
    data = parseToml(text)
  } catch (error) {
    return [...problems, `not TOML: ${error.message.split('\n')[0]}`]
  }
  codexCheck ??= getAjv().compile(loadSchema('codex-custom-agent.schema.json'))
  if (!codexCheck(data)) problems.push(...formatErrors(codexCheck.errors, 'schema: '))
  for (const key of ['name', 'description', 'developer_instructions']) {
    if (typeof data[key] === 'string' && data[key].trim() === '') problems.push(`\`${key}\` is blank`)
  }
  if (typeof data.developer_instructions === 'string' && Buffer.byteLength(data.developer_instructions.trim(), 'utf8') > 32 * 1024) problems.push('`developer_instructions` is over 32 KiB')
  return problems
}

/**
 * Problems with a Cursor output: strict YAML, then, by its shape, either a rule
 * (`.cursor/rules/*.mdc`) against cursor-rule-mdc.schema.json (exactly
 * `description`, `globs`, `alwaysApply`, no other key) or a subagent
 * (`.cursor/agents/*.md`) against cursor-subagent.schema.json (`name` and
 * `description` required). The validator is given the text alone, so the kind is
 * told by the frontmatter: a rule holds `alwaysApply` (the target writes it in
 * every rule, and no subagent has it: a subagent given it would fail the rule
 * schema on its `name`, a rule without it the subagent schema for lack of one).
 * An empty list when it is valid.
 */
export function validateCursor(text) {
  const read = readFrontmatter(text)
  if (!read.data) return read.problems
  const { data, problems } = read
  if (Object.hasOwn(data, 'alwaysApply')) {
    cursorRuleCheck ??= getAjv().compile(loadSchema('cursor-rule-mdc.schema.json'))
    if (!cursorRuleCheck(data)) problems.push(...formatErrors(cursorRuleCheck.errors, 'schema (rule): frontmatter'))
    return problems
  }
  cursorSubagentCheck ??= getAjv().compile(loadSchema('cursor-subagent.schema.json'))
  if (!cursorSubagentCheck(data)) problems.push(...formatErrors(cursorSubagentCheck.errors, 'schema (subagent): frontmatter'))
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
  const read = readJson(text)
  if (!('body' in read)) return read.problems
  const { body, problems } = read
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
  roo: validateRoo,
  qwen: validateQwen,
  kiro: validateKiro,
  gemini: validateGemini,
  codex: validateCodex,
  cursor: validateCursor,
  'openai-responses': validateOpenAIResponses,
  'openai-agents': validateOpenAIAgents,
})

/** The validator for a target id, or undefined when the target has none (`prompt`) or is not known. */
export function validatorFor(target) {
  return Object.hasOwn(validators, target) ? (validators[target] ?? undefined) : undefined
}
