/** Bilingual prompts: splitting `English / 中文` lines, finding twins, selecting one language. */
import { describe, expect, it } from 'vitest'
import { analyseLanguages, selectLanguage, splitBilingual } from '../src/internal.js'
import { compileText, outputOf, problems } from './helpers/agent.js'
import { HAN } from './helpers/paths.js'

describe('splitBilingual', () => {
  it('splits `English / 中文` into its halves', () => {
    expect(splitBilingual('Teaching style / 教学风格')).toEqual({ en: 'Teaching style', zh: '教学风格' })
  })

  it('repeats the Markdown prefix on both halves', () => {
    expect(splitBilingual('## Teaching Style / 教学风格')).toEqual({ en: '## Teaching Style', zh: '## 教学风格' })
    expect(splitBilingual('- Start from what the learner knows / 从学习者已知的内容讲起')).toEqual({
      en: '- Start from what the learner knows',
      zh: '- 从学习者已知的内容讲起',
    })
    expect(splitBilingual('2. Functions and recursion / 函数与递归')).toEqual({ en: '2. Functions and recursion', zh: '2. 函数与递归' })
    expect(splitBilingual('> Note / 注意')).toEqual({ en: '> Note', zh: '> 注意' })
    expect(splitBilingual('  * Nested item / 嵌套项')).toEqual({ en: '  * Nested item', zh: '  * 嵌套项' })
  })

  it('does not split at a `/` between two runs of the same script', () => {
    expect(splitBilingual('- Keep input/output examples short / 保持输入/输出示例简短')).toEqual({
      en: '- Keep input/output examples short',
      zh: '- 保持输入/输出示例简短',
    })
    expect(splitBilingual('3. CI/CD basics / CI/CD 基础')).toEqual({ en: '3. CI/CD basics', zh: '3. CI/CD 基础' })
    expect(splitBilingual('- Deployment scripts and CI/CD pipelines / 部署脚本和CI/CD流水线')).toEqual({
      en: '- Deployment scripts and CI/CD pipelines',
      zh: '- 部署脚本和CI/CD流水线',
    })
  })

  it('leaves lines that are not a pair alone', () => {
    expect(splitBilingual('Map input/output and CI/CD steps')).toBeUndefined()
    expect(splitBilingual('- 部署脚本和CI/CD流水线配置')).toBeUndefined()
    expect(splitBilingual('你是一位耐心的编程导师。')).toBeUndefined()
    expect(splitBilingual('Use the 中文 term when asked')).toBeUndefined()
    expect(splitBilingual('中文 / English')).toBeUndefined()
    expect(splitBilingual('')).toBeUndefined()
  })
})

describe('analyseLanguages', () => {
  it('gives one language and no per-line data for a monolingual prompt', () => {
    expect(analyseLanguages('You review code.\n\n## Steps\n- Read the diff')).toEqual({ languages: ['en'] })
    expect(analyseLanguages('你是一位代码审查员。\n\n## 步骤')).toEqual({ languages: ['zh'] })
  })

  it('marks pairs, twins, blank lines and code', () => {
    const text = [
      'You are a tutor.',
      '你是一位导师。',
      '',
      '## Style / 风格',
      '- Be brief / 简洁',
      '```',
      'print("你好") # input/output',
      '```',
      'Only English here.',
    ].join('\n')
    const { languages, lines } = analyseLanguages(text)
    expect(languages).toEqual(['en', 'zh'])
    expect(lines!.map((l) => l.text)).toEqual(text.split('\n'))
    expect(lines![0]).toMatchObject({ lang: 'en', twin: true })
    expect(lines![1]).toMatchObject({ lang: 'zh', twin: true })
    expect(lines![2]).toMatchObject({ lang: 'none' })
    expect(lines![3]).toMatchObject({ lang: 'both', en: '## Style', zh: '## 风格' })
    expect(lines![4]).toMatchObject({ lang: 'both', en: '- Be brief', zh: '- 简洁' })
    for (const i of [5, 6, 7]) expect(lines![i]!.lang, lines![i]!.text).toBe('none')
    expect(lines![8]).toMatchObject({ lang: 'en' })
    expect(lines![8]!.twin).toBeFalsy()
  })

  it('pairs twins only when they have the same shape', () => {
    const { lines } = analyseLanguages('- An item\n一段说明。\n## Heading\n## 标题')
    expect(lines![0]!.twin).toBeFalsy()
    expect(lines![1]!.twin).toBeFalsy()
    expect(lines![2]).toMatchObject({ lang: 'en', twin: true })
    expect(lines![3]).toMatchObject({ lang: 'zh', twin: true })
  })
})

