/**
 * An entry's texts as bytes (src/pipeline/texts-apart.ts, issue 11): what a worker sends
 * and the cache stores. Restored, the outputs are the compiled ones, text for text; a rest
 * whose bytes do not match its header is not an entry (the file is compiled again). Once
 * staged, a restored file's bytes are let go: a text asked for then is an error, never wrong bytes.
 */
import { describe, expect, it } from 'vitest'
import { compileParts, type CompileOptions } from '../src/pipeline/compile.js'
import { entryText, releaseTexts, restoreEntry } from '../src/pipeline/cache.js'
import { packTexts, textBytes, textOf } from '../src/pipeline/texts-apart.js'

const options: CompileOptions = { targets: ['claude', 'opencode', 'roo', 'openai-agents'], lang: 'all', modelMap: {} }
const source = '---\nname: 审查员\ndescription: Reviews “code” — carefully 🚀.\n---\nYou review code. 你审查代码。\n\n## Rules\n\n- Be kind: always.\n'
const compile = () => compileParts('agents/reviewer.md', Buffer.from(source), options)
const view = (c: ReturnType<typeof compile>) => c.outputs.map((o) => ({ path: o.path, content: o.content, part: o.part, notes: o.notes }))

describe('texts as bytes', () => {
  it('pack texts of any script into one block of bytes of its own, each read back as it was', () => {
    const texts = ['', 'plain', '你好，世界', '🚀 emoji and “quotes”', '', 'é\u0301 combining', '\u2028 line separator']
    const packed = packTexts(texts)
    expect(packed.bytes.byteLength).toBe(texts.reduce((n, t) => n + Buffer.byteLength(t), 0))
    expect(packed.bytes.byteOffset).toBe(0)
    expect(packed.bytes.buffer.byteLength).toBe(packed.bytes.byteLength)
    expect(texts.map((_, i) => textOf(packed, i))).toEqual(texts)
  })

  it('restore the outputs compiled, gathered parts included (their texts in the header)', () => {
    const compiled = compile()
    expect(compiled.outputs.some((o) => o.part !== undefined)).toBe(true)
    const text = entryText(compiled)!
    const header = JSON.parse(text.rest.header) as { texts: (string | null)[] }
    expect(header.texts.map((t) => t !== null)).toEqual(compiled.outputs.map((o) => o.part !== undefined))
    const restored = restoreEntry('agents/reviewer.md', text)
    expect(view(restored)).toEqual(view(compiled))
    expect(restored.file.messages.map(String)).toEqual(compiled.file.messages.map(String))
  })

  it('give a restored output\'s bytes to be written as they are, until its text is read', () => {
    const compiled = compile()
    const restored = restoreEntry('agents/reviewer.md', entryText(compiled)!)
    const own = restored.outputs.findIndex((o) => o.part === undefined)
    const part = restored.outputs.findIndex((o) => o.part !== undefined)
    expect(Buffer.from(textBytes(restored.outputs[own]!)!).toString('utf8')).toBe(compiled.outputs[own]!.content)
    // A part's text is in the header, a string already.
    expect(textBytes(restored.outputs[part]!)).toBeUndefined()
    expect(restored.outputs[own]!.content).toBe(compiled.outputs[own]!.content)
    expect(textBytes(restored.outputs[own]!)).toBeUndefined()
  })

  it('are let go on request: the bytes no more, the header kept (agents, notes, parts); a text in the bytes asked for after is an error', () => {
    const compiled = compile()
    const own = compiled.outputs.findIndex((o) => o.part === undefined)
    const part = compiled.outputs.findIndex((o) => o.part !== undefined)
    for (const readFirst of [true, false]) {
      const restored = restoreEntry('agents/reviewer.md', entryText(compiled)!)
      // Read before (a staged file's bytes were written) or not at all (every output let go).
      if (readFirst) expect(textBytes(restored.outputs[own]!)).toBeDefined()
      releaseTexts(restored.file)
      expect(textBytes(restored.outputs[own]!)).toBeUndefined()
      expect(() => restored.outputs[own]!.content).toThrow(/was let go/)
      expect(restored.outputs[part]!.content).toBe(compiled.outputs[part]!.content)
      expect(restored.outputs[part]!.part).toEqual(compiled.outputs[part]!.part)
      expect(restored.outputs.map((o) => o.notes)).toEqual(compiled.outputs.map((o) => o.notes))
      expect(restored.agents[0]!.instructions.text).toBe(compiled.agents[0]!.instructions.text)
    }
    // A result compiled here has nothing to let go.
    releaseTexts(compiled.file)
    expect(compiled.outputs[own]!.content.length).toBeGreaterThan(0)
  })

  it('are not an entry when the bytes do not match the header: the file is compiled again', () => {
    const compiled = compile()
    const text = entryText(compiled)!
    const cut = { entry: text.entry, rest: { header: text.rest.header, bytes: text.rest.bytes.subarray(1) } }
    expect(() => restoreEntry('agents/reviewer.md', cut).outputs[0]!.content).toThrow(/does not match its entry/)
    let again = 0
    const restored = restoreEntry('agents/reviewer.md', cut, () => (again++, compile()))
    expect(view(restored)).toEqual(view(compiled))
    expect(again).toBe(1)
  })
})
