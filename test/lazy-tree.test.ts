/**
 * The mdast is built when a reader asks for it, and only then (issue 11): a file
 * whose dialect takes every field from its frontmatter is compiled without remark
 * parsing its body; its prompt's outline, which needs the tree, is built when read,
 * and is the same as the tree gives (lines of the file as written, also through a
 * repaired fence and through the cache).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { build, compileSource, openCache } from '../src/internal.js'
import * as markdown from '../src/parse/markdown.js'
import { entryText, restoreEntry } from '../src/pipeline/cache.js'

vi.mock('../src/parse/markdown.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/parse/markdown.js')>()
  return { ...original, parseMarkdown: vi.fn(original.parseMarkdown) }
})

const parses = () => vi.mocked(markdown.parseMarkdown).mock.calls.length
const bytes = (...lines: string[]) => new TextEncoder().encode(lines.join('\n'))
const outline = (sections: { depth: number; title: string; line: number }[]) => sections.map((s) => `${s.depth} ${s.title} @${s.line}`)

const CLAUDE = bytes('---', 'name: helper', 'description: Helps.', 'tools: Read', '---', '# Helper', '', 'Intro.', '', '## Steps', '', 'Do it.')

describe('the tree, built only where it is read', () => {
  beforeEach(() => {
    vi.mocked(markdown.parseMarkdown).mockClear()
  })

  it('is not built to compile a frontmatter file to every built-in target', () => {
    const { agents, outputs } = compileSource('agents/helper.md', CLAUDE, { targets: ['claude', 'opencode', 'codex', 'openai-responses', 'copilot', 'gemini', 'roo', 'kiro'], lang: 'all' as const, modelMap: {} })
    expect(outputs.length).toBeGreaterThan(0)
    expect(agents[0]!.name).toBe('helper')
    expect(parses()).toBe(0)
  })

  it('is built once when the outline is read, which is the tree’s headings with their lines', () => {
    const { agents } = compileSource('agents/helper.md', CLAUDE)
    expect(parses()).toBe(0)
    expect(outline(agents[0]!.instructions.outline)).toEqual(['1 Helper @6', '2 Steps @10'])
    expect(outline(agents[0]!.instructions.outline)).toEqual(['1 Helper @6', '2 Steps @10'])
    expect(parses()).toBe(1)
  })

  it('gives the lines of the file as written when a fence was repaired', () => {
    // No closing fence: one is inserted before the body, so the repaired text has a line more.
    const { agents, file } = compileSource('agents/open.md', bytes('---', 'name: open', 'description: d', '', '## Steps', 'Do it.'))
    expect(file.messages.map((m) => m.ruleId)).toContain('fence-unclosed')
    expect(parses()).toBe(0)
    expect(outline(agents[0]!.instructions.outline)).toEqual(['2 Steps @5'])
  })

  it('is built for a file whose dialect reads its structure (headings without frontmatter)', () => {
    compileSource('helper.md', bytes('# Helper', '', '## Description', 'Helps.', '', '## System Prompt', 'Do it.'))
    expect(parses()).toBe(1)
  })

  it('is not kept in a cache entry: a restored agent computes its outline from the file again, when read', () => {
    const compiled = compileSource('agents/helper.md', CLAUDE)
    const text = entryText(compiled)!
    expect(text.entry + text.rest.header + Buffer.from(text.rest.bytes).toString()).not.toContain('outline')
    expect(parses()).toBe(0)
    let again = 0
    const restored = restoreEntry('agents/helper.md', text, () => (again++, compileSource('agents/helper.md', CLAUDE)))
    expect(again).toBe(0)
    expect(Object.keys(restored.agents[0]!.instructions)).toEqual(Object.keys(compiled.agents[0]!.instructions))
    expect(restored.agents[0]).toEqual(compiled.agents[0])
    expect(again).toBe(1)
    expect(parses()).toBe(2)
  })
})

describe('a build with its cache', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'agentdef-lazy-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('builds no tree for frontmatter files, cold or cached', () => {
    mkdirSync(join(dir, 'agents'))
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'agents', `a${i}.md`), new TextDecoder().decode(CLAUDE).replace('name: helper', `name: helper-${i}`))
    const options = { inputs: ['agents'], out: join(dir, 'out'), targets: ['claude', 'opencode'] as const, lang: 'all' as const, modelMap: {}, cwd: dir, jobs: 1 }
    const cache = openCache(join(dir, 'cache'), { targets: ['claude', 'opencode'], lang: 'all' as const, modelMap: {} }, 'test')
    vi.mocked(markdown.parseMarkdown).mockClear()
    const cold = build({ ...options, targets: [...options.targets], cache })
    const warm = build({ ...options, targets: [...options.targets], cache })
    expect(cold.files).toHaveLength(5)
    expect(warm.files.every((f) => f.unchanged.length > 0 && f.written.length === 0)).toBe(true)
    expect(parses()).toBe(0)
  })
})
