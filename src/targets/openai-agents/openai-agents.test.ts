/**
 * The `openai-agents` target: its mapping decisions and its own check. The modules
 * are typechecked against the SDK's published types in typecheck.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { targets, type Agent } from '../../internal.js'
import { agentWithModel as model, compileText, makeAgent, outputOf, tool, toolList as list, view } from '../../../test/helpers/agent.js'
import { rules } from '../../../test/helpers/targets.js'
import { validateOpenAIAgents } from '../../../test/helpers/validate.js'
import { identifier, textLiteral } from './code.js'

interface AgentsView {
  identifier: string
  config: { key: string; value: string }[]
  tools: { identifier: string; functionName: string; name: string; parameters: string; strict: boolean }[]
}
const agentsView = (agent: Agent, options = {}) => view<AgentsView>('openai-agents', agent, options)
/** The value of a config key, evaluated (every value is a JSON literal, or an array of them joined). */
function field(v: AgentsView, key: string): unknown {
  const entry = v.config.find((c) => c.key === key)
  if (!entry) return undefined
  const joined = /^\[\n([\s\S]*)\n\s*\]\.join\(("\\n")\)$/.exec(entry.value)
  if (joined) return (JSON.parse(`[${joined[1]!.replace(/,$/, '')}]`) as string[]).join('\n')
  return JSON.parse(entry.value)
}

