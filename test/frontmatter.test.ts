/**
 * Tolerant frontmatter: one case per broken shape real files have (formats.md,
 * "How real frontmatter breaks"), each asserting the recovered value and the
 * warning's rule id and place. The texts are invented, with the same shapes.
 */
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { compileSource } from '../src/internal.js'
import { repairFences } from '../src/parse/fences.js'
import { parseFrontmatter } from '../src/parse/frontmatter.js'

interface Seen {
  rule: string | undefined
  line: number | undefined
  column: number | undefined
  fatal: boolean | null | undefined
}

/** Parse `lines` as the text between the fences of a file whose frontmatter starts at line 2. */
function parse(...lines: string[]) {
  const file = new VFile({ path: 'agent.md', value: '' })
  const parsed = parseFrontmatter(lines.join('\n'), 2, file)
  const data = parsed ? parsed.data : parsed
  const messages: Seen[] = file.messages.map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, fatal: m.fatal }))
  return { data, messages }
}

function compile(...lines: string[]) {
  const result = compileSource('agent.md', new TextEncoder().encode(lines.join('\n')))
  const messages: Seen[] = result.file.messages
    .filter((m) => /^(yaml|fence)-/.test(m.ruleId ?? ''))
    .map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, fatal: m.fatal }))
  return { result, data: result.file.data.frontmatter?.data, messages }
}

const warning = (rule: string, line: number, column: number): Seen => ({ rule, line, column, fatal: false })

describe('strict path', () => {
  it('reads valid YAML as it is, with no message', () => {
    const { data, messages } = parse(
      'name: code-helper',
      'description: "Helps with code: reviews, fixes"',
      'tools: [Read, Grep]',
      'maxTurns: 5',
      'permission:',
      '  edit: deny',
    )
    expect(messages).toEqual([])
    expect(data).toEqual({
      name: 'code-helper',
      description: 'Helps with code: reviews, fixes',
      tools: ['Read', 'Grep'],
      maxTurns: 5,
      permission: { edit: 'deny' },
    })
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
  })

  it('keeps double-escaped and mixed `\\n` in the value for normalisation to convert', () => {
    const { data, messages } = parse('description: "One\\\\nTwo\\nThree"')
    expect(messages).toEqual([])
    expect(data!.description).toBe('One\\nTwo\nThree')
  })

  it('reads a capitalised key as its canonical spelling', () => {
    const { data, messages } = parse('Name: helper', 'Description: Helps.', 'MaxTurns: 3')
    expect(data).toEqual({ name: 'helper', description: 'Helps.', maxTurns: 3 })
    expect(messages).toEqual([warning('yaml-key-case', 2, 1), warning('yaml-key-case', 3, 1), warning('yaml-key-case', 4, 1)])
  })

  it('leaves a key alone when its canonical spelling is also present', () => {
    const { data, messages } = parse('description: a', 'Description: b')
    expect(data).toEqual({ description: 'a', Description: 'b' })
    expect(messages).toEqual([])
  })
})

