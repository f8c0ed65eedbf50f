/** `<example>` blocks inside a description become data: context, user, assistant, commentary. */
import { describe, expect, it } from 'vitest'
import { extractExamples } from '../src/normalise/examples.js'
import { compileText, outputOf, problems } from './helpers/agent.js'
import { parseClaude } from './helpers/validate.js'

describe('extractExamples', () => {
  it('lifts multi-line blocks and leaves the description without them', () => {
    const description = [
      'Reviews pull requests for style and correctness.',
      '',
      'Examples:',
      '<example>',
      'Context: The user has opened a pull request.',
      'user: "Can you look at PR 42?"',
      'assistant: "I\'ll use the pr-reviewer agent to read the diff."',
      '<commentary>',
      'A request to look at a PR is a review.',
      '</commentary>',
      '</example>',
      '<example>',
      'Context: A branch is ready.',
      'user: "Is this ready to merge?"',
      'assistant: "Let me review it first."',
      '</example>',
    ].join('\n')
    const { description: rest, examples, malformed } = extractExamples(description)
    expect(rest).toBe('Reviews pull requests for style and correctness.')
    expect(malformed).toBe(0)
    expect(examples).toHaveLength(2)
    expect(examples[0]).toEqual({
      context: 'The user has opened a pull request.',
      user: 'Can you look at PR 42?',
      assistant: "I'll use the pr-reviewer agent to read the diff.",
      commentary: 'A request to look at a PR is a review.',
      raw: description.slice(description.indexOf('<example>'), description.indexOf('</example>') + '</example>'.length),
    })
    expect(examples[1]).toMatchObject({ context: 'A branch is ready.', user: 'Is this ready to merge?', assistant: 'Let me review it first.' })
    expect(examples[1]!.commentary).toBeUndefined()
  })

  it('lifts one-line blocks with inline Context, user, assistant and commentary', () => {
    const description =
      'Use this agent to write SQL migrations. Examples: <example>Context: The user adds a column. user: "Add an email column to users" assistant: "I\'ll use the migration-writer agent to write the migration." <commentary>Schema changes need a migration.</commentary></example> <example>Context: A table is renamed. user: "Rename orders to purchases" assistant: "Let me write a reversible migration." <commentary>Renames must be reversible.</commentary></example>'
    const { description: rest, examples, malformed } = extractExamples(description)
    expect(rest).toBe('Use this agent to write SQL migrations.')
    expect(malformed).toBe(0)
    expect(examples).toHaveLength(2)
    expect(examples[0]).toMatchObject({
      context: 'The user adds a column.',
      user: 'Add an email column to users',
      assistant: "I'll use the migration-writer agent to write the migration.",
      commentary: 'Schema changes need a migration.',
    })
    expect(examples[1]).toMatchObject({
      context: 'A table is renamed.',
      user: 'Rename orders to purchases',
      assistant: 'Let me write a reversible migration.',
      commentary: 'Renames must be reversible.',
    })
    expect(examples[0]!.raw).toMatch(/^<example>Context: The user adds a column\..*<\/example>$/)
  })

  it('keeps a colon inside a quoted turn as text', () => {
    const { examples } = extractExamples('Helps debug. <example>user: "The build says: missing module" assistant: "I\'ll check the import paths."</example>')
    expect(examples[0]).toMatchObject({ user: 'The build says: missing module', assistant: "I'll check the import paths." })
  })

  it('does not take a role word inside a quoted turn for a marker', () => {
    const { examples } = extractExamples('<example>user: "Here is some context: the build fails" assistant: "I will look."</example>')
    expect(examples[0]).toEqual({
      user: 'Here is some context: the build fails',
      assistant: 'I will look.',
      raw: '<example>user: "Here is some context: the build fails" assistant: "I will look."</example>',
    })
  })

  it('reads capitalised role markers and curly quotes', () => {
    const { examples } = extractExamples('<example>\nUser: “Deploy it”\nAssistant: “Deploying now.”\n</example>')
    expect(examples[0]).toMatchObject({ user: 'Deploy it', assistant: 'Deploying now.' })
  })

  it('joins several turns of the same speaker', () => {
    const { examples } = extractExamples('<example>\nuser: "First question"\nassistant: "First answer"\nuser: "Follow-up"\nassistant: "Second answer"\n</example>')
    expect(examples[0]!.user).toBe('First question\n\nFollow-up')
    expect(examples[0]!.assistant).toBe('First answer\n\nSecond answer')
  })

  it('counts a block with no user or assistant turn as malformed, and keeps it raw', () => {
    const { examples, malformed, description } = extractExamples('Summarises logs. <example>Just paste the logs.</example>')
    expect(description).toBe('Summarises logs.')
    expect(malformed).toBe(1)
    expect(examples).toEqual([{ raw: '<example>Just paste the logs.</example>' }])
  })

  it('leaves a description without examples exactly as it is', () => {
    const description = 'Writes docs.\n\nExamples: READMEs and guides.'
    expect(extractExamples(description)).toEqual({ description, examples: [], malformed: 0 })
  })
})

describe('examples through compileSource', () => {
  const source = [
    '---',
    'name: migration-writer',
    'description: Use this agent to write SQL migrations. Examples: <example>Context: The user adds a column. user: "Add an email column to users" assistant: "I\'ll use the migration-writer agent." <commentary>Schema changes need a migration.</commentary></example>',
    'tools: Read, Write',
    '---',
    'You write database migrations.',
    '',
  ].join('\n')
  const result = compileText('migration-writer.md', source)

  it('reads the one-line frontmatter value despite its unquoted colons, with a warning', () => {
    const agent = result.agents[0]!
    expect(agent.description).toBe('Use this agent to write SQL migrations.')
    expect(agent.examples).toHaveLength(1)
    expect(agent.examples[0]).toMatchObject({ context: 'The user adds a column.', user: 'Add an email column to users' })
    expect(agent.tools.items.map((t) => t.id)).toEqual(['read', 'write'])
    expect(problems(result).map((d) => d.rule)).toContain('yaml-unquoted-colon')
  })

  it('writes the example back into the Claude description and into the OpenAI instructions', () => {
    const description = parseClaude(outputOf(result, 'claude')).frontmatter.description as string
    expect(description).toContain('<example>Context: The user adds a column.')
    const body = JSON.parse(outputOf(result, 'openai-assistant')) as { description: string; instructions: string }
    expect(body.description).toBe('Use this agent to write SQL migrations.')
    expect(body.instructions).toContain('Add an email column to users')
    expect(body.instructions).toContain('Schema changes need a migration.')
  })
})
