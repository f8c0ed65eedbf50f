/** The plain reader: a `# Title` opening the text is the name a person gave the agent (issue 12). */
import { describe, expect, it } from 'vitest'
import { compileSource } from '../../internal.js'

const compile = (path: string, text: string) => compileSource(path, Buffer.from(text), { targets: ['claude'], lang: 'all', modelMap: {} })
const rules = (result: ReturnType<typeof compile>) => result.file.messages.map((m) => m.ruleId)

describe('plain', () => {
  it('takes the name from a `# Title` that opens the file, without a warning that it has none', () => {
    const result = compile('notes-2024.md', '# Code Reviewer\n\nYou review code carefully.\n')
    expect(result.agents.map((a) => [a.name, a.title])).toEqual([['code-reviewer', 'Code Reviewer']])
    expect(rules(result)).not.toContain('name-missing')
  })

  it('keeps the file name when the text opens with anything else, and says so', () => {
    const result = compile('notes-2024.md', 'Some text.\n\n# Code Reviewer\n\nYou review code.\n')
    expect(result.agents[0]!.name).toBe('notes-2024')
    expect(rules(result)).toContain('name-missing')
  })
})

describe('code-valued triggers', () => {
  it('are set apart in code spans, a longer fence when the value holds a backtick', async () => {
    const { triggerLines } = await import('../../targets/shared/triggers.js')
    expect(triggerLines([{ kind: 'file', value: '**/*' }, { kind: 'command', value: 'run `x`' }, { kind: 'keyword', value: 'sql' }])).toEqual(['Keywords: sql.', 'Files: `**/*`.', 'Commands: `` run `x` ``.'])
  })
})

describe('renames of a name (issue 12: every rename is said)', () => {
  const severityOf = (name: string) => {
    const result = compile('x.md', `---\nname: "${name}"\ndescription: Does it.\n---\n\nYou do it well.\n`)
    const m = result.file.messages.find((message) => message.ruleId === 'name-normalised')
    return m ? (m.fatal === false ? 'warning' : 'info') : 'none'
  }
  it('is a warning when characters are dropped or changed, a note when only case and separators change or letters are transliterated', () => {
    expect(['__proto__', '-rf', 'a.b', 'é.bot'].map(severityOf)).toEqual(['warning', 'warning', 'warning', 'warning'])
    expect(['é bot', 'Straße Bot', '代码审查员'].map(severityOf)).toEqual(['info', 'info', 'info'])
    expect(['Code Reviewer', 'code_reviewer', 'CodeReviewer', 'code-reviewer'].map(severityOf)).toEqual(['info', 'info', 'info', 'none'])
  })
})