describe('openai-agents', () => {
  it('writes name, instructions, handoffDescription, model and the tools', () => {
    const agent = makeAgent({ ...list(tool('read', 'Read'), tool('shell', 'Bash')), model: { raw: 'opus', family: 'anthropic', tier: 'opus' } })
    const { view: v, notes } = agentsView(agent)
    expect(v.identifier).toBe('testAgentAgent')
    expect(v.config.map((c) => c.key)).toEqual(['name', 'instructions', 'handoffDescription', 'model'])
    expect(field(v, 'name')).toBe('Test Agent')
    expect(field(v, 'instructions')).toBe(agent.instructions.text)
    expect(field(v, 'handoffDescription')).toBe(agent.description)
    expect(field(v, 'model')).toBe('gpt-6-astra')
    expect(v.tools.map((t) => [t.identifier, t.functionName, t.strict])).toEqual([['readFileTool', 'read_file', true], ['runShellCommandTool', 'run_shell_command', true]])
    expect(rules(notes)).toEqual(['info:target-translated'])
  })

  it('writes a prompt of several lines line by line, and the whole text comes back', () => {
    const text = 'Line one.\n\n  "quoted" \\ back\\slash */ end\u2028sep\nlast'
    const literal = textLiteral(text, '  ')
    expect(literal.split('\n').length).toBe(text.split('\n').length + 2)
    expect(field({ identifier: 'x', tools: [], config: [{ key: 'instructions', value: literal }] }, 'instructions')).toBe(text)
  })

  it('puts triggers and examples into handoffDescription, as the claude target does', () => {
    const raw = '<example>\nuser: "Check this"\nassistant: "Checking."\n</example>'
    const agent = makeAgent({ triggers: [{ kind: 'file', value: '*.sql' }], examples: [{ user: 'Check this', assistant: 'Checking.', raw }] })
    expect(field(agentsView(agent).view, 'handoffDescription')).toBe(`${agent.description}\n\nFiles: \`*.sql\`.\n\nExamples:\n${raw}`)
  })

  describe('model', () => {
    it.each([
      ['opus', 'anthropic', 'opus', 'gpt-6-astra'],
      ['claude-3-5-haiku-latest', 'anthropic', 'haiku', 'gpt-6-luna'],
      ['gpt-4o', 'openai', undefined, 'gpt-4o'],
      ['openai/gpt-5-mini', 'openai', undefined, 'gpt-5-mini'],
    ])('%s → %s', (raw, family, tier, expected) => {
      expect(field(agentsView(model(raw, family, tier)).view, 'model')).toBe(expected)
    })

    it('none and inherit: no model key (the run\'s model), silently; --model-map default and inherit are followed', () => {
      for (const agent of [makeAgent(), model('inherit', undefined, 'inherit')]) {
        const { view: v, notes } = agentsView(agent)
        expect(field(v, 'model')).toBeUndefined()
        expect(notes).toEqual([])
      }
      expect(field(agentsView(makeAgent(), { modelMap: { default: 'gpt-5-nano' } }).view, 'model')).toBe('gpt-5-nano')
      expect(field(agentsView(model('inherit', undefined, 'inherit'), { modelMap: { inherit: 'o3' } }).view, 'model')).toBe('o3')
    })

    it('a foreign model is reported and left out, never copied', () => {
      const { view: v, notes } = agentsView(model('llama-3.1-70b'))
      expect(field(v, 'model')).toBeUndefined()
      expect(rules(notes)).toEqual(['warning:target-dropped'])
      expect(notes[0]!.message).toContain('`llama-3.1-70b`')
    })

    it('follows --model-map and --model', () => {
      expect(field(agentsView(model('sonnet', 'anthropic', 'sonnet'), { modelMap: { sonnet: 'gpt-5-mini' } }).view, 'model')).toBe('gpt-5-mini')
      expect(field(agentsView(model('opus', 'anthropic', 'opus'), { model: 'gpt-4o' }).view, 'model')).toBe('gpt-4o')
    })
  })

  describe('modelSettings', () => {
    it('temperature and topP for a model that takes them; no key when there is nothing to set', () => {
      // Every model of OpenAI's catalog reasons; an older one mapped by the user takes sampling settings.
      const { view: v, notes } = agentsView(makeAgent({ model: { raw: 'sonnet', family: 'anthropic', tier: 'sonnet' }, extensions: { temperature: 0.2, top_p: 0.9 } }), { modelMap: { sonnet: 'gpt-4.1' } })
      expect(field(v, 'modelSettings')).toEqual({ temperature: 0.2, topP: 0.9 })
      expect(notes.filter((n) => n.severity === 'warning')).toEqual([])
      expect(field(agentsView(makeAgent()).view, 'modelSettings')).toBeUndefined()
    })

    it('reasoning effort for a reasoning model; each setting the model does not take is reported', () => {
      const reasoning = agentsView(makeAgent({ model: { raw: 'opus', family: 'anthropic', tier: 'opus' }, extensions: { effort: 'high', temperature: 0.3 } }))
      expect(field(reasoning.view, 'modelSettings')).toEqual({ reasoning: { effort: 'high' } })
      expect(reasoning.notes.filter((n) => n.rule === 'target-dropped').map((n) => n.field)).toEqual(['temperature'])
      const plain = agentsView(makeAgent({ model: { raw: 'gpt-4.1', family: 'openai' }, extensions: { reasoningEffort: 'low' } }))
      expect(field(plain.view, 'modelSettings')).toBeUndefined()
      expect(plain.notes.filter((n) => n.rule === 'target-dropped').map((n) => n.field)).toEqual(['reasoningEffort'])
    })

    it('out of range or unknown values, and every other extension, are left out with a warning', () => {
      const { view: v, notes } = agentsView(makeAgent({ extensions: { temperature: 7, effort: 'extreme', maxTurns: 5 } }))
      expect(field(v, 'modelSettings')).toBeUndefined()
      const dropped = notes.filter((n) => n.rule === 'target-dropped')
      expect(dropped.map((n) => n.severity)).toEqual(['warning'])
      for (const key of ['temperature', 'effort', 'maxTurns']) expect(dropped[0]!.message).toContain(`\`${key}\``)
    })
  })

  describe('tools', () => {
    it('none: an empty list; all: the standard tools, with a note', () => {
      expect(agentsView(makeAgent({ tools: { mode: 'none', items: [] } })).view.tools).toEqual([])
      const { view: v, notes } = agentsView(makeAgent({ tools: { mode: 'all', items: [] } }))
      expect(v.tools.map((t) => t.functionName)).toEqual(expect.arrayContaining(['read_file', 'write_file', 'run_shell_command', 'grep']))
      expect(rules(notes)).toContain('info:target-translated')
    })

    it('an MCP or unknown tool has open parameters and `strict: false`; a whole server and another host\'s tools are reported', () => {
      const { view: v, notes } = agentsView(makeAgent(list(tool('mcp:ide/getDiagnostics', 'mcp__ide__getDiagnostics'), tool('My Tool!', 'My Tool!', false), tool('mcp:jira', 'mcp__jira'), tool('copilot:problems', 'problems'))))
      expect(v.tools.map((t) => [t.functionName, t.strict])).toEqual([['mcp__ide__getDiagnostics', false], ['My_Tool_', false]])
      expect(JSON.parse(v.tools[0]!.parameters)).toEqual({ type: 'object', properties: {}, required: [], additionalProperties: true })
      expect(rules(notes).sort()).toEqual(['info:target-translated', 'info:target-translated', 'warning:target-dropped', 'warning:target-dropped'])
    })

    it('gives each tool its own identifier', () => {
      const { view: v } = agentsView(makeAgent(list(tool('x-y', 'x-y', false), tool('x_y', 'x_y', false))))
      expect(v.tools.map((t) => t.identifier)).toEqual(['xYTool', 'xYTool2'])
    })
  })

  it('reports the colour as a note: the SDK shows none', () => {
    const { notes } = agentsView(makeAgent({ color: 'teal' }))
    expect(rules(notes)).toEqual(['info:target-dropped'])
  })

  it('makes identifiers of any name', () => {
    expect(identifier('code-reviewer', 'Agent')).toBe('codeReviewerAgent')
    expect(identifier('3d-printer', 'Agent')).toBe('_3dPrinterAgent')
    expect(identifier('class', 'Tool')).toBe('classTool')
    expect(identifier('日本', 'Agent')).toBe('myAgent')
  })

  it('writes a module its own check accepts, for hostile text', () => {
    const hostile = 'End */ of comment /* "quote" \\ `tick` ${x} </script>\u2028\u2029 \ud800 lone\r\nCRLF'
    const result = compileText('hostile.md', `---\nname: hostile\ndescription: ${JSON.stringify(hostile)}\ntools: Read, mcp__a-b__c.d\ncolor: teal\n---\n${hostile}\n`)
    const output = outputOf(result, 'openai-agents')
    expect(targets['openai-agents'].verify(output)).toEqual([])
  })

  it('checks its own output', () => {
    const verify = targets['openai-agents'].verify
    const good = "import { Agent, tool } from '@openai/agents'\n\nexport const aAgent = new Agent({\n  name: \"A\",\n  tools: [],\n})\n\nexport default aAgent\n"
    expect(verify(good)).toEqual([])
    expect(verify(good.replace('"A"', '"A'))).not.toEqual([])
    expect(verify(good.replace('"A"', '" "'))).not.toEqual([])
    expect(verify(good.replace('export default aAgent', 'export default bAgent'))).not.toEqual([])
    expect(verify(good.replace("import { Agent, tool } from '@openai/agents'", ''))).not.toEqual([])
    expect(verify(good.replace('tools: [],', 'tools: [,'))).not.toEqual([])
    expect(verify(good.replace(/\n/g, '\r\n'))).not.toEqual([])
  })
})

