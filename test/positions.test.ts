/**
 * Diagnostics point at the value they are about, in the file as its author wrote
 * it: the tool name rather than the `tools:` key, the sentence a description was
 * taken from rather than its section's heading, never a line past the end.
 * Columns count UTF-16 code units, as unist positions (and editors) do.
 */
import { describe, expect, it } from 'vitest'
import { compileSource } from '../src/index.js'

function places(path: string, ...lines: string[]): string[] {
  const { file } = compileSource(path, new TextEncoder().encode(lines.join('\n')))
  return file.messages.filter((m) => !m.ruleId?.startsWith('target-')).map((m) => `${m.ruleId} ${m.line}:${m.column}`)
}

describe('diagnostic positions', () => {
  it('puts an unknown or foreign tool on its own name, also in a list below `tools:`', () => {
    expect(places('a.md', '---', 'name: a', 'description: d', 'tools: Read, launchRockets', '---', 'Prompt.')).toEqual(['tools-unknown 4:14'])
    expect(places('b.md', '---', 'name: b', 'description: d', 'tools:', '  - Read', '  - codebase', '  - launch', '---', 'Prompt.')).toEqual([
      'tools-foreign 6:5',
      'tools-unknown 7:5',
    ])
  })

  it('does not find a tool inside a longer name', () => {
    expect(places('c.md', '---', 'name: c', 'description: d', 'tools: [launch_v2, launch]', '---', 'Prompt.')).toEqual([
      'tools-unknown 4:9',
      'tools-unknown 4:20',
    ])
  })

  it('puts a literal `\\n` warning on the first `\\n`, and a normalised name on the name', () => {
    expect(places('d.md', '---', 'name: Code Helper', 'description: One.\\nTwo.', '---', 'Prompt.')).toEqual([
      'name-normalised 2:7',
      'yaml-escaped-newline 3:18',
    ])
  })

  it('puts a Copilot id, which comes from the file name, on line 1, not on `name:` (the title)', () => {
    expect(places('agents/CodeHelper.agent.md', '---', 'name: Code Helper', 'description: d', '---', 'Prompt.')).toEqual(['name-normalised 1:1'])
  })

  it('puts a description taken from a fabric section on its sentence', () => {
    const lines = ['# IDENTITY and PURPOSE', '', '// who you are', '', 'You are an **expert** summariser of long reports.', '', '# STEPS', '', '- Read it.', '', '# OUTPUT INSTRUCTIONS', '', '- Bullets.']
    expect(places('patterns/summarise/system.md', ...lines)).toEqual(['description-derived 5:1'])
  })

  it('never reports a line past the end of the file (an empty body)', () => {
    expect(places('e.md', '---', 'name: e', 'description: d', '---', '', '')).toEqual(['prompt-empty 5:1'])
    expect(places('f.md', '---', 'name: f', 'description: d', '---')).toEqual(['prompt-empty 4:1'])
  })

  it('counts columns in UTF-16 code units (🚀 is two), after a byte-order mark that is not counted', () => {
    const bom = '\uFEFF'
    expect(places('g.md', `${bom}---`, 'name: g', 'description: 🚀 Fast: reviews code', '---', 'Prompt.')).toEqual(['source-bom 1:1', 'yaml-unquoted-colon 3:21'])
  })
})
