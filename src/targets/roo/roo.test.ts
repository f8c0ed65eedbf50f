/**
 * The `roo` target: its mapping decisions, the one `.roomodes` it gathers every
 * agent into, checked as Roo Code reads it, and the round trip: a build of the
 * bundled examples, the five seeds and Roo fixtures → `.roomodes` → read back (as the
 * roo dialect) → claude gives what the sources → claude give, but for what Roo Code
 * cannot hold or says more broadly, which was reported.
 */
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { build, diagnosticsOf, emit, targets, type Agent, type Diagnostic, type Target } from '../../internal.js'
import { combine } from '../../pipeline/combine.js'
import { agentWithModel, compileText, makeAgent, OPTIONS, outputOf, tool, toolList, view } from '../../../test/helpers/agent.js'
import { bundledAgents, ROOT, seedPath } from '../../../test/helpers/paths.js'
import { rules } from '../../../test/helpers/targets.js'
import { parseClaude, validateRoo } from '../../../test/helpers/validate.js'
import { CLAUDE_TOOLS } from '../../vocabulary/tools.js'

import { HOSTILE_FRAGMENTS, inlineText, multilineText } from '../../../test/helpers/arbitraries.js'
import { fuzzRuns } from '../../../test/helpers/fuzz.js'
import { modesDocument, type RooMode } from './view.js'
const rooView = (agent: Agent, options = {}) => view<RooMode>('roo', agent, options)
const list = toolList
/** Tools the read group grants exactly: no note. */
const reading = list(tool('read', 'Read'), tool('search', 'Grep'), tool('glob', 'Glob'), tool('list', 'LS'))
const file = (...modes: RooMode[]) => (targets.roo as Target<RooMode>).combine!.gather(modes) as { document: string }

