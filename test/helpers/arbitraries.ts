/**
 * fast-check arbitraries for agent definition files, the mutations real files
 * suffer, and the checks every compiled output must pass. Used by
 * test/fuzz.test.ts and test/hostile.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import fc from 'fast-check'
import YAML, { isMap, isScalar, type Scalar } from 'yaml'
import type { Agent, CompileOptions, CompileResult, Output, TargetId } from '../../src/internal.js'
import { compileSource, diagnosticsOf, formatDiagnostic, outputPath, TARGET_IDS } from '../../src/internal.js'
import { ROOT, SHARED } from './paths.js'
import { validateOutput } from './validate.js'

// ---------------------------------------------------------------------------
// Text

/** Pieces that break naive YAML, JSON, Markdown, Handlebars and HTML writers. */
export const HOSTILE_FRAGMENTS = [
  '"', "'", '\\', '\\\\', ':', ': ', ' :', '#', ' #', '# ', '*', '**', '&', '&a', '*a', '!', '!!str', '!!binary', '%', '@', '`', '```',
  '|', '|-', '>', '>-', '- ', '? ', '[', ']', '{', '}', ',', '{{', '}}', '{{name}}', '{{{body}}}', '{{!-- x --}}', '{{/if}}',
  '---', '...', '--- ', '</script>', '<script>', '<!-- x -->', '<example>', '</example>', '<commentary>', '&amp;', '&#x27;',
  '\t', '\\n', '\\\\n', '\\t', '\\u0000', '\\x41', ' / ', '／', '/', '..', '../', 'C:\\', '$', '${x}', '$1', '<<', '=', '~',
  'null', 'true', 'no', 'NaN', '.inf', '0x1F', '0o17', '1e3', '-0', '12:30', '2024-01-01', 'y', 'Yes',
  'mcp__', '__proto__', 'constructor', 'prototype', 'toString',
  '😀', '👩‍💻', '🇫🇷', '中文', '你好，世界。', '日本語', 'Ελληνικά', 'العربية', 'é', 'e\u0301', 'ﬁ', 'Ⅸ', 'İ',
  '\u00a0', '\u2028', '\u2029', '\u200b', '\u200d', '\ufeff', '\u0085', '\u0007', '\u001b', '\u007f', '\ufffd', '\u{10ffff}', '\u{1d11e}',
]

const fragment = fc.constantFrom(...HOSTILE_FRAGMENTS)

/** One line of hostile text: no line breaks (LF, CR), everything else allowed. */
export const inlineText = (maxPieces = 10): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fragment },
        { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
        { weight: 4, arbitrary: fc.constantFrom('review', 'code', 'Use when', 'the user', 'asks', 'SQL', 'tests', ' ', ' ', '. ') },
      ),
      { maxLength: maxPieces },
    )
    .map((pieces) => pieces.join('').replace(/[\r\n]/g, ' '))

/** Several lines of hostile text. */
export const multilineText = (maxLines = 4): fc.Arbitrary<string> =>
  fc.array(inlineText(8), { minLength: 1, maxLength: maxLines }).map((lines) => lines.join('\n'))

/** English words, Chinese words, and one line holding both halves. */
const english = fc.constantFrom('Review the code', 'Explain each step', 'Keep answers short', 'Input/output examples', 'CI/CD basics', 'Use tests')
const chinese = fc.constantFrom('审查代码', '解释每一步', '回答要简短', '输入/输出示例', 'CI/CD 基础', '使用测试')
export const bilingualLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('', '- ', '## ', '1. ', '> ', '- [ ] '), english, fc.constantFrom(' / ', '/', ' ／ '), chinese).map((p) => p.join('')),
  fc.tuple(english, chinese).map(([en, zh]) => `${en}\n${zh}`),
  fc.tuple(chinese, english).map(([zh, en]) => `${zh}（${en}）`),
)

// ---------------------------------------------------------------------------
// Markdown bodies