describe('recovery of one-line values', () => {
  it('reads an unquoted `: ` as plain text', () => {
    const { data, messages } = parse('name: helper', 'description: Use it when: the build fails')
    expect(data).toEqual({ name: 'helper', description: 'Use it when: the build fails' })
    expect(messages).toEqual([warning('yaml-unquoted-colon', 3, 25)])
  })

  it('reads an inline `<example>` dialogue on one line as plain text', () => {
    const value =
      'Reviews diffs. Examples: <example>Context: a pull request is open. user: "Look at my change" assistant: "I will use the diff-reviewer agent." </example>'
    const { data, messages } = parse('name: diff-reviewer', `description: ${value}`, 'model: haiku')
    expect(data).toEqual({ name: 'diff-reviewer', description: value, model: 'haiku' })
    expect(messages).toEqual([warning('yaml-unquoted-colon', 3, 37)])
  })

  it('keeps `tools: *` as the string "*"', () => {
    const { data, messages } = parse('name: any', 'tools: *')
    expect(data).toEqual({ name: 'any', tools: '*' })
    expect(messages).toEqual([warning('yaml-alias-value', 3, 8)])
  })

  it('keeps a glob that starts with `*`', () => {
    const { data, messages } = parse('description: TypeScript rules', 'globs: **/*.ts, **/*.tsx', 'alwaysApply: false')
    expect(data).toEqual({ description: 'TypeScript rules', globs: '**/*.ts, **/*.tsx', alwaysApply: false })
    expect(messages).toEqual([warning('yaml-alias-value', 3, 8)])
  })

  it('reads a flow list holding `*` as a list of strings', () => {
    const { data, messages } = parse('tools: [Read, *]')
    expect(data).toEqual({ tools: ['Read', '*'] })
    expect(messages).toEqual([warning('yaml-alias-value', 2, 8)])
  })

  it('keeps literal `\\n` escapes mixed with an unquoted `: `', () => {
    const { data, messages } = parse('description: First part.\\n\\nExamples: one\\\\ntwo')
    expect(data!.description).toBe('First part.\\n\\nExamples: one\\\\ntwo')
    expect(messages).toEqual([warning('yaml-unquoted-colon', 2, 37)])
  })

  it('keeps a backslash YAML does not know inside double quotes', () => {
    const { data, messages } = parse('description: "Matches \\d+ ids.\\nThen stops."')
    expect(data!.description).toBe('Matches \\d+ ids.\nThen stops.')
    expect(messages).toEqual([warning('yaml-invalid-escape', 2, 14)])
  })

  it('reads text after a closing quote as part of a plain value', () => {
    const { data, messages } = parse('argument-hint: "<file>" (optional extra words)')
    expect(data).toEqual({ 'argument-hint': '"<file>" (optional extra words)' })
    expect(messages).toEqual([warning('yaml-text-after-quote', 2, 16)])
  })

  it('reads several quoted words as one plain value', () => {
    const { data } = parse('argument-hint: "<file>" "<mode>"')
    expect(data).toEqual({ 'argument-hint': '"<file>" "<mode>"' })
  })

  it('reads unescaped inner quotes as part of the quoted text', () => {
    const double = parse('description: "Say "ship it" to deploy"')
    expect(double.data!.description).toBe('Say "ship it" to deploy')
    expect(double.messages).toEqual([warning('yaml-unescaped-quote', 2, 14)])
    const single = parse("description: 'It's quick'")
    expect(single.data!.description).toBe("It's quick")
    expect(single.messages).toEqual([warning('yaml-unescaped-quote', 2, 14)])
  })

  it('reads a quote that is never closed as plain text', () => {
    const { data, messages } = parse('name: x', 'description: "Never closed')
    expect(data).toEqual({ name: 'x', description: 'Never closed' })
    expect(messages).toEqual([warning('yaml-unclosed-quote', 3, 14)])
  })

  it('reads a value starting with a reserved character as plain text', () => {
    const { data, messages } = parse('description: @team reviews this')
    expect(data).toEqual({ description: '@team reviews this' })
    expect(messages).toEqual([warning('yaml-invalid-value', 2, 14)])
  })

  it('folds capitalised keys in recovery too', () => {
    const { data, messages } = parse('Name: helper', 'Tools: *')
    expect(data).toEqual({ name: 'helper', tools: '*' })
    expect(messages.map((m) => [m.rule, m.line])).toEqual([
      ['yaml-key-case', 2],
      ['yaml-key-case', 3],
      ['yaml-alias-value', 3],
    ])
  })
})

