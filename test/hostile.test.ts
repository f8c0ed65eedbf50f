/**
 * Hostile inputs: what an attacker, a broken editor or a bad download can put in
 * an agent file. Each test asserts behaviour only (an error or warning, outputs
 * that stay valid and inside their folder, no pollution), never a duration:
 * the few that guard against blow-ups set a test timeout, which catches a hang.
 */
import { posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CompileOptions, CompileResult } from '../src/internal.js'
import { compileSource, diagnosticsOf, formatDiagnostic } from '../src/internal.js'
import { compile, DEFAULTS, outputProblems, resultProblems } from './helpers/arbitraries.js'

const utf8 = (text: string) => Buffer.from(text, 'utf8')

function compileText(text: string, path = 'agent.md', options: CompileOptions = DEFAULTS): CompileResult {
  return compile(path, utf8(text), options)
}

/** The result holds no bug of agentdef's own, and every output it gives is valid. */
function expectSound(result: CompileResult): void {
  expect(resultProblems(result), diagnosticsOf(result.file).map(formatDiagnostic).join('\n')).toEqual([])
}

function errorsOf(result: CompileResult) {
  return result.file.messages.filter((m) => m.fatal === true)
}

/** Claude frontmatter around `yaml`, with a short prompt. */
const claude = (yaml: string, body = 'You help.') => `---\n${yaml}\n---\n\n${body}\n`

describe('hostile: YAML aliases', () => {
  const laughs = (() => {
    const letters = 'abcdefghi'
    const lines = [`a: &a [${Array(9).fill('"lol"').join(', ')}]`]
    for (let i = 1; i < letters.length; i++) {
      lines.push(`${letters[i]}: &${letters[i]} [${Array(9).fill('*' + letters[i - 1]).join(', ')}]`)
    }
    return lines.join('\n')
  })()

  it('refuses a billion-laughs alias bomb in frontmatter with a diagnostic, without expanding it', () => {
    const text = claude(`name: bomb\ndescription: Harmless.\n${laughs}`)
    const result = compileText(text)
    expectSound(result)
    const yamlDiagnostics = result.file.messages.filter((m) => typeof m.fatal === 'boolean' && /^yaml-/.test(m.ruleId ?? ''))
    expect(yamlDiagnostics.length).toBeGreaterThan(0)
    for (const output of result.outputs) expect(output.content.length).toBeLessThan(20 * text.length)
  })

  it('refuses the bomb when a mapped field is the alias', () => {
    const text = claude(`${laughs}\nname: *i\ndescription: *i\ntools: *i`)
    const result = compileText(text)
    expectSound(result)
    expect(result.file.messages.some((m) => typeof m.fatal === 'boolean' && /^yaml-/.test(m.ruleId ?? ''))).toBe(true)
    for (const output of result.outputs) expect(output.content.length).toBeLessThan(20 * text.length)
  })

  it('does not amplify a wide alias (one big list referenced many times) into a huge output', { timeout: 15_000 }, () => {
    // Under the alias-count limit, but each alias repeats 2,000 items: ~100x the input if expanded.
    const items = Array.from({ length: 2000 }, (_, i) => `x${i}`).join(', ')
    const aliases = Array.from({ length: 99 }, (_, i) => `k${i}: *big`).join('\n')
    const text = claude(`name: wide\ndescription: Harmless.\nbig: &big [${items}]\n${aliases}`)
    const result = compileText(text)
    expect(resultProblems(result)).toEqual([])
    const total = result.outputs.reduce((sum, o) => sum + o.content.length, 0)
    expect(total).toBeLessThan(20 * text.length)
  })
})