describe('roo', () => {
  it('writes slug, name (the title), roleDefinition (the prompt), whenToUse (the description), groups', () => {
    const agent = makeAgent(list(tool('read', 'Read'), tool('search', 'Grep'), tool('glob', 'Glob'), tool('list', 'LS'), tool('shell', 'Bash')))
    const { view: v, notes } = rooView(agent)
    expect(v).toEqual({ slug: 'test-agent', name: 'Test Agent', roleDefinition: agent.instructions.text, whenToUse: agent.description, groups: ['read', 'command'] })
    expect(notes).toEqual([])
  })

  describe('groups', () => {
    it('every tool: every group, with a note; no tool: no group', () => {
      const all = rooView(makeAgent({ tools: { mode: 'all', items: [] } }))
      expect(all.view.groups).toEqual(['read', 'edit', 'command', 'mcp', 'modes'])
      expect(all.notes.map((n) => n.message)).toEqual(['roo: The source grants every tool; written as every Roo Code group (5)'])
      expect(rooView(makeAgent({ tools: { mode: 'none', items: [] } })).view.groups).toEqual([])
    })

    it('says what a group grants beyond the source, and what needs no group', () => {
      const { view: v, notes } = rooView(makeAgent(list(tool('read', 'Read'), tool('edit', 'Edit'), tool('mcp:github/get_pr', 'mcp__github__get_pr'), tool('agent', 'Task'), tool('todo', 'TodoWrite'))))
      expect(v.groups).toEqual(['read', 'edit', 'mcp', 'modes'])
      expect(notes.map((n) => n.message)).toEqual([
        'roo: Tool `TodoWrite` need no group: every Roo Code mode has its todo list, skills and slash commands',
        "roo: Tool `Read` written as Roo Code's group `read`, which also grants `Grep`, `Glob`, `LS`",
        "roo: Tool `Edit` written as Roo Code's group `edit`, which also grants `Write`",
        "roo: Tool `mcp__github__get_pr` written as Roo Code's group `mcp`, which also grants `mcp__*`",
      ])
    })

    it('reports by name the tools no group grants: web tools (browser was removed), notebooks, other hosts, unknown names', () => {
      const { view: v, notes } = rooView(makeAgent(list(tool('read', 'Read'), tool('web-fetch', 'WebFetch'), tool('notebook', 'NotebookEdit'), tool('opencode:lsp', 'lsp'), tool('Frobnicate', 'Frobnicate', false))))
      expect(v.groups).toEqual(['read'])
      expect(rules(notes).filter((r) => r !== 'info:target-translated')).toEqual(Array(4).fill('warning:target-dropped'))
      expect(notes.filter((n) => n.rule === 'target-dropped').map((n) => n.value)).toEqual(['lsp', 'WebFetch', 'NotebookEdit', 'Frobnicate'])
    })

    it('Edit(path) limits the edit group by fileRegex; an unlimited Edit wins; Bash(cmd) grants the command group', () => {
      const limited = rooView(makeAgent(list(tool('read', 'Read'), tool('Edit(docs/**)', 'Edit(docs/**)', false), tool('Write(*.md)', 'Write(*.md)', false))))
      const [, edit] = limited.view.groups as [string, [string, { fileRegex: string; description: string }]]
      expect(edit[0]).toBe('edit')
      const regex = new RegExp(edit[1].fileRegex)
      for (const path of ['docs/a.txt', 'docs/x/y.md', 'README.md', 'src/notes.md']) expect(regex.test(path), path).toBe(true)
      for (const path of ['src/a.ts', 'mydocs/a.txt']) expect(regex.test(path), path).toBe(false)
      expect(limited.notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/^roo: `Edit\(docs\/\*\*\)`, `Write\(\*\.md\)` written as the `edit` group limited to files matching/))
      expect(rooView(makeAgent(list(tool('edit', 'Edit'), tool('Edit(docs/**)', 'Edit(docs/**)', false)))).view.groups).toEqual(['edit'])
      expect(rooView(makeAgent(list(tool('Bash(git log:*)', 'Bash(git log:*)', false)))).view.groups).toEqual(['command'])
      const home = rooView(makeAgent(list(tool('Edit(~/notes/**)', 'Edit(~/notes/**)', false))))
      expect(home.view.groups).toEqual([])
      expect(rules(home.notes)).toEqual(['warning:target-dropped'])
    })

    it('keeps a Roo source\'s options; SchemaStore\'s path lists become one fileRegex', () => {
      const roo = { ...list(tool('read', 'read'), tool('write', 'write'), tool('edit', 'edit')), extensions: { groupOptions: { edit: { fileRegex: '\\.md$', description: 'Markdown' } } } }
      expect(rooView(makeAgent(roo)).view.groups).toEqual(['read', ['edit', { fileRegex: '\\.md$', description: 'Markdown' }]])
      const store = rooView(makeAgent({ ...roo, extensions: { groupOptions: { edit: { allowedPaths: ['^docs/'], disallowedPaths: ['secret'] }, browser: { x: 1 } } } }))
      const { fileRegex } = (store.view.groups[1] as unknown[])[1] as { fileRegex: string }
      const regex = new RegExp(fileRegex)
      expect([regex.test('docs/a.md'), regex.test('docs/secret.md'), regex.test('src/a.md')]).toEqual([true, false, false])
      expect(store.notes.filter((n) => !('kind' in n.data && n.data.kind === 'alias')).map((n) => n.message)).toEqual([
        `roo: \`groupOptions.edit\` written as the \`edit\` group limited to files matching \`${fileRegex}\``,
        'roo: Roo Code has no field for `groupOptions.browser` (not a valid value); left out',
      ])
    })

    it('permissionMode plan: no edit and no command group', () => {
      const plan = rooView(makeAgent({ tools: { mode: 'all', items: [] }, extensions: { permissionMode: 'plan' } }))
      expect(plan.view.groups).toEqual(['read', 'mcp', 'modes'])
      expect(plan.notes.map((n) => n.message)).toContain('roo: `permissionMode: plan` written as a mode without the `edit` and `command` groups')
    })
  })

  it('reports the model (Roo Code keeps it in its settings), the colour and fields it has no place for', () => {
    const { view: v, notes } = rooView({ ...agentWithModel('sonnet', 'anthropic', 'sonnet'), ...reading, color: 'blue', extensions: { maxTurns: 3 } })
    expect(v).not.toHaveProperty('model')
    expect(notes.map((n) => `${n.severity}: ${n.message}`)).toEqual([
      'info: roo: Roo Code modes have no model field (Roo Code keeps the model picked for a mode in its settings); model `sonnet` left out',
      'info: roo: Roo Code shows no colour for a mode; `blue` left out',
      'warning: roo: Roo Code has no field for `maxTurns`; left out',
    ])
    expect(rooView({ ...agentWithModel('inherit', undefined, 'inherit'), ...reading }).notes).toEqual([])
  })

  it('splits a Roo source\'s custom instructions back out; keeps its short description; a name that is no slug', () => {
    const text = 'You run benchmarks.\n\n# Custom Instructions\n\n1. Run them.'
    const source = { path: '.roomodes', dialect: 'roo' as const, promptLine: 4, fields: {} }
    const { view: v } = rooView(makeAgent({ instructions: { text, outline: [], languages: ['en'] }, source, extensions: { shortDescription: 'Runs benches.', source: 'project' } }))
    expect(v).toMatchObject({ roleDefinition: 'You run benchmarks.', customInstructions: '1. Run them.', description: 'Runs benches.' })
    expect(rooView(makeAgent({ instructions: { text, outline: [], languages: ['en'] } })).view.roleDefinition).toBe(text)
    const odd = rooView(makeAgent({ name: 'a.b' }))
    expect(odd.view.slug).toBe('a-b')
    expect(odd.notes.map((n) => n.message)).toContain('roo: Name `a.b` written as slug `a-b` (letters, digits and dashes)')
  })

  it('gathers modes sorted by slug; escapes what Roo Code rewrites before parsing', () => {
    const mode = (slug: string, roleDefinition: string): RooMode => ({ slug, name: slug, roleDefinition, whenToUse: 'w', groups: ['read'] })
    const { document } = file(mode('zeta', 'Z — “quoted”\nnext line'), mode('alpha', 'A\nB'))
    expect(validateRoo(document)).toEqual([])
    expect(document).not.toMatch(/[—“”]/)
    const parsed = YAML.parse(document) as { customModes: RooMode[] }
    expect(parsed.customModes.map((m) => [m.slug, m.roleDefinition])).toEqual([
      ['alpha', 'A\nB'],
      ['zeta', 'Z — “quoted”\nnext line'],
    ])
    expect(document).toContain('roleDefinition: |-\n      A\n      B\n')
  })

  it('gathers mode by mode the text one Document of every mode gives (property)', () => {
    // Texts that change how `yaml` writes a scalar: hostile pieces, Roo's rewritten characters, blank and indented lines, trailing spaces.
    const rewritten = '\u00a0\u200b\u200d\u2011\u2014\u2212\u2018\u2019\u201c\u201d'
    const awkward = fc.oneof(
      inlineText(6),
      multilineText(5),
      fc.constantFrom(...HOSTILE_FRAGMENTS, '  indented\nthen not', 'a\n\n\nb', 'ends with space ', 'ends with newline\n', '\n starts with one', '', ' ', rewritten, `x${rewritten[4]}y`),
    )
    const group = fc.oneof(fc.constantFrom('read', 'edit', 'command', 'mcp', 'modes'), fc.tuple(fc.constant('edit'), fc.record({ fileRegex: inlineText(3), description: awkward })))
    const mode: fc.Arbitrary<RooMode> = fc.record(
      { slug: fc.stringMatching(/^[a-z0-9-]{1,12}$/), name: awkward, description: awkward, roleDefinition: awkward, whenToUse: awkward, customInstructions: awkward, groups: fc.array(group, { maxLength: 4 }) },
      { requiredKeys: ['slug', 'name', 'roleDefinition', 'whenToUse', 'groups'] },
    )
    fc.assert(
      fc.property(fc.array(mode, { maxLength: 6 }), (modes) => {
        const sorted = [...modes].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
        expect(file(...modes).document).toBe(modesDocument(sorted))
      }),
      { numRuns: fuzzRuns(200) },
    )
  })

  it('checks the gathered file as a whole: two agents on one slug are refused, not written', () => {
    const file = compileText('x.md', '---\nname: x\ndescription: d\n---\nYou help.\n', { targets: [] }).file
    const parts = [makeAgent({ name: 'a.b' }), makeAgent({ name: 'a-b' })].map((agent) => emit(agent, 'roo', OPTIONS, file)!)
    expect(parts.map((p) => validateRoo(p.content))).toEqual([[], []])
    const invalid: string[][] = []
    expect(combine(parts, (_target, problems) => invalid.push(problems))).toEqual([])
    expect(invalid).toEqual([[expect.stringContaining('`a-b` is used twice')]])
    const [one] = combine(parts.slice(1), () => {})
    expect(one!.content).toBe(parts[1]!.content)
  })

  it('checks its own output as Roo Code reads it', () => {
    const verify = targets.roo.verify
    const ok = 'customModes:\n  - slug: a\n    name: A\n    roleDefinition: R\n    groups: [read, [edit, {fileRegex: "\\\\.md$"}], browser]\n'
    expect(verify(ok)).toEqual([])
    expect(verify('{"customModes": [{"slug": "a", "name": "A", "roleDefinition": "R", "groups": []}]}')).toEqual([])
    for (const bad of [
      'customModes: [unclosed',
      'modes: []',
      ok.replace('slug: a', 'slug: a b'),
      ok.replace('name: A', 'name: ""'),
      ok.replace('groups: [read,', 'groups: [read, read,'),
      ok.replace('"\\\\.md$"', '"("'),
      ok.replace('groups: [read,', 'groups: [browse,'),
      `${ok}  - slug: a\n    name: B\n    roleDefinition: R\n    groups: []\n`,
      ok.replace('roleDefinition: R', 'roleDefinition: R — S'),
    ]) {
      expect(verify(bad), bad).not.toEqual([])
      expect(validateRoo(bad), bad).not.toEqual([])
    }
  })
})