describe('openai-agents validator (scripts/validate.mjs)', () => {
  it('accepts the outputs, rejects a syntax error, a blank name, no default agent', () => {
    const output = outputOf(compileText('a.md', '---\nname: a\ndescription: "Does */ things"\ntools: Read\n---\nHi \u2028 there\n'), 'openai-agents')
    expect(validateOpenAIAgents(output)).toEqual([])
    expect(validateOpenAIAgents(output.replace('tools: [', 'tools: [[,'))).not.toEqual([])
    expect(validateOpenAIAgents(output.replace(/^ {2}name: "A",$/m, '  name: "  ",'))).not.toEqual([])
    expect(validateOpenAIAgents(output.replace(/^export default .*$/m, ''))).not.toEqual([])
  })
})

describe('openai-agents permissionMode', () => {
  it('plan: the tools that edit or run are not declared, with a note; default: nothing; others are reported', () => {
    const { view: v, notes } = view<AgentsView>('openai-agents', makeAgent({ ...list(tool('read', 'Read'), tool('edit', 'Edit'), tool('shell', 'Bash'), tool('Bash(git log:*)', 'Bash(git log:*)', false)), extensions: { permissionMode: 'plan' } }))
    expect(v.tools.map((t) => t.functionName)).toEqual(['read_file'])
    expect(rules(notes)).toEqual(['info:target-translated'])
    const every = view<AgentsView>('openai-agents', makeAgent({ tools: { mode: 'all', items: [] }, extensions: { permissionMode: 'plan' } })).view
    expect(every.tools.map((t) => t.functionName)).not.toEqual(expect.arrayContaining(['write_file']))
    expect(every.tools.map((t) => t.functionName)).toEqual(expect.arrayContaining(['read_file', 'grep', 'web_fetch']))
    expect(view('openai-agents', makeAgent({ extensions: { permissionMode: 'default' } })).notes).toEqual([])
    expect(rules(view('openai-agents', makeAgent({ extensions: { permissionMode: 'bypassPermissions' } })).notes)).toEqual(['warning:target-dropped'])
  })
})