describe('hostile: prototype pollution', () => {
  const probe = () => ({}) as Record<string, unknown>

  it('keeps `__proto__` and `constructor` keys as plain data (strict YAML path)', () => {
    const text = claude('name: proto\ndescription: Harmless.\n__proto__: {polluted: 1}\nconstructor: {prototype: {polluted2: 1}}\ntoString: 3')
    const result = compileText(text)
    expectSound(result)
    expect(probe().polluted).toBeUndefined()
    expect(probe().polluted2).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
    const extensions = result.agents[0]!.extensions
    expect(Object.getOwnPropertyDescriptor(extensions, '__proto__')?.value).toEqual({ polluted: 1 })
    expect(Object.getOwnPropertyDescriptor(extensions, 'constructor')?.value).toEqual({ prototype: { polluted2: 1 } })
    expect(Object.getPrototypeOf(extensions)).toBe(Object.prototype)
    // The keys survive into the OpenAI metadata as keys; the Claude target has no field
    // for them and says so (its frontmatter schema rejects unknown keys).
    const openai = JSON.parse(result.outputs.find((o) => o.target === 'openai-assistant')!.content)
    expect(Object.getOwnPropertyDescriptor(openai.metadata, '__proto__')?.value).toBe('{"polluted":1}')
    expect(Object.getOwnPropertyDescriptor(openai.metadata, 'constructor')?.value).toBe('{"prototype":{"polluted2":1}}')
    const dropped = result.file.messages.filter((m) => m.ruleId === 'target-dropped').map((m) => m.reason).join('\n')
    expect(dropped).toMatch(/`__proto__`/)
    expect(dropped).toMatch(/`constructor`/)
  })

  it('keeps `__proto__` plain data when the frontmatter needs recovery', () => {
    const text = claude('name: proto\ndescription: Use when: the YAML is broken\n__proto__: {polluted: 1}\nconstructor: x: y')
    const result = compileText(text)
    expectSound(result)
    expect(probe().polluted).toBeUndefined()
    const extensions = result.agents[0]!.extensions
    expect(Object.prototype.hasOwnProperty.call(extensions, '__proto__')).toBe(true)
    expect(Object.prototype.hasOwnProperty.call(extensions, 'constructor')).toBe(true)
  })

  it('reads `tools`, `model` and `color` named like Object.prototype members as plain names', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const result = compileText(claude(`name: proto\ndescription: Harmless.\ntools: ${name}, Read\nmodel: ${name}\ncolor: ${name}`))
      expectSound(result)
      expect(result.agents[0]!.tools.items.map((t) => typeof t.id)).toEqual(['string', 'string'])
    }
  })
})

