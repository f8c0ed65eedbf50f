/** The openai-responses dialect: which JSON it claims, and what it reads from a Responses request template. */
import { describe, expect, it } from 'vitest'
import { compileBytes, errorsOf, messagesOf } from '../../../test/helpers/dialects.js'
import { compileText, outputOf } from '../../../test/helpers/agent.js'

const json = (value: unknown) => JSON.stringify(value, null, 2)

const request = {
  model: 'o4-mini',
  instructions: 'You triage bug reports.',
  tools: [
    { type: 'function', name: 'grep', parameters: { type: 'object' }, strict: false },
    { type: 'web_search' },
    { type: 'local_shell' },
    { type: 'mcp', server_label: 'linear', server_url: 'https://mcp.example.invalid', allowed_tools: { tool_names: ['create_issue'] } },
    { type: 'mcp', server_label: 'sentry', server_url: 'https://mcp.example.invalid' },
    { type: 'code_interpreter', container: { type: 'auto' } },
  ],
  reasoning: { effort: 'medium' },
  temperature: 1,
  metadata: { name: 'bug-triager', title: 'Bug Triager 🐞', description: 'Triages bug reports. Use when a new issue arrives.', triggers_directory: 'issues/', rota: 'weekly' },
}

describe('openai-responses dialect', () => {
  it('claims a request template, not an assistant, a chat body or a request with a key the API does not have', () => {
    expect(compileBytes('r.json', json(request)).agents.map((a) => a.source.dialect)).toEqual(['openai-responses'])
    for (const other of [{ ...request, name: 'x' }, { ...request, instructions: undefined, input: 'hi' }, { ...request, tools: [{ type: 'function', function: { name: 'grep' } }] }, { ...request, agent: 'x' }]) {
      expect(compileBytes('r.json', json(other)).agents.map((a) => a.source.dialect)).not.toContain('openai-responses')
    }
  })

  describe('a request', () => {
    const result = compileBytes('requests/r.json', json(request))
    const agent = result.agents[0]!

    it('reads the name, title and description from the metadata agentdef writes', () => {
      expect(errorsOf(result)).toEqual([])
      expect([agent.name, agent.title, agent.description, agent.instructions.text]).toEqual(['bug-triager', 'Bug Triager 🐞', request.metadata.description, request.instructions])
      expect(agent.triggers).toEqual([{ kind: 'directory', value: 'issues/' }])
    })

    it('reads flat functions, the API\'s own tools and MCP tools', () => {
      expect(agent.tools.items.map((t) => t.id)).toEqual(['search', 'web-search', 'shell', 'mcp:linear/create_issue', 'mcp:sentry', 'openai:code_interpreter'])
      expect(messagesOf(result, 'tools-unknown')).toEqual([])
    })

    it('reads the model, reasoning.effort as `effort`, and keeps the rest', () => {
      expect(agent.model).toEqual({ raw: 'o4-mini', family: 'openai' })
      expect(agent.extensions).toEqual({ effort: 'medium', temperature: 1, rota: 'weekly' })
    })
  })

  it('takes the id from the file name without agentdef\'s metadata', () => {
    const agent = compileBytes('requests/support-bot.json', json({ model: 'gpt-4.1', instructions: 'You answer support tickets.' })).agents[0]!
    expect([agent.name, agent.tools.mode]).toEqual(['support-bot', 'none'])
    expect(agent.description).toBe('You answer support tickets.')
  })

  it('keeps the source\'s own functions, which the OpenAI targets declare again as they were', () => {
    const own = { type: 'function', name: 'page_oncall', description: 'Page the on-call engineer.', parameters: { type: 'object', properties: { team: { type: 'string' } }, required: ['team'], additionalProperties: false }, strict: true }
    const result = compileText('requests/pager.json', json({ model: 'gpt-4.1', instructions: 'You page people.', tools: [own, { type: 'function', name: 'loose', parameters: { type: 'object', properties: { a: { type: 'string' } } }, strict: true }] }), { targets: ['openai-responses', 'openai-assistant', 'claude'] })
    const { name: _name, type: _type, ...definition } = own
    expect(result.agents[0]!.extensions.functions).toEqual({ page_oncall: definition, loose: { parameters: { type: 'object', properties: { a: { type: 'string' } } }, strict: true } })
    const tools = (JSON.parse(outputOf(result, 'openai-responses')) as { tools: unknown[] }).tools
    expect(tools[0]).toEqual(own)
    // Strict mode would refuse these parameters: written as not strict.
    expect(tools[1]).toMatchObject({ name: 'loose', strict: false })
    expect((JSON.parse(outputOf(result, 'openai-assistant')) as { tools: unknown[] }).tools[0]).toEqual({ type: 'function', function: { name: 'page_oncall', description: own.description, parameters: own.parameters } })
    expect(messagesOf(result, 'target-dropped').map((m) => m.message)).toContain('claude: Claude Code has no field for `functions`; left out')
  })

  it('gives back the request it was compiled from', () => {
    const source = '---\nname: lint-fixer\ndescription: Fixes lint errors. Use after a failed lint run.\ntools: Read, Edit, Bash, mcp__eslint__fix\nmodel: opus\neffort: high\n---\n\nYou fix lint errors.\n'
    const first = outputOf(compileText('lint-fixer.md', source, { targets: ['openai-responses'] }), 'openai-responses')
    const again = outputOf(compileText('out/lint-fixer.json', first, { targets: ['openai-responses'] }), 'openai-responses')
    expect(again).toBe(first)
    expect(JSON.parse(first)).toMatchObject({ model: 'gpt-6-astra', reasoning: { effort: 'high' } })
  })
})