/** The round trip, through one build: the bundled examples, the five seeds and Roo fixtures. */
const FIXTURES = join(ROOT, 'test', 'fixtures', 'dialects-other', 'roo')
const inputs = [...bundledAgents(), ...[0, 1, 2, 3, 4].map(seedPath), join(FIXTURES, '.roomodes'), join(FIXTURES, 'one-mode.yaml')]

describe('roo round trip', () => {
  // Several seeds are `backend-developer`: named apart by their paths, as the corpus run does.
  const result = build({ inputs, out: join(ROOT, 'unused'), write: false, targets: ['claude', 'roo'], lang: 'all', modelMap: {}, onCollision: 'prefix-path' })
  const outputs = result.files.flatMap((f) => f.outputs)
  const roomodes = outputs.find((o) => o.target === 'roo')!.content
  const back = compileText('.roomodes', roomodes, { targets: ['claude'] })

  it('writes one valid .roomodes holding every agent of the build, sorted by slug', () => {
    expect(validateRoo(roomodes)).toEqual([])
    expect(new Set(outputs.filter((o) => o.target === 'roo').map((o) => o.content)).size).toBe(1)
    const names = result.files.flatMap((f) => f.agents.map((a) => a.name))
    expect(back.agents.map((a) => a.name)).toEqual([...names].sort())
    expect(back.agents.every((a) => a.source.dialect === 'roo')).toBe(true)
  })

  it.each(result.files.flatMap((f) => f.agents.map((a) => [a.name, f] as const)))('%s', (name, outcome) => {
    const reported = diagnosticsOf(outcome.file).filter((d) => d.message.startsWith('roo: '))
    const want = parseClaude(outcome.outputs.find((o) => o.target === 'claude' && o.agent === name)!.content)
    const got = parseClaude(outputOf(back, 'claude', name))
    expect(got.frontmatter.name).toBe(want.frontmatter.name)
    expect(got.frontmatter.description).toBe(want.frontmatter.description)
    expect(got.body).toBe(want.body)
    expectModel(got.frontmatter.model, want.frontmatter.model, reported)
    expectTools(got.frontmatter.tools, want.frontmatter.tools, reported)
  })
})

