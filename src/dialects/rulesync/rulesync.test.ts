/** rulesync's canonical subagents (`.rulesync/subagents/*.md`), on texts written here. */
import { describe, expect, it } from 'vitest'
import { compileText } from '../../../test/helpers/agent.js'

const file = (frontmatter: string, body = 'You review pull requests for missing tests.\n') => `---\n${frontmatter}\n---\n\n${body}`

describe('rulesync subagents', () => {
  it('reads name, description, the claudecode section as Claude fields, the body as the prompt', () => {
    const text = file('name: test-reviewer\ntargets: ["*"]\ndescription: Reviews pull requests for missing tests.\nclaudecode:\n  model: haiku\n  tools: Read, Grep\n  color: green\n  maxTurns: 5')
    const [agent] = compileText('.rulesync/subagents/test-reviewer.md', text, { targets: ['claude'] }).agents
    expect(agent!.source.dialect).toBe('rulesync')
    expect(agent!.name).toBe('test-reviewer')
    expect(agent!.model?.tier).toBe('haiku')
    expect(agent!.tools.items.map((t) => t.id)).toEqual(['read', 'search'])
    expect(agent!.color).toBe('green')
    // `targets: ["*"]` is rulesync's default (every tool): nothing to keep.
    expect(agent!.extensions).toEqual({ maxTurns: 5 })
    expect(agent!.instructions.text).toBe('You review pull requests for missing tests.')
  })

  it('other tools\' sections add their new keys; their own tools and models, and a narrower targets list, stay', () => {
    const text = file('name: x-agent\ndescription: Does x.\ntargets: [claudecode, opencode]\nclaudecode:\n  maxTurns: 5\nopencode:\n  temperature: 0.2\n  model: openai/gpt-5\n  maxTurns: 9\ncursor:\n  readonly: true')
    const [agent] = compileText('.rulesync/subagents/x-agent.md', text, { targets: ['claude'] }).agents
    expect(agent!.extensions).toEqual({ maxTurns: 5, temperature: 0.2, opencode: { model: 'openai/gpt-5', maxTurns: 9 }, readonly: true, targets: ['claudecode', 'opencode'] })
  })

  it('is claimed by its folder only: the same frontmatter elsewhere is a Claude file', () => {
    const text = file('name: y-agent\ndescription: Does y.\nclaudecode:\n  model: opus')
    expect(compileText('agents/y-agent.md', text, { targets: ['claude'] }).agents[0]!.source.dialect).toBe('claude')
  })
})