const exampleBlock: fc.Arbitrary<string> = fc
  .record({
    context: fc.option(inlineText(6), { nil: undefined }),
    user: fc.option(inlineText(6), { nil: undefined }),
    assistant: fc.option(inlineText(6), { nil: undefined }),
    commentary: fc.option(inlineText(6), { nil: undefined }),
  })
  .map((ex) => {
    const lines = ['<example>']
    if (ex.context !== undefined) lines.push(`Context: ${ex.context}`)
    if (ex.user !== undefined) lines.push(`user: "${ex.user}"`)
    if (ex.assistant !== undefined) lines.push(`assistant: "${ex.assistant}"`)
    if (ex.commentary !== undefined) lines.push('<commentary>', ex.commentary, '</commentary>')
    lines.push('</example>')
    return lines.join('\n')
  })

/** One block of a Markdown prompt. */
export const bodyBlock: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: inlineText() },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), inlineText(5)).map(([d, t]) => `${'#'.repeat(d)} ${t}`) },
  { weight: 2, arbitrary: fc.array(inlineText(5), { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(inlineText(5), { minLength: 1, maxLength: 3 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', 'yaml', 'ts', 'sh'), multilineText(3)).map(([lang, code]) => '```' + lang + '\n' + code + '\n```') },
  { weight: 2, arbitrary: bilingualLine },
  { weight: 1, arbitrary: exampleBlock },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '| a | b |\n|---|---|\n| 1 | 2 |', '<div>\n\n</div>', '    indented code', '\t\ttabbed', '{{#if x}}{{/if}}', '> quote', '') },
  { weight: 1, arbitrary: fc.constantFrom('**AUTO-TRIGGERS**: README changes, CLI flags', '**USE EXPLICITLY FOR**: tutorials', '### Principles:', 'Context: a\nuser: "b"') },
)

export const markdownBody: fc.Arbitrary<string> = fc
  .tuple(fc.array(bodyBlock, { maxLength: 8 }), fc.constantFrom('\n\n', '\n'), fc.constantFrom('', '\n', '\n\n', '  \n'))
  .map(([blocks, sep, end]) => blocks.join(sep) + end)

// ---------------------------------------------------------------------------
// Frontmatter values

const TOOL_NAMES = [
  'Read', 'Write', 'Edit', 'MultiEdit', 'Bash', 'Grep', 'Glob', 'LS', 'WebFetch', 'WebSearch', 'NotebookEdit', 'TodoWrite', 'Task', 'Agent',
  'read', 'bash', 'terminal', 'web-search', 'constructor', 'hasOwnProperty', 'mcp__github__get_pull_request', 'mcp__linear', 'mcp__a_b__c_d', 'mcp__x__*', '*', 'Bash(git:*)',
]
const toolName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TOOL_NAMES) }, { weight: 1, arbitrary: inlineText(3) })

/** `tools` in every shape real files use: comma string, list, `*`, empty, a single word, a map of booleans. */
export const toolsValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.array(toolName, { maxLength: 6 }).map((t) => t.join(', ')) },
  { weight: 3, arbitrary: fc.array(toolName, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('*', '', 'Read', null) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('read', 'write', 'bash', 'edit'), fc.boolean(), { maxKeys: 3 }) },
)

const MODELS = [
  'opus', 'sonnet', 'haiku', 'inherit', 'Sonnet', 'claude-sonnet-4-5-20250929', 'anthropic/claude-opus-4', 'gpt-4o', 'openai/gpt-4.1',
  'o3-mini', 'gemini-2.5-pro', 'google/gemini-2.5-flash', 'deepseek/deepseek-r1', 'sonnet | opus', 'fable', 'constructor', '__proto__',
]
export const modelValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MODELS) },
  { weight: 1, arbitrary: inlineText(3) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...MODELS), { maxLength: 2 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)) },
)

const COLORS = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan', 'teal', 'magenta', 'Blue', '#ff0000', '#abc', 'rgb(1,2,3)', 'automatic', 'toString']
export const colorValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...COLORS) },
  { weight: 1, arbitrary: inlineText(3) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.constant(['red'])) },
)

