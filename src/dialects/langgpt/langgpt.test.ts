/** LangGPT roles (Markdown, catalogues, YAML), on fixtures written for the project (test/fixtures/dialects-other/langgpt/). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileOther as compile, messagesOf as messages, OTHER_FIXTURES as FIXTURES } from '../../../test/helpers/dialects.js'

describe('LangGPT roles', () => {
  it('reads an English role', () => {
    const result = compile('langgpt/tea_master.md')
    const [agent] = result.agents
    expect(agent!.source.dialect).toBe('langgpt')
    expect(agent!.name).toBe('tea-master')
    expect(agent!.title).toBe('Tea Master')
    expect(agent!.description).toBe('A tea master who pairs teas with moods. Patient and warm.')
    expect(agent!.source.fields).toMatchObject({ name: 1, description: 8 })
    expect(agent!.instructions.text).toBe(readFileSync(join(FIXTURES, 'langgpt/tea_master.md'), 'utf8').trimEnd())
    expect(result.file.messages.filter((m) => m.fatal === false)).toEqual([])
  })

  it('names a Chinese role after an ASCII file name and keeps the Chinese title', () => {
    const [agent] = compile('langgpt/tea_poet.md').agents
    expect(agent!.name).toBe('tea-poet')
    expect(agent!.title).toBe('茶诗人')
    expect(agent!.description).toBe('为每一杯茶写一首短诗的诗人。')
  })

  it('gives a Chinese role in a Chinese file name a readable, stable pinyin id, and a description from its first sentence', () => {
    const first = compile('langgpt/茶馆掌柜.md')
    const [agent] = first.agents
    expect(agent!.source.dialect).toBe('langgpt')
    expect(agent!.name).toBe('cha-guan-zhang-gui-ai-fen-shen')
    expect(compile('langgpt/茶馆掌柜.md').agents[0]!.name).toBe(agent!.name)
    expect(agent!.title).toBe('茶馆掌柜AI分身')
    expect(agent!.description).toBe('你是一位老茶馆的掌柜。')
    expect(messages(first, 'description-derived')[0]?.fatal).toBeUndefined()
  })

  it('reads every role of a catalogue from its code blocks, one agent each', () => {
    const result = compile('langgpt/catalogue/prompts.md')
    expect(result.agents[0]!.name).toBe('brewer')
    expect([result.agents[0]!.description, result.agents[0]!.source.promptLine]).toEqual(['Brews tea by the rules.', 8])
    expect(result.agents.length).toBeGreaterThan(1)
    expect(result.agents.map((a) => a.title)).toContain('Taster')
    const [note] = messages(result, 'langgpt-catalogue')
    expect(note?.reason).toMatch(/Taster/)
    expect(note?.fatal).toBeUndefined()
  })

  it('reads a role written as YAML', () => {
    const result = compile('langgpt/data/tea_role.yaml')
    const [agent] = result.agents
    expect([agent!.source.dialect, agent!.name, agent!.title, agent!.description]).toEqual(['langgpt', 'tea-scholar', 'Tea Scholar', 'Explains the history of tea.'])
    expect(agent!.source.fields).toMatchObject({ name: 2, description: 5 })
    expect(agent!.instructions.text.startsWith('Role:\n  name: Tea Scholar')).toBe(true)
  })
})