describe('recovery of values on several lines', () => {
  it('reads unindented continuation lines, `<example>` dialogues and all, as part of the value', () => {
    const { data, messages } = parse(
      'name: api-helper',
      'description: Builds small HTTP services.',
      '',
      'Examples:',
      '<example>',
      'Context: The user needs an endpoint.',
      'user: "Add a health check"',
      'assistant: "I will use the api-helper agent."',
      '</example>',
      'model: sonnet',
    )
    expect(data).toEqual({
      name: 'api-helper',
      description:
        'Builds small HTTP services.\n\nExamples:\n<example>\nContext: The user needs an endpoint.\nuser: "Add a health check"\nassistant: "I will use the api-helper agent."\n</example>',
      model: 'sonnet',
    })
    expect(messages).toEqual([warning('yaml-unindented-continuation', 5, 1)])
  })

  it('reads dialogue lines after an empty value as its text', () => {
    const { data, messages } = parse('description:', '', 'Examples:', '<example>', 'user: "Hi"', '</example>', 'model: haiku')
    expect(data).toEqual({ description: 'Examples:\n<example>\nuser: "Hi"\n</example>', model: 'haiku' })
    expect(messages).toEqual([warning('yaml-unindented-continuation', 4, 1)])
  })

  it('does not take a capitalised prose line for a key', () => {
    const { data, messages } = parse('description: Does one thing.', 'It has limits.', 'Note: keep it short.', 'model: haiku')
    expect(data).toEqual({ description: 'Does one thing.\nIt has limits.\nNote: keep it short.', model: 'haiku' })
    expect(messages).toEqual([warning('yaml-unindented-continuation', 3, 1)])
  })

  it('splits again when an `<example>` is never closed, so later keys survive', () => {
    const { data } = parse('description: Helps. <example>Context: opened only', 'model: sonnet', 'tools: *')
    expect(data).toEqual({ description: 'Helps. <example>Context: opened only', model: 'sonnet', tools: '*' })
  })

  it('folds an indented plain value holding `: ` as YAML would', () => {
    const { data, messages } = parse('description: First line', '  second: line', '', '  third line', 'model: opus')
    expect(data).toEqual({ description: 'First line second: line\nthird line', model: 'opus' })
    expect(messages).toEqual([warning('yaml-unquoted-colon', 3, 9)])
  })

  it('reads a quoted value continued on unindented lines', () => {
    const { data, messages } = parse('description: "First line', 'second line"', 'model: opus')
    expect(data).toEqual({ description: 'First line second line', model: 'opus' })
    expect(messages).toEqual([warning('yaml-unindented-continuation', 2, 14)])
  })

  it('quotes a bad item of a block list and keeps the list', () => {
    const { data, messages } = parse('tools:', '  - Read', '  - *', 'model: opus')
    expect(data).toEqual({ tools: ['Read', '*'], model: 'opus' })
    expect(messages).toEqual([warning('yaml-alias-value', 4, 5)])
  })

  it('keeps the first of duplicate keys', () => {
    const { data, messages } = parse('name: first', 'description: d', 'name: second')
    expect(data).toEqual({ name: 'first', description: 'd' })
    expect(messages).toEqual([warning('yaml-duplicate-key', 4, 1)])
  })

  it('ignores a line that belongs to no key', () => {
    const { data, messages } = parse('stray words', 'name: x', 'tools: *')
    expect(data).toEqual({ name: 'x', tools: '*' })
    expect(messages[0]).toEqual(warning('yaml-stray-line', 2, 1))
  })

  it('says so when each key parses but the whole does not', () => {
    const { data, messages } = parse('name: x', '...', 'description: y')
    expect(data).toEqual({ name: 'x', description: 'y' })
    expect(messages).toEqual([warning('yaml-recovered', 2, 1)])
  })

  it('is not frontmatter when no `key: value` line is left: the file is read as Markdown, with a warning', () => {
    const { data, messages } = parse('just some words', 'and more: [')
    expect(data).toBeNull()
    expect(messages).toEqual([warning('fence-not-frontmatter', 1, 1)])
  })

  it('is not frontmatter when the block is a scalar or a list (a setext heading, a list)', () => {
    expect(parse('Just a title').data).toBeNull()
    expect(parse('- one', '- two').data).toBeNull()
    expect(parse('- one', '- two').messages).toEqual([warning('fence-not-frontmatter', 1, 1)])
  })
})