/** A name as an author might write it, hostile or not. */
export const nameValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('code-reviewer', 'ZK Steward', 'backend_developer.v2', '数据分析师', 'CON', 'nul', '..', '../../etc/passwd', '/abs/path', 'C:\\Windows', 'a'.repeat(100), '-x', 'x:y') },
  { weight: 3, arbitrary: inlineText(5) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(true), fc.constant(null), fc.constant(['a'])) },
)

/** A description: one line, several lines, with `<example>` blocks, with literal `\n`. */
export const descriptionValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: inlineText(14) },
  { weight: 2, arbitrary: multilineText(5) },
  { weight: 2, arbitrary: fc.tuple(inlineText(8), fc.array(exampleBlock, { minLength: 1, maxLength: 3 })).map(([d, ex]) => `${d}\n\nExamples:\n${ex.join('\n')}`) },
  { weight: 1, arbitrary: fc.tuple(inlineText(6), inlineText(6)).map(([a, b]) => `${a}\\n${b}\\\\n`) },
  { weight: 1, arbitrary: fc.oneof(fc.constant(''), fc.constant(null), fc.integer(), fc.array(inlineText(3), { maxLength: 3 })) },
)

/** Keys the mapped fields do not use: plain, capitalised known keys, keys that are JS built-ins. */
const extensionKey = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'x-custom', 'review-depth', 'temperature',
      'permissionMode', 'maxTurns', 'disallowedTools', 'skills', 'memory', 'argument-hint', 'globs', 'alwaysApply', 'Name', 'Tools', 'a.b', '中文键',
    ),
  },
  { weight: 1, arbitrary: inlineText(3).filter((k) => k.trim() !== '') },
)

/** Any JSON-like value YAML can carry. */
export const extensionValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: inlineText(6) },
    { weight: 1, arbitrary: multilineText(3) },
    { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.stringMatching(/^[a-zA-Z_][\w-]{0,6}$/), tie('value'), { maxKeys: 3 }) },
  ),
})).value

export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'
const scalarStyle = fc.constantFrom<ScalarStyle>('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED')

export interface FrontmatterSpec {
  /** Entries in file order; every key different. */
  entries: { key: string; value: unknown; style: ScalarStyle; flow: boolean }[]
  /** Comment and blank lines to sprinkle between entries. */
  comments: boolean
}

/** Valid YAML for a mapping, each string written in the style asked for (the `yaml` package falls back when a style cannot hold the string). */
export function writeFrontmatter(spec: FrontmatterSpec): string {
  const lines: string[] = []
  for (const { key, value, style, flow } of spec.entries) {
    const doc = new YAML.Document({})
    const node = doc.createNode(value, { aliasDuplicateObjects: false, flow })
    setStyle(node, style)
    const map = doc.contents
    if (!isMap(map)) throw new Error('unreachable')
    map.add(doc.createPair(key, node))
    const text = doc.toString({ lineWidth: 0, minContentWidth: 0 })
    if (spec.comments && lines.length > 0 && (key.length + lines.length) % 3 === 0) lines.push('# a comment: with "quotes"', '')
    lines.push(text.replace(/\n$/, ''))
  }
  return lines.join('\n')
}

function setStyle(node: unknown, style: ScalarStyle): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string') (node as Scalar).type = style
    return
  }
  if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
    for (const item of (node as { items: unknown[] }).items) {
      if (item && typeof item === 'object' && 'value' in item && 'key' in item) setStyle((item as { value: unknown }).value, style)
      else setStyle(item, style)
    }
  }
}

const MAPPED = ['name', 'description', 'tools', 'model', 'color'] as const