/** No model in a mode: none back, with a note naming the source's. */
function expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void {
  if (want === undefined || want === 'inherit') return expect(got).toBeUndefined()
  expect(got, `model ${String(want)} became ${String(got)}`).toBeUndefined()
  expect(reported.some((d) => d.rule === 'target-dropped' && d.message.includes(`\`${String(want)}\``)), `no note for model ${String(want)}`).toBe(true)
}

/** The same tools, but for each one left out or granted by a group beyond the source's, which a note names; every tool as every group, with a note. */
function expectTools(got: unknown, want: unknown, reported: Diagnostic[]): void {
  const split = (t: unknown) => (typeof t === 'string' ? t.split(', ').filter(Boolean) : undefined)
  const [g, w] = [split(got), split(want)]
  if (w === undefined) {
    expect(reported.some((d) => d.message.includes('written as every Roo Code group'))).toBe(true)
    return
  }
  expect(g).toBeDefined()
  // Named as the source wrote it: a Claude name, or the canonical id a Roo group stands for (`browser` → `web-fetch`).
  const named = (name: string) => [name, CLAUDE_TOOLS[name]].some((n) => n !== undefined && reported.some((d) => d.message.toLowerCase().includes(`\`${n.toLowerCase()}\``)))
  for (const name of w.filter((n) => !g!.includes(n))) expect(named(name), `tool ${name} lost without a note`).toBe(true)
  for (const name of g!.filter((n) => !w.includes(n))) expect(named(name), `tool ${name} gained without a note`).toBe(true)
}
