/** The `prompt` target: the instructions alone. */
import { describe, expect, it } from 'vitest'
import { targets } from '../../internal.js'
import { compileText, makeAgent, outputOf, view } from '../../../test/helpers/agent.js'
import { rules, type PromptView } from '../../../test/helpers/targets.js'

describe('prompt', () => {
  it('holds the instructions only, and says so once as a note', () => {
    const agent = makeAgent({ model: { raw: 'opus', family: 'anthropic', tier: 'opus' }, color: 'red' })
    const { view: v, notes } = view<PromptView>('prompt', agent)
    expect(v).toEqual({ text: agent.instructions.text })
    expect(rules(notes)).toEqual(['info:target-dropped'])
  })

  it('writes the prompt with one final newline', () => {
    const result = compileText('p.md', '---\nname: p\ndescription: A prompt.\n---\n\nLine one.\n\nLine two.\n\n\n')
    expect(outputOf(result, 'prompt')).toBe('Line one.\n\nLine two.\n')
  })

  it('checks its own output', () => {
    expect(targets.prompt.verify('a\r\nb')).not.toEqual([])
    expect(targets.prompt.verify('a\nb\n')).toEqual([])
  })
})
