/** fabric patterns, on fixtures written for the project (test/fixtures/dialects-other/fabric/). */
import { describe, expect, it } from 'vitest'
import { compileOther as compile, messagesOf as messages } from '../../../test/helpers/dialects.js'

describe('fabric patterns', () => {
  it('takes the name from the pattern folder and the description from IDENTITY', () => {
    const result = compile('fabric/patterns/rank_recipes/system.md')
    const [agent] = result.agents
    expect(agent!.source.dialect).toBe('fabric')
    expect(agent!.name).toBe('rank-recipes')
    expect(agent!.title).toBe('Rank Recipes')
    expect(agent!.description).toBe('You are a careful judge of home recipes.')
    expect(agent!.instructions.text.startsWith('# IDENTITY and PURPOSE\n')).toBe(true)
    expect(agent!.instructions.text.endsWith('INPUT:')).toBe(true)
    expect(agent!.source.promptLine).toBe(1)
    expect(agent!.tools.mode).toBe('none')
    const derived = messages(result, 'description-derived')
    expect(derived.map((m) => [m.line, m.fatal])).toEqual([[3, undefined]])
    expect(result.file.messages.filter((m) => m.fatal === false)).toEqual([])
  })

  it('recognises IDENTITY and OUTPUT sections in a file of any name', () => {
    const result = compile('fabric/loose/sort_socks.md')
    expect(result.agents.map((a) => [a.source.dialect, a.name, a.description])).toEqual([['fabric', 'sort-socks', 'You sort socks into pairs with great care.']])
  })
})
