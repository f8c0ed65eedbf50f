/** Two languages inside one line, and text in code (issue 12). */
import { describe, expect, it } from 'vitest'
import { analyseLanguages, splitBilingual } from '../src/internal.js'
import { compile } from '../src/index.js'

describe('a line holding an English sentence and its Chinese twin, with no separator', () => {
  it.each([
    ['Reviews code for bugs. 审查代码中的错误。', 'Reviews code for bugs.', '审查代码中的错误。'],
    ['审查代码中的错误。Reviews code for bugs.', 'Reviews code for bugs.', '审查代码中的错误。'],
    ['- Reviews the code. 审查代码。Finds the bugs. 查找错误。', '- Reviews the code. Finds the bugs.', '- 审查代码。查找错误。'],
    ['You are a reviewer. 你是一名审查员，负责 API 设计。', 'You are a reviewer.', '你是一名审查员，负责 API 设计。'],
  ])('%s', (line, en, zh) => {
    expect(splitBilingual(line)).toEqual({ en, zh })
  })

  it.each([
    '请运行 npm test 命令来测试。',
    '- C# .NET Core 模式和 Entity Framework 优化',
    '- Robert C. Martin（Uncle Bob）的整洁架构',
    '### A. 设置验证',
    'A1. 意识稀缺',
    'You understand that WeChat (微信) is a platform. It has a billion users.',
  ])('is not split when a part is no whole sentence of one language: %s', (line) => {
    expect(splitBilingual(line)).toBeUndefined()
  })
})

describe('text in code is in no language', () => {
  it('Han characters inside a code span or a URL do not make a line Chinese', () => {
    expect(analyseLanguages('Use `echo 你好` to test.').languages).toEqual(['en'])
    expect(analyseLanguages('See https://example.com/文档 for more.').languages).toEqual(['en'])
    expect(splitBilingual('Use `echo 你好` to test. / 用 `echo 你好` 测试。')).toEqual({ en: 'Use `echo 你好` to test.', zh: '用 `echo 你好` 测试。' })
  })
})

describe('--lang in every text field', () => {
  const source = '---\nname: reviewer\ndescription: Reviews code for bugs. 审查代码中的错误。\n---\n\nYou review the diff. 你审查差异。\n\nUse `echo 你好` to test. / 用 `echo 你好` 测试。\n'
  const prompt = (lang: 'en' | 'zh') => compile(source, { targets: ['prompt'], lang }).outputs[0]!.content
  const claude = (lang: 'en' | 'zh') => compile(source, { targets: ['claude'], lang })

  it('keeps one language of the description and the prompt, code spans whole', () => {
    expect(prompt('en')).toBe('You review the diff.\n\nUse `echo 你好` to test.\n')
    expect(prompt('zh')).toBe('你审查差异。\n\n用 `echo 你好` 测试。\n')
    const en = claude('en')
    expect(en.outputs[0]!.content).toContain('description: "Reviews code for bugs."')
    expect(en.diagnostics.filter((d) => d.rule === 'lang-untranslated')).toEqual([])
  })

  it('an agent written only in Chinese is kept as written under --lang en, with a warning, never an empty prompt', () => {
    const result = compile('---\nname: zh-only\ndescription: 审查代码。\n---\n\n你审查代码变更，并指出问题。\n', { targets: ['prompt'], lang: 'en' })
    expect(result.outputs[0]!.content).toBe('你审查代码变更，并指出问题。\n')
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.message])).toContainEqual(['lang-untranslated', 'warning', '--lang en: the prompt has no English text; kept as written'])
  })
})