/** The frontmatter of a valid Claude-style file: mapped fields (each may be absent) and extensions, in any order. */
export const frontmatterSpec: fc.Arbitrary<FrontmatterSpec> = fc
  .record({
    name: fc.option(nameValue, { freq: 5, nil: undefined }),
    description: fc.option(descriptionValue, { freq: 6, nil: undefined }),
    tools: fc.option(toolsValue, { freq: 2, nil: undefined }),
    model: fc.option(modelValue, { freq: 2, nil: undefined }),
    color: fc.option(colorValue, { freq: 2, nil: undefined }),
    extensions: fc.uniqueArray(fc.tuple(extensionKey, extensionValue), {
      maxLength: 4,
      selector: ([key]) => key,
    }),
    styles: fc.array(scalarStyle, { minLength: 10, maxLength: 10 }),
    flows: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    order: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
    comments: fc.boolean(),
  })
  .map((r) => {
    const entries: FrontmatterSpec['entries'] = []
    let i = 0
    for (const key of MAPPED) {
      if (r[key] !== undefined) entries.push({ key, value: r[key], style: r.styles[i % 10]!, flow: r.flows[i % 10]! })
      i++
    }
    const taken = new Set(entries.map((e) => e.key.toLowerCase()))
    for (const [key, value] of r.extensions) {
      // A capitalised spelling of a mapped key would be folded into it: keep keys distinct.
      if (taken.has(key.toLowerCase())) continue
      taken.add(key.toLowerCase())
      entries.push({ key, value, style: r.styles[i % 10]!, flow: r.flows[i % 10]! })
      i++
    }
    // A stable shuffle driven by `order`.
    const keyed = entries.map((e, n) => ({ e, k: r.order[n % 10]! * 16 + n }))
    keyed.sort((a, b) => a.k - b.k)
    return { entries: keyed.map((x) => x.e), comments: r.comments }
  })

// ---------------------------------------------------------------------------
// Whole files

export interface SourceFile {
  path: string
  text: string
}

const fileName = fc.constantFrom('agent.md', 'code-reviewer.md', 'agents/ZK Steward.md', '中文.md', 'x.agent.md', 'CON.md', '..md', 'prompt.txt', 'rules.mdc')

/** A Claude-style file: valid YAML frontmatter and a Markdown prompt. */
export const claudeFile: fc.Arbitrary<SourceFile> = fc
  .record({ path: fileName, fm: frontmatterSpec, body: markdownBody, blankAfterFence: fc.boolean() })
  .map(({ path, fm, body, blankAfterFence }) => ({
    path,
    text: `---\n${writeFrontmatter(fm)}\n---\n${blankAfterFence ? '\n' : ''}${body}`,
  }))

/** A heading-structured file: `# Title`, `## Description`, `## System Prompt`, `## Tools`, `## Activation Patterns`. */
export const headingFile: fc.Arbitrary<SourceFile> = fc
  .record({
    path: fileName,
    title: fc.option(inlineText(5), { nil: undefined }),
    description: fc.option(multilineText(3), { nil: undefined }),
    triggers: fc.array(fc.tuple(fc.constantFrom('AUTO-TRIGGERS', 'USE EXPLICITLY FOR', 'Keywords', 'Other'), fc.array(inlineText(3), { maxLength: 3 })), { maxLength: 2 }),
    prompt: markdownBody,
    tools: fc.option(fc.array(toolName, { maxLength: 5 }), { nil: undefined }),
    activation: fc.option(
      fc.array(
        fc.oneof(
          fc.tuple(fc.constantFrom('Files', 'Directories', 'Keywords'), fc.array(inlineText(2), { maxLength: 3 })).map(([l, v]) => `${l}: ${v.map((x) => '`' + x + '`').join(', ')}`),
          fc.tuple(inlineText(2), inlineText(4)).map(([c, d]) => `\`@${c}\` - ${d}`),
        ),
        { maxLength: 4 },
      ),
      { nil: undefined },
    ),
    extra: fc.option(fc.tuple(inlineText(3), multilineText(2)), { nil: undefined }),
    order: fc.boolean(),
  })
  .map((r) => {
    const parts: string[] = []
    if (r.title !== undefined) parts.push(`# ${r.title}`)
    const description =
      r.description === undefined
        ? undefined
        : [r.description, ...r.triggers.map(([label, values]) => `**${label}**: ${values.join(', ')}`)].join('\n')
    const sections: string[] = []
    if (description !== undefined) sections.push(`## Description\n${description}`)
    sections.push(`## System Prompt\n${r.prompt}`)
    if (r.tools !== undefined) sections.push(`## Tools\n${r.tools.map((t) => `- ${t}`).join('\n')}`)
    if (r.activation !== undefined) sections.push(`## Activation Patterns\n${r.activation.map((a) => `- ${a}`).join('\n')}`)
    if (r.extra !== undefined) sections.push(`## ${r.extra[0]}\n${r.extra[1]}`)
    if (r.order) sections.reverse()
    parts.push(...sections)
    return { path: r.path, text: parts.join('\n\n') + '\n' }
  })

