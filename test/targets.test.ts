/**
 * What holds for every target, and what targets share (tools only one host has).
 * Each target's own mapping decisions are tested beside it: src/targets/<id>/<id>.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { TARGET_IDS } from '../src/internal.js'
import { compileText, makeAgent, outputOf, problems, view } from './helpers/agent.js'
import { claudeView, openaiView } from './helpers/targets.js'
import { parseClaude, validateClaude } from './helpers/validate.js'

describe('every target', () => {
  it('gives the same output for the same agent (pure views)', () => {
    const agent = makeAgent({ color: 'teal', model: { raw: 'sonnet', family: 'anthropic', tier: 'sonnet' } })
    for (const id of TARGET_IDS) {
      expect(view(id, agent).view, id).toEqual(view(id, structuredClone(agent)).view)
    }
  })

  it('gives valid Claude output for an agent with every optional field', () => {
    const result = compileText(
      'full.md',
      '---\nname: full\ndescription: Everything set.\ntools: Read, Task, mcp__db__query\nmodel: haiku\ncolor: teal\npermissionMode: plan\n---\nYou do everything.\n',
    )
    const text = outputOf(result, 'claude')
    expect(validateClaude(text)).toEqual([])
    expect(parseClaude(text).frontmatter).toEqual({
      name: 'full',
      description: 'Everything set.',
      tools: 'Read, Agent, mcp__db__query',
      model: 'haiku',
      color: 'cyan',
      permissionMode: 'plan',
    })
    expect(problems(result)).toEqual([])
  })
})

describe('tools only one host has', () => {
  it('are left out of claude and openai-assistant with one note per host listing them', () => {
    const agent = makeAgent({
      tools: {
        mode: 'list',
        items: [
          { id: 'read', raw: 'read', known: true },
          { id: 'copilot:problems', raw: 'problems', known: true },
          { id: 'copilot:changes', raw: 'changes', known: true },
        ],
      },
    })
    const claude = claudeView(agent)
    expect(claude.view.frontmatter.tools).toBe('Read')
    const openai = openaiView(agent)
    expect(openai.view.body.tools.map((t) => (t.type === 'function' ? t.function.name : t.type))).toEqual(['read_file'])
    for (const [id, { notes }] of [['claude', claude], ['openai-assistant', openai]] as const) {
      const dropped = notes.filter((n) => n.rule === 'target-dropped')
      expect(dropped.map((n) => n.message)).toEqual([`${id}: Tools \`problems\`, \`changes\` exist only in copilot; left out`])
    }
  })
})