describe('hostile input', () => {
  const bomb = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
    'h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
  ]

  it('refuses an alias bomb quickly', () => {
    const start = Date.now()
    const { data, messages } = parse(...bomb)
    expect(Date.now() - start).toBeLessThan(1000)
    expect(data).toBeUndefined()
    expect(messages).toEqual([{ rule: 'yaml-alias-limit', line: 2, column: 1, fatal: true }])
  })

  it('refuses an alias bomb nested in one key of a broken frontmatter', () => {
    const nested = ['tools: *', 'hooks:', ...bomb.map((l) => '  ' + l)]
    const start = Date.now()
    const { data, messages } = parse(...nested)
    expect(Date.now() - start).toBeLessThan(1000)
    expect(data).toBeUndefined()
    expect(messages.at(-1)).toEqual({ rule: 'yaml-alias-limit', line: 3, column: 1, fatal: true })
  })

  it('never expands aliases split across entries during recovery', () => {
    const start = Date.now()
    const { data } = parse('tools: *', ...bomb)
    expect(Date.now() - start).toBeLessThan(1000)
    expect(data!.tools).toBe('*')
    expect(JSON.stringify(data).length).toBeLessThan(2000)
  })

  it('stays linear on a very long broken line', () => {
    const long = 'description: ' + 'word: '.repeat(20_000) + '\nmodel: x: y'
    const start = Date.now()
    const { data } = parse(long)
    expect(Date.now() - start).toBeLessThan(5000)
    expect(data!.model).toBe('x: y')
  })

  it.each([
    ['strict', ['__proto__:', '  polluted: yes', 'constructor:', '  prototype:', '    polluted: yes', 'hooks:', '  __proto__:', '    polluted: yes']],
    ['recovery', ['__proto__:', '  polluted: yes', 'constructor: a: b', 'tools: *', 'hooks:', '  __proto__:', '    polluted: yes']],
  ])('keeps `__proto__` and `constructor` as plain own data keys (%s path)', (_path, lines) => {
    const { data } = parse(...lines)
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(Object.keys(data!)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'hooks']))
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(data!.hooks)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('fences', () => {
  it('reads a blank line after the opening fence with positions intact', () => {
    const { data, messages } = compile('---', '', 'name: spaced', 'description: Has a blank: line first', '---', 'Prompt.')
    expect(data).toEqual({ name: 'spaced', description: 'Has a blank: line first' })
    expect(messages).toEqual([warning('yaml-unquoted-colon', 4, 25)])
  })

  it('reads a closing fence of many dashes as `---`', () => {
    const { data, messages } = compile('---', 'name: long-fence', 'description: d', '-'.repeat(56), 'Prompt.')
    expect(data).toEqual({ name: 'long-fence', description: 'd' })
    expect(messages).toEqual([warning('fence-long', 4, 1)])
  })

  it('reads a file indented by four spaces dedented', () => {
    const { result, data, messages } = compile(
      '    ---',
      '    name: indented',
      '    description: d',
      '    ---',
      '    You review code.',
      '',
      '    - one',
      '      - nested',
    )
    expect(data).toEqual({ name: 'indented', description: 'd' })
    expect(messages).toEqual([warning('fence-indented', 1, 1)])
    expect(result.agents[0]!.instructions.text).toContain('- one\n  - nested')
  })

  it('reports columns of an indented file as written', () => {
    const { data, messages } = compile('    ---', '    name: indented', '    tools: *', '    ---', '    Prompt.')
    expect(data).toEqual({ name: 'indented', tools: '*' })
    expect(messages).toEqual([warning('fence-indented', 1, 1), warning('yaml-alias-value', 3, 12)])
  })

  it('ends an unclosed frontmatter at the blank line before the body', () => {
    const { result, data, messages } = compile('---', 'name: open', 'description: d', 'tools:', '- Read', '', '# Open', 'Body text.')
    expect(data).toEqual({ name: 'open', description: 'd', tools: ['Read'] })
    expect(messages).toEqual([warning('fence-unclosed', 1, 1)])
    expect(result.agents[0]!.instructions.text).toContain('Body text.')
  })

  it('ends an unclosed frontmatter right before a body line', () => {
    const text = repairFences(['---', 'name: open', 'description: d', 'You are terse.'].join('\n'), new VFile())
    expect(text).toBe(['---', 'name: open', 'description: d', '---', 'You are terse.'].join('\n'))
    const { data, messages } = compile('---', 'name: open', 'description: d', 'You are terse.')
    expect(data).toEqual({ name: 'open', description: 'd' })
    expect(messages).toEqual([warning('fence-unclosed', 1, 1)])
  })

  it('reports body lines as written when a missing closing fence had to be inserted', () => {
    const { result } = compile('---', 'name: open', 'tools: Read', 'You are terse.', '## Rules', 'Be brief.', '', '---', '', '## Tail')
    const agent = result.agents[0]!
    expect(agent.source.promptLine).toBe(4)
    expect(agent.source.fields).toEqual({ name: 2, tools: 3 })
    expect(agent.instructions.outline.map((h) => [h.title, h.line])).toEqual([
      ['Rules', 5],
      ['Tail', 10],
    ])
  })

  it('maps the columns of an indented file line by line (lines indented less lose less)', () => {
    const { data, messages } = compile('    ---', '    name: indented', '  tools: *', '    ---', '    Prompt.')
    expect(data).toEqual({ name: 'indented', tools: '*' })
    expect(messages).toEqual([warning('fence-indented', 1, 1), warning('yaml-alias-value', 3, 10)])
  })

  it('reads a file that is only an unclosed frontmatter', () => {
    const { data, messages } = compile('---', 'name: only', 'description: d')
    expect(data).toEqual({ name: 'only', description: 'd' })
    expect(messages).toEqual([warning('fence-unclosed', 1, 1)])
  })

  it('reads a long opening fence followed by keys as `---`', () => {
    const { data, messages } = compile('-----', 'name: dashes', 'description: d', '-----', 'Prompt.')
    expect(data).toEqual({ name: 'dashes', description: 'd' })
    expect(messages).toEqual([warning('fence-long', 1, 1), warning('fence-long', 4, 1)])
  })

  it('ends an unclosed frontmatter before its body, not at a thematic break further down', () => {
    const { result, data, messages } = compile(
      '---',
      'name: open',
      'description: d',
      'tools: [',
      '  Read',
      ']',
      '',
      '# Open',
      'Body: first part.',
      '',
      '---',
      '',
      'Second part.',
    )
    expect(data).toEqual({ name: 'open', description: 'd', tools: ['Read'] })
    expect(messages).toEqual([warning('fence-unclosed', 1, 1)])
    expect(result.agents[0]!.instructions.text).toContain('Second part.')
  })

  it('keeps a closed frontmatter whose last value continues with `<example>` lines', () => {
    const { data, messages } = compile(
      '---',
      'name: last',
      'description: Helps.',
      '',
      'Examples:',
      '<example>',
      'user: "Go"',
      '</example>',
      '---',
      '# Body',
    )
    expect(data).toEqual({ name: 'last', description: 'Helps.\n\nExamples:\n<example>\nuser: "Go"\n</example>' })
    expect(messages).toEqual([warning('yaml-unindented-continuation', 5, 1)])
  })

  it('keeps a closed frontmatter that ends with a comment', () => {
    const { data, messages } = compile('---', 'name: noted', 'description: d', '# version: 2', '---', '', 'Body.')
    expect(data).toEqual({ name: 'noted', description: 'd' })
    // The comment is not data: a note says it is not carried over.
    expect(messages).toEqual([{ rule: 'yaml-comment', line: 4, column: 1, fatal: undefined }])
  })

  it('leaves a leading thematic break that opens no frontmatter alone', () => {
    const file = new VFile()
    const text = ['---', '# Title', '', 'Body.'].join('\n')
    expect(repairFences(text, file)).toBe(text)
    expect(file.messages).toEqual([])
  })
})