/** No frontmatter, no structure: the whole file is the prompt. */
export const plainFile: fc.Arbitrary<SourceFile> = fc
  .record({ path: fileName, text: markdownBody })
  // A file of whitespace alone is `file-empty`, rightly: not a plain agent.
  .filter((f) => f.text.trim() !== '')

/** The shapes real frontmatter breaks in (../shared/formats.md, "How real frontmatter breaks"). */
export const brokenClaudeFile: fc.Arbitrary<SourceFile> = fc
  .record({
    path: fileName,
    name: inlineText(4),
    broken: fc.constantFrom(
      'description: Use this agent when: the user asks <example>Context: x user: "y" assistant: "z"</example>',
      'description: First line\nsecond line not indented\n- a dash line\nthird: with colon',
      'tools: *',
      'globs: **/*.ts',
      'argument-hint: "<file>" (more words)',
      'description: "unterminated',
      "description: 'it''s' fine' not",
      'description: a\\nb\\\\nc',
      'Description: Capitalised key',
      'model: sonnet | opus',
      'tools: {read: true, bash: false}',
      'name: dup\nname: again',
      'description: |\nnot indented block',
      'description: >\n  folded\n wrongly indented',
      'key with spaces: value',
      '  indented: key',
      '- a list item',
      '[flow, at, top]',
      'description: x\n\t tabbed: continuation',
      'a: &a [1, 2]\nb: *a\nc: *missing',
      'description: [unclosed, flow',
      'description: {unclosed: map',
      '? complex key\n: value',
      'description: value # comment with: colon',
      '%YAML 1.2',
      'description: !!binary aGVsbG8=',
      'description: !custom tag',
      'x: <<: *a',
    ),
    value: inlineText(6),
    body: markdownBody,
  })
  .map(({ path, name, broken, value, body }) => ({
    path,
    text: `---\nname: ${name}\n${broken}\nother: ${value}\n---\n${body}`,
  }))

/** Every kind of text file the generators know. */
export const agentFile: fc.Arbitrary<SourceFile> = fc.oneof(
  { weight: 5, arbitrary: claudeFile },
  { weight: 2, arbitrary: headingFile },
  { weight: 1, arbitrary: plainFile },
  { weight: 2, arbitrary: brokenClaudeFile },
)

// ---------------------------------------------------------------------------
// Real files as mutation bases

/** Bundled examples, the seeds and an even sample of the shared corpus (files of at most 8 kB), when present: real files to mutate. */
export function realFiles(limit = 200): SourceFile[] {
  const list = (dir: string, depth: number, out: string[] = []): string[] => {
    if (!existsSync(dir) || depth < 0) return out
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) list(path, depth - 1, out)
      else if (/\.(md|mdc|txt|markdown)$/i.test(entry.name)) out.push(path)
    }
    return out
  }
  const corpus = list(join(SHARED, 'corpus'), 6).filter((path) => statSync(path).size <= 8 * 1024)
  const step = Math.max(1, Math.floor(corpus.length / limit))
  const sample = corpus.filter((_, i) => i % step === 0).slice(0, limit)
  return [...list(join(ROOT, 'agents'), 0), ...list(join(SHARED, 'seeds'), 0), ...sample].map((path) => ({
    path: relative(ROOT, path),
    text: readFileSync(path, 'utf8'),
  }))
}

// ---------------------------------------------------------------------------
// Mutations

