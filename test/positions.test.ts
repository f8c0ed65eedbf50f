/**
 * Diagnostics point at the value they are about, in the file as its author wrote
 * it: the tool name rather than the `tools:` key, the sentence a description was
 * taken from rather than its section's heading, never a line past the end.
 * Columns count UTF-16 code units, as unist positions (and editors) do. The
 * positions are carried from the parsers (yaml node ranges, mdast nodes), not
 * searched for in the text.
 */
import { describe, expect, it } from 'vitest'
import { compileSource } from '../src/internal.js'

const compile = (path: string, lines: string[]) => compileSource(path, new TextEncoder().encode(lines.join('\n')))

function places(path: string, ...lines: string[]): string[] {
  return compile(path, lines).file.messages.filter((m) => !m.ruleId?.startsWith('target-')).map((m) => `${m.ruleId} ${m.line}:${m.column}`)
}

/** Every diagnostic that has a place, targets' included. */
function allPlaces(path: string, ...lines: string[]): string[] {
  return compile(path, lines).file.messages.filter((m) => m.line !== undefined).map((m) => `${m.ruleId} ${m.line}:${m.column}`)
}

const outline = (path: string, ...lines: string[]) => compile(path, lines).agents[0]!.instructions.outline.map((s) => `${s.depth} ${s.title} @${s.line}`)

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

  it('puts a tool on the name as a comma-separated scalar lists it, not on the same word inside another name', () => {
    expect(places('t.md', '---', 'name: t', 'description: d', 'tools: Bash(launch), launch', '---', 'Prompt.')).toEqual(['tools-unknown 4:8', 'tools-unknown 4:22'])
  })

  it('puts a tool of a heading-structured file on its list item, inside a code span', () => {
    const lines = ['# Helper', '', '## Description', 'Helps.', '', '## Tools', '- `Read`', '- `launchRockets`', '', '## System Prompt', 'You help.']
    expect(places('helper.md', ...lines)).toEqual(['tools-unknown 8:4'])
  })

  it('puts a tool of an indented file where the author wrote it (the source map moves the column back)', () => {
    expect(places('i.md', '  ---', '  name: i', '  description: d', '  tools: Read, launchRockets', '  ---', '  Prompt.')).toEqual(['fence-indented 1:1', 'tools-unknown 4:16'])
  })

  it('puts a target note about a Roo tool on the group that grants it, and one about the title on its key', () => {
    const lines = ['customModes:', '  - slug: probe', '    name: Probe Mode', '    roleDefinition: You probe things.', '    groups:', '      - read', '      - mcp']
    // Every target that drops the title or the `mcp` group says so at the same place; copilot's note that
    // the `read` group's `list` is folded into its `search` alias sits on that group.
    expect(new Set(allPlaces('.roomodes', ...lines))).toEqual(new Set(['description-derived 4:21', 'target-dropped 3:5', 'target-translated 6:9', 'target-dropped 7:9']))
  })

  it('puts a key read in another case on the key the YAML parser found, quoted or not', () => {
    expect(places('k.md', '---', 'name: k', '"Description": d', '---', 'Prompt.')).toEqual(['yaml-key-case 3:1'])
  })

  it('puts a description taken from a role in an indented code block on its sentence', () => {
    const role = (name: string, sentence: string) => ['', '  ```', `  # Role: ${name}`, '  ## Rules', `  ${sentence}`, '  ```']
    const lines = ['# Catalogue', '', '- Role one:', ...role('Poet', 'Write a poem about the sea, with care.'), '', '- Role two:', ...role('Critic', 'Read the poem closely and judge it fairly.')]
    expect(places('catalogue.md', ...lines)).toEqual(['description-derived 8:3', 'description-derived 16:3', 'langgpt-catalogue 6:1'])
  })
})

describe('prompt outline', () => {
  it('is the headings of the tree: setext ones too, none inside a longer fence, the text as written', () => {
    const lines = ['---', 'name: o', 'description: d', '---', 'Intro', '===', '', '````md', '```', '# Not a heading', '```', '````', '', '## Uses C#', '  ## Indented']
    expect(outline('o.md', ...lines)).toEqual(['1 Intro @5', '2 Uses C# @14', '2 Indented @15'])
  })

  it('keeps the lines of the file when trigger lines are lifted out of a prompt', () => {
    const lines = ['# Helper', '', '## Description', 'Helps.', '', '## System Prompt', '**AUTO-TRIGGERS**: review, audit', '', '### Steps', 'Do it.']
    expect(outline('helper.md', ...lines)).toEqual(['3 Steps @9'])
  })
})