describe('hostile: unreadable files are an error on that file only', () => {
  function expectOnly(result: CompileResult, rule: string) {
    const errors = errorsOf(result)
    expect(errors.map((m) => m.ruleId)).toEqual([rule])
    expect(errors[0]!.line).toBeGreaterThanOrEqual(1)
    expect(errors[0]!.column).toBeGreaterThanOrEqual(1)
    expect(result.outputs).toEqual([])
    expectSound(result)
  }

  it('binary (NUL bytes): file-binary, at the line and column of the NUL', () => {
    const result = compileSource('agent.md', Buffer.concat([utf8('---\nname: x\n---\nab'), Buffer.from([0, 1, 2, 0xff])]), DEFAULTS)
    expectOnly(result, 'file-binary')
    expect(errorsOf(result)[0]).toMatchObject({ line: 4, column: 3 })
  })

  it('a NUL far into the file is still binary', () => {
    const result = compileSource('agent.md', Buffer.concat([utf8(claude('name: x\ndescription: y', 'z'.repeat(20_000))), Buffer.from([0])]), DEFAULTS)
    expectOnly(result, 'file-binary')
  })

  it('empty: file-empty at 1:1', () => {
    const result = compileSource('agent.md', new Uint8Array(0), DEFAULTS)
    expectOnly(result, 'file-empty')
    expect(errorsOf(result)[0]).toMatchObject({ line: 1, column: 1 })
  })

  it('whitespace only (spaces, tabs, newlines, CRLF, a BOM): file-empty', () => {
    for (const text of [' ', '\n\n\n', ' \t \r\n\t\n', '\ufeff', '\ufeff  \n']) {
      expectOnly(compileSource('agent.md', utf8(text), DEFAULTS), 'file-empty')
    }
  })

  it('not UTF-8: file-encoding, at the line and column of the first bad byte', () => {
    const latin1 = Buffer.concat([utf8('---\nname: x\n---\nCaf'), Buffer.from([0xe9]), utf8(' crème\n')])
    const result = compileSource('agent.md', latin1, DEFAULTS)
    expectOnly(result, 'file-encoding')
    expect(errorsOf(result)[0]).toMatchObject({ line: 4, column: 4 })
  })

  it('not UTF-8 after a real U+FFFD: the place is still the bad byte', () => {
    const result = compileSource('agent.md', Buffer.concat([utf8('\ufffd ok\n  x'), Buffer.from([0xc0, 0x80])]), DEFAULTS)
    expectOnly(result, 'file-encoding')
    expect(errorsOf(result)[0]).toMatchObject({ line: 2, column: 4 })
  })

  it('ill-formed UTF-8 of every kind: file-encoding', () => {
    const bad = [
      [0xc0, 0xaf], // overlong
      [0xed, 0xa0, 0x80], // an encoded surrogate
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0xe2, 0x82], // truncated at the end
      [0x80], // a lone continuation byte
      [0xff, 0xfe, 0x41, 0x42], // a UTF-16LE byte-order mark
    ]
    for (const bytes of bad) {
      expectOnly(compileSource('agent.md', Buffer.concat([utf8('hello '), Buffer.from(bytes)]), DEFAULTS), 'file-encoding')
    }
  })

  it('UTF-16 with its byte-order mark: file-encoding, not binary', () => {
    const text = claude('name: x\ndescription: y')
    expectOnly(compileSource('agent.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), DEFAULTS), 'file-encoding')
    const be = Buffer.from(text, 'utf16le').swap16()
    expectOnly(compileSource('agent.md', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), DEFAULTS), 'file-encoding')
  })

  it('oversized (the maxBytes option): file-too-large', () => {
    const result = compileSource('agent.md', utf8(claude('name: x\ndescription: y', 'z'.repeat(200))), { ...DEFAULTS, maxBytes: 100 })
    expectOnly(result, 'file-too-large')
    expectSound(compileSource('agent.md', utf8(claude('name: x\ndescription: y', 'z'.repeat(200))), { ...DEFAULTS, maxBytes: 1000 }))
  })

  it('one bad file never changes the result of the next', () => {
    const good = utf8(claude('name: good\ndescription: Fine.'))
    const before = compileSource('good.md', good, DEFAULTS)
    for (const bad of [new Uint8Array([0, 0, 0]), new Uint8Array(0), Buffer.from([0xff, 0xff]), utf8('---\n&a: *a\n---\n')]) compileSource('bad.md', bad, DEFAULTS)
    const after = compileSource('good.md', good, DEFAULTS)
    expect(after.outputs).toEqual(before.outputs)
    expect(errorsOf(after)).toEqual([])
  })
})