export type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'insert-bytes'; at: number; bytes: number[] }
  | { kind: 'insert-text'; at: number; text: string }
  | { kind: 'unindent-line'; at: number }
  | { kind: 'indent-line'; at: number; indent: string }
  | { kind: 'drop-closing-fence' }
  | { kind: 'lengthen-fence'; dashes: number }
  | { kind: 'indent-file'; indent: string }
  | { kind: 'crlf' }
  | { kind: 'lone-cr' }
  | { kind: 'bom' }
  | { kind: 'truncate'; at: number }
  | { kind: 'capitalise-keys' }

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  position.map((at) => ({ kind: 'delete-line' as const, at })),
  position.map((at) => ({ kind: 'duplicate-line' as const, at })),
  fc.tuple(position, position).map(([at, w]) => ({ kind: 'swap-lines' as const, at, with: w })),
  fc.tuple(position, fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 })).map(([at, bytes]) => ({ kind: 'insert-bytes' as const, at, bytes })),
  fc.tuple(position, fc.oneof(fragment, inlineText(3))).map(([at, text]) => ({ kind: 'insert-text' as const, at, text })),
  position.map((at) => ({ kind: 'unindent-line' as const, at })),
  fc.tuple(position, fc.constantFrom('  ', '\t', ' ')).map(([at, indent]) => ({ kind: 'indent-line' as const, at, indent })),
  fc.constant({ kind: 'drop-closing-fence' as const }),
  fc.integer({ min: 4, max: 60 }).map((dashes) => ({ kind: 'lengthen-fence' as const, dashes })),
  fc.constantFrom('    ', '\t', '  ').map((indent) => ({ kind: 'indent-file' as const, indent })),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'lone-cr' as const }),
  fc.constant({ kind: 'bom' as const }),
  position.map((at) => ({ kind: 'truncate' as const, at })),
  fc.constant({ kind: 'capitalise-keys' as const }),
)

/** Apply mutations in order; the result is bytes, as they may no longer be UTF-8. */
export function mutate(text: string, mutations: Mutation[]): Uint8Array {
  let bytes: Uint8Array = Buffer.from(text, 'utf8')
  const lines = () => Buffer.from(bytes).toString('latin1').split('\n')
  const fromLines = (ls: string[]) => Buffer.from(ls.join('\n'), 'latin1')
  // Lines are handled as latin1 strings so that a mutation never changes bytes it does not touch.
  for (const m of mutations) {
    const ls = lines()
    const index = (at: number) => Math.min(ls.length - 1, Math.floor(at * ls.length))
    switch (m.kind) {
      case 'delete-line':
        ls.splice(index(m.at), 1)
        bytes = fromLines(ls)
        break
      case 'duplicate-line': {
        const i = index(m.at)
        ls.splice(i, 0, ls[i]!)
        bytes = fromLines(ls)
        break
      }
      case 'swap-lines': {
        const i = index(m.at)
        const j = index(m.with)
        ;[ls[i], ls[j]] = [ls[j]!, ls[i]!]
        bytes = fromLines(ls)
        break
      }
      case 'insert-bytes': {
        const at = Math.floor(m.at * (bytes.length + 1))
        bytes = Buffer.concat([bytes.subarray(0, at), Uint8Array.from(m.bytes), bytes.subarray(at)])
        break
      }
      case 'insert-text': {
        // At a character boundary, so the file stays UTF-8 when it was.
        const chars = [...Buffer.from(bytes).toString('utf8')]
        const at = Math.floor(m.at * (chars.length + 1))
        const isUtf8 = Buffer.from(chars.join(''), 'utf8').equals(Buffer.from(bytes))
        if (isUtf8) bytes = Buffer.from(chars.slice(0, at).join('') + m.text + chars.slice(at).join(''), 'utf8')
        break
      }
      case 'unindent-line': {
        const i = index(m.at)
        ls[i] = ls[i]!.replace(/^[ \t]+/, '')
        bytes = fromLines(ls)
        break
      }
      case 'indent-line': {
        const i = index(m.at)
        ls[i] = m.indent + ls[i]!
        bytes = fromLines(ls)
        break
      }
      case 'drop-closing-fence': {
        const close = ls.findIndex((l, i) => i > 0 && /^-{3,}\s*$/.test(l))
        if (ls[0]?.trim() === '---' && close !== -1) ls.splice(close, 1)
        bytes = fromLines(ls)
        break
      }
      case 'lengthen-fence': {
        const close = ls.findIndex((l, i) => i > 0 && /^-{3,}\s*$/.test(l))
        if (close !== -1) ls[close] = '-'.repeat(m.dashes)
        bytes = fromLines(ls)
        break
      }
      case 'indent-file':
        bytes = fromLines(ls.map((l) => (l === '' ? l : m.indent + l)))
        break
      case 'crlf':
        bytes = Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1')
        break
      case 'lone-cr':
        bytes = Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\r?\n/g, '\r'), 'latin1')
        break
      case 'bom':
        bytes = Buffer.concat([Uint8Array.from([0xef, 0xbb, 0xbf]), bytes])
        break
      case 'truncate':
        bytes = bytes.subarray(0, Math.floor(m.at * bytes.length))
        break
      case 'capitalise-keys':
        bytes = fromLines(ls.map((l) => l.replace(/^([a-z])([a-z-]*:)/, (_, a: string, b: string) => a.toUpperCase() + b)))
        break
    }
  }
  return bytes
}

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 4 })

