/**
 * The client check's readings of what each tool printed (scripts/clients): the role
 * list Codex puts in its `spawn_agent` tool, and what opencode and Gemini CLI loaded
 * written back as files of their dialects. The check itself needs the tools
 * (`npm run clients`); these parts are plain text and run here.
 */
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
// @ts-expect-error: a script of the repository, in JavaScript
import { parseRoles } from '../scripts/clients/codex.mjs'
// @ts-expect-error: a script of the repository, in JavaScript
import { opencodeFile } from '../scripts/clients/opencode.mjs'
// @ts-expect-error: a script of the repository, in JavaScript
import { geminiFile } from '../scripts/clients/gemini.mjs'

describe('client check readings', () => {
  it("reads Codex's role list: each role's description (several lines), model and effort; a role not listed is absent", () => {
    const text = [
      'Agent type override for the new agent.',
      'Available roles:',
      'reviewer: {',
      'Reviews code.',
      'Use after a change: {it} matters.',
      "- This role's model is set to `gpt-6-astra` and its reasoning effort is set to `high`. These settings cannot be changed.",
      '}',
      'planner: {',
      'Plans tests.',
      "- This role's model is set to `gpt-6-luna` and cannot be changed.",
      '}',
      'default: {',
      'Default agent.',
      '}',
    ].join('\n')
    const roles = parseRoles(text, ['reviewer', 'planner', 'missing'])
    expect(Object.fromEntries(roles)).toEqual({
      reviewer: { description: 'Reviews code.\nUse after a change: {it} matters.', model: 'gpt-6-astra', effort: 'high' },
      planner: { description: 'Plans tests.', model: 'gpt-6-luna', effort: undefined },
    })
  })

  it('writes what opencode loaded back as an opencode file: its options as keys, its prompt as the body', () => {
    const file = opencodeFile('reviewer', { name: 'reviewer', description: 'Reviews: code', mode: 'subagent', permission: { '*': 'deny', read: 'allow' }, options: { custom: 1 }, prompt: 'You review.' })
    expect(file.path).toBe('.opencode/agent/reviewer.md')
    const [, front, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(file.content)!
    expect(YAML.parse(front!)).toEqual({ description: 'Reviews: code', mode: 'subagent', permission: { '*': 'deny', read: 'allow' }, custom: 1 })
    expect(body).toBe('You review.\n')
  })

  it("writes what Gemini CLI loaded back as a Gemini file; the loader's default model (`inherit`) is no model", () => {
    const file = geminiFile('reviewer', { name: 'reviewer', description: 'Reviews.', displayName: 'Reviewer', promptConfig: { systemPrompt: 'You review.' }, modelConfig: { model: 'inherit' }, runConfig: { maxTurns: 20 }, toolConfig: { tools: ['read_file'] } })
    const [, front, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(file.content)!
    expect(YAML.parse(front!)).toEqual({ name: 'reviewer', display_name: 'Reviewer', description: 'Reviews.', tools: ['read_file'], max_turns: 20 })
    expect(body).toBe('You review.\n')
  })
})