describe('hostile: size and shape', () => {
  it('compiles a 220,000-character single line, keeping it whole in the prompt', () => {
    const line = 'word '.repeat(44_000).trimEnd()
    expect(line.length).toBeGreaterThan(219_000)
    const result = compileText(claude('name: long-line\ndescription: One very long line.', line))
    expectSound(result)
    expect(errorsOf(result)).toEqual([])
    expect(result.outputs.find((o) => o.target === 'prompt')!.content).toContain(line)
  })

  it('compiles a 220,000-character description, shortened for OpenAI with a warning', () => {
    const result = compileText(claude(`name: long-description\ndescription: ${'Word '.repeat(44_000).trimEnd()}`))
    expectSound(result)
    expect(result.file.messages.some((m) => m.ruleId === 'target-truncated')).toBe(true)
  })

  it('never splits a character when it shortens a value (no lone surrogates)', () => {
    const emoji = '😀'.repeat(600)
    for (const text of [
      claude(`name: emoji\ndescription: "${emoji}"`), // over the OpenAI description limit
      claude(`name: emoji\ndescription: d\nextra: "${emoji}"`), // over the metadata value limit
      claude(`name: emoji\ndescription: d\nmodel: "${emoji}"`), // the source model, kept in metadata
      `---\nname: emoji\n---\n\n${emoji}\n`, // description from the first sentence of the prompt
      `---\nname: emoji\ndescription: d\n---\n\n${'😀'.repeat(130_000)}\n`, // over the OpenAI instructions limit
    ]) {
      expectSound(compileText(text))
    }
  })

  it('compiles a long line of `English / 中文` pairs without a blow-up', { timeout: 5_000 }, () => {
    // 120,000 characters holding 40,000 slashes: linear work is milliseconds, quadratic is minutes.
    const line = 'a /'.repeat(40_000) + ' 中文'
    const result = compileText(claude('name: slashes\ndescription: Many slashes.', line), 'agent.md', { ...DEFAULTS, lang: 'en' })
    expectSound(result)
  })

  // The suite's timeout only catches a true blow-up (quadratic in 12,000 sections is minutes); speed is the bench's.
  it('compiles a heading-structured file with thousands of sections without a blow-up', () => {
    // Empty sections: nothing to keep, so the time is the reader's own (12,000 sections, 120 kB).
    const sections = Array.from({ length: 12_000 }, (_, i) => `## Section ${i}\n`).join('\n')
    const result = compileText(`# Many Sections\n\n## Description\nLots.\n\n## System Prompt\nYou help.\n\n${sections}`)
    expectSound(result)
  })

  it('survives deep nesting in YAML and Markdown', () => {
    for (const text of [
      claude(`name: deep\ndescription: d\ndeep: ${'['.repeat(5000)}${']'.repeat(5000)}`),
      claude(`name: deep\ndescription: d\ndeep: ${'{a: '.repeat(2000)}1${'}'.repeat(2000)}`),
      claude('name: deep\ndescription: d', '>'.repeat(5000) + ' quoted'),
      claude('name: deep\ndescription: d', Array.from({ length: 2000 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n')),
    ]) {
      const result = compileText(text)
      expect(result.file.messages.filter((m) => m.ruleId === 'internal-error').map((m) => m.reason)).toEqual([])
      expectSound(result)
    }
  })

  it('keeps template syntax and markup in the prompt byte for byte', () => {
    const body = '{{#each this}}{{/each}} {{{body}}} {{> partial}} {{!-- c --}} </script><script>alert(1)</script> ${x} `rm -rf /` \\" \' \t ✅'
    const result = compileText(claude('name: markup\ndescription: "{{description}} </script>"', body))
    expectSound(result)
    expect(result.outputs.find((o) => o.target === 'prompt')!.content).toContain(body)
    expect(result.outputs.find((o) => o.target === 'claude')!.content).toContain(body)
    expect(JSON.parse(result.outputs.find((o) => o.target === 'openai-assistant')!.content).instructions).toContain(body)
  })
})

describe('hostile: names that would leave the output folder', () => {
  const NAMES = [
    '../../etc/passwd', '/abs/path', 'CON', 'con', 'COM1', 'lpt9', 'NUL', 'aux', '..', '.', '...', 'C:\\Windows\\system32',
    '..\\..\\x', 'a/../../b', '~/.ssh/id_rsa', '%2e%2e%2f', '．．／．．／etc', '\u2025', '/', '\\\\server\\share', 'x\u0000y', 'con.txt',
  ]

  function expectInside(result: CompileResult) {
    expect(result.outputs.length).toBeGreaterThan(0)
    for (const output of result.outputs) {
      expect(outputProblems(output)).toEqual([])
      const { path } = output
      expect(path.startsWith(`${output.target}/`)).toBe(true)
      expect(path.split(/[\\/]/)).not.toContain('..')
      expect(posix.isAbsolute(path)).toBe(false)
      expect(path).not.toMatch(/[\\:\0]/)
      expect(posix.normalize(path)).toBe(path)
      expect(posix.resolve('/out', path).startsWith(`/out/${output.target}/`)).toBe(true)
      const stem = posix.basename(path).replace(/\.[^.]+$/, '')
      expect(stem).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i)
    }
  }

  it.each(NAMES)('name: %j stays inside <target>/', (name) => {
    const result = compileText(claude(`name: ${JSON.stringify(name)}\ndescription: Harmless.`))
    expect(errorsOf(result)).toEqual([])
    expectInside(result)
  })

  it.each(NAMES.filter((n) => !n.includes('\0')))('heading title %j stays inside <target>/', (name) => {
    const result = compileText(`# ${name}\n\n## Description\nHarmless.\n\n## System Prompt\nYou help.\n`)
    expectInside(result)
  })

  it.each(['../../etc/passwd.md', '/abs/path.md', 'C:\\x\\CON.md', '..md', 'dir/.md', 'a/../../../b.md'])('file %j with no name stays inside <target>/', (path) => {
    const result = compile(path, utf8('You help with things.\n'))
    expectInside(result)
  })
})