describe('selectLanguage', () => {
  const text = [
    'You are a tutor.',
    '你是一位导师。',
    '',
    '## Style / 风格',
    '- Be brief / 简洁',
    '- Use input/output examples / 使用输入/输出示例',
    '',
    '```sql',
    'SELECT 1; -- 注释',
    '```',
    '',
    'English only, untranslated.',
    '',
    '只有中文，没有翻译。',
  ].join('\n')
  const { lines } = analyseLanguages(text)

  it('returns the text unchanged for `all`', () => {
    expect(selectLanguage(text, lines, 'all')).toEqual({ text, untranslated: [], regrouped: 0 })
  })

  it('picks the English side, keeps code, and reports Chinese lines with no twin', () => {
    const en = selectLanguage(text, lines, 'en')
    expect(en.text.split('\n')).toEqual([
      'You are a tutor.',
      '',
      '## Style',
      '- Be brief',
      '- Use input/output examples',
      '',
      '```sql',
      'SELECT 1; -- 注释',
      '```',
      '',
      'English only, untranslated.',
    ])
    expect(en.untranslated).toEqual([13])
  })

  it('picks the Chinese side, keeps code and English lines that have no twin', () => {
    const zh = selectLanguage(text, lines, 'zh')
    expect(zh.text.split('\n')).toEqual([
      '你是一位导师。',
      '',
      '## 风格',
      '- 简洁',
      '- 使用输入/输出示例',
      '',
      '```sql',
      'SELECT 1; -- 注释',
      '```',
      '',
      'English only, untranslated.',
      '',
      '只有中文，没有翻译。',
    ])
    expect(zh.untranslated).toEqual([])
  })

  it('returns a monolingual English prompt unchanged for either language', () => {
    const plain = 'You review code.\n\n- Read the diff'
    const analysed = analyseLanguages(plain)
    expect(selectLanguage(plain, analysed.lines, 'en').text).toBe(plain)
    expect(selectLanguage(plain, analysed.lines, 'zh').text).toBe(plain)
  })
})

describe('--lang through compileSource', () => {
  const source = [
    '---',
    'name: tutor',
    'description: Teaches programming. / 讲解编程。',
    '---',
    'You are a tutor.',
    '你是一位导师。',
    '',
    '## Topics / 主题',
    '1. CI/CD basics / CI/CD 基础',
    '',
    '只有中文的一行。',
    '',
  ].join('\n')

  it('--lang en: no Chinese in any output, and a warning naming the untranslated line', () => {
    const result = compileText('tutor.md', source, { lang: 'en' })
    for (const output of result.outputs) expect(output.content, output.path).not.toMatch(HAN)
    expect(outputOf(result, 'prompt')).toContain('1. CI/CD basics')
    const warnings = problems(result).filter((d) => d.rule === 'lang-untranslated')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message).toMatch(/\b11\b/)
  })

  it('--lang zh: the Chinese side everywhere it exists', () => {
    const result = compileText('tutor.md', source, { lang: 'zh' })
    const prompt = outputOf(result, 'prompt')
    expect(prompt).toContain('## 主题')
    expect(prompt).toContain('1. CI/CD 基础')
    expect(prompt).toContain('只有中文的一行。')
    expect(prompt).not.toContain('You are a tutor.')
    expect(JSON.parse(outputOf(result, 'openai-assistant')).description).toBe('讲解编程。')
  })
})