// ---------------------------------------------------------------------------
// Compiling and checking

export const TARGETS: readonly TargetId[] = TARGET_IDS

export const compileOptions: fc.Arbitrary<CompileOptions> = fc.record({
  targets: fc.constant([...TARGETS]),
  lang: fc.constantFrom('all' as const, 'en' as const, 'zh' as const),
  modelMap: fc.constantFrom<Record<string, string>>({}, { sonnet: 'gpt-4o', 'claude-sonnet-4-5-20250929': 'o3-mini' }),
})

export const DEFAULTS: CompileOptions = { targets: [...TARGETS], lang: 'all', modelMap: {} }

/** Compile, turning a throw into a failure that names the input. */
export function compile(path: string, bytes: Uint8Array, options: CompileOptions = DEFAULTS): CompileResult {
  try {
    return compileSource(path, bytes, options)
  } catch (error) {
    throw new Error(`compileSource threw on ${describeInput(path, bytes)}: ${(error as Error).stack ?? String(error)}`)
  }
}

/** Rules that mean agentdef failed, not the input: a bug whenever they appear. */
export const BUG_RULES = new Set(['internal-error', 'target-invalid'])

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Strings inside a parsed value that are not well-formed Unicode (a lone surrogate cannot be written as UTF-8). */
function illFormed(value: unknown, where = ''): string[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [`${where || 'value'} holds a lone surrogate`] : []
  if (Array.isArray(value)) return value.flatMap((v, i) => illFormed(v, `${where}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...illFormed(k, `${where}.key`), ...illFormed(v, `${where}.${k}`)])
  return []
}

/**
 * The data inside an output, for the checks the validators do not make: the
 * parsed value, what to call it in a message and, when the format names the
 * agent, that name. By target id; a target whose output is plain text has none.
 */
const DATA_OF: Partial<Record<TargetId, (content: string) => { data: unknown; where: string; name?: unknown } | undefined>> = {
  claude(content) {
    const fm = /^---\n([\s\S]*?\n)---\n/.exec(content)
    if (!fm) return undefined
    const data = YAML.parse(fm[1]!, { uniqueKeys: true }) as Record<string, unknown>
    return { data, where: 'frontmatter', name: data?.name }
  },
  roo(content) {
    try {
      return { data: YAML.parse(content) as unknown, where: '.roomodes' }
    } catch {
      return undefined // reported by its validator
    }
  },
  cursor(content) {
    const fm = /^---\n([\s\S]*?\n)---\n/.exec(content)
    if (!fm) return undefined
    const data = YAML.parse(fm[1]!, { uniqueKeys: true }) as Record<string, unknown>
    // A subagent names the agent; a rule (the one kind with `alwaysApply`) is named by its file.
    return { data, where: 'frontmatter', ...(data && !Object.hasOwn(data, 'alwaysApply') ? { name: data.name } : {}) }
  },
  'openai-assistant'(content) {
    try {
      return { data: JSON.parse(content) as unknown, where: 'json' }
    } catch {
      return undefined // reported by its validator
    }
  },
}

/**
 * Problems with one output: its target's shared validator (strict YAML + schema
 * for Claude, ajv + strict schema for OpenAI), plus the promises they do not cover:
 * the path stays inside `<target>/`, text is well-formed Unicode with LF line ends.
 */
export function outputProblems(output: Output, agent?: Agent): string[] {
  const problems: string[] = []
  // A target may choose the file by agent (Cursor: `.mdc` for a rule).
  const path = outputPath(output.target, output.agent, {}, agent)
  if (output.path !== path) problems.push(`path ${JSON.stringify(output.path)} is not ${path}`)
  if (!ID.test(output.agent)) problems.push(`agent id ${JSON.stringify(output.agent)} is not kebab-case`)
  if (output.path.split('/').some((s) => s === '..' || s === '.' || s === '') || output.path.startsWith('/') || output.path.includes('\\')) {
    problems.push(`path ${JSON.stringify(output.path)} leaves the output folder`)
  }
  if (LONE_SURROGATE.test(output.content)) problems.push('output holds a lone surrogate')
  if (output.content.includes('\r')) problems.push('output holds a CR')
  if (output.content.includes('\0')) problems.push('output holds a NUL')
  problems.push(...validateOutput(output))
  const parsed = DATA_OF[output.target as TargetId]?.(output.content)
  if (parsed) {
    if ('name' in parsed && parsed.name !== output.agent) problems.push(`${parsed.where} name ${JSON.stringify(parsed.name)} is not the output's agent ${output.agent}`)
    problems.push(...illFormed(parsed.data, parsed.where))
  }
  return problems
}

/** Everything that must hold for one compile, whatever the input. Empty when it all holds. */
export function resultProblems(result: CompileResult): string[] {
  const problems: string[] = []
  const diagnostics = diagnosticsOf(result.file)
  for (const d of diagnostics) {
    if (BUG_RULES.has(d.rule)) problems.push(`bug diagnostic: ${formatDiagnostic(d)}`)
    if (!Number.isInteger(d.line) || d.line < 1 || !Number.isInteger(d.column) || d.column < 1) problems.push(`diagnostic without a place: ${formatDiagnostic(d)}`)
  }
  for (const m of result.file.messages) {
    if (m.fatal === true && (m.line === undefined || m.line === null)) problems.push(`error without a line: ${m.ruleId}: ${m.reason}`)
  }
  const errors = diagnostics.filter((d) => d.severity === 'error')
  if (errors.length > 0 && result.outputs.length > 0) problems.push('outputs written for a file with errors')
  if (errors.length === 0 && result.outputs.length === 0) problems.push('no outputs and no error')
  for (const output of result.outputs) {
    const agent = result.agents.find((a) => a.name === output.agent)
    problems.push(...outputProblems(output, agent).map((p) => `${output.path}: ${p}`))
  }
  return problems
}

/** A short, reproducible description of an input for failure messages. */
export function describeInput(path: string, bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('utf8')
  const shown = text.length > 2000 ? text.slice(0, 2000) + '…' : text
  return `${JSON.stringify(path)} ${JSON.stringify(shown)}`
}

/** Throw with the input and the problems when there are any (fast-check reports the throw). */
export function expectNoProblems(problems: string[], path: string, bytes: Uint8Array, result?: CompileResult): void {
  if (problems.length === 0) return
  const diagnostics = result ? diagnosticsOf(result.file).map(formatDiagnostic).join('\n    ') : ''
  throw new Error(`${problems.join('\n  ')}\n  input: ${describeInput(path, bytes)}\n  diagnostics:\n    ${diagnostics}`)
}

/** The bytes of a source file. */
export const bytesOf = (file: SourceFile): Uint8Array => Buffer.from(file.text, 'utf8')
