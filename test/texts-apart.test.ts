/**
 * A worker's result with its outputs' texts apart, as bytes (src/pipeline/texts-apart.ts,
 * issue 11): the main thread restores the same outputs, text for text, as from the whole
 * entry; the build cache's own entries never hold a text apart.
 */
import { describe, expect, it } from 'vitest'
import { compileParts, type CompileOptions } from '../src/pipeline/compile.js'
import { contentsText, entryParts, entryText, restoreEntry } from '../src/pipeline/cache.js'
import { packTexts, textOf } from '../src/pipeline/texts-apart.js'

const options: CompileOptions = { targets: ['claude', 'opencode', 'roo', 'openai-agents'], lang: 'all', modelMap: {} }
const source = '---\nname: 审查员\ndescription: Reviews “code” — carefully 🚀.\n---\nYou review code. 你审查代码。\n\n## Rules\n\n- Be kind: always.\n'

describe('texts apart', () => {
  it('pack texts of any script into one block of bytes, each read back as it was', () => {
    const texts = ['', 'plain', '你好，世界', '🚀 emoji and “quotes”', '', 'é\u0301 combining', '\u2028 line separator']
    const packed = packTexts(texts)
    expect(packed.bytes.byteLength).toBe(texts.reduce((n, t) => n + Buffer.byteLength(t), 0))
    expect(packed.bytes.byteOffset).toBe(0)
    expect(packed.bytes.buffer.byteLength).toBe(packed.bytes.byteLength)
    expect(texts.map((_, i) => textOf(packed, i))).toEqual(texts)
  })

  it('restore the outputs a whole entry restores, gathered parts included', () => {
    const compiled = compileParts('agents/reviewer.md', Buffer.from(source), options)
    expect(compiled.outputs.some((o) => o.part !== undefined)).toBe(true)
    const parts = entryParts(compiled)!
    const apart = compiled.outputs.map((o) => o.part === undefined)
    const packed = packTexts(parts.texts.map((text, i) => (apart[i] ? text : '')))
    const sent = { entry: parts.entry, contents: contentsText(parts.texts.map((text, i) => (apart[i] ? null : text)), parts.others), apart: (i: number) => textOf(packed, i) }
    const fromWorker = restoreEntry('agents/reviewer.md', sent)
    const fromCache = restoreEntry('agents/reviewer.md', entryText(compiled)!)
    const view = (c: typeof fromWorker) => c.outputs.map((o) => ({ path: o.path, digest: o.digest, content: o.content, part: o.part, notes: o.notes }))
    expect(view(fromWorker)).toEqual(view(fromCache))
    expect(view(fromWorker).map((o) => o.content)).toEqual(compiled.outputs.map((o) => o.content))
    expect(fromWorker.file.messages.map(String)).toEqual(compiled.file.messages.map(String))
  })

  it('are never taken from a cache entry: a rest whose text is missing is not an entry', () => {
    const compiled = compileParts('agents/reviewer.md', Buffer.from(source), options)
    const parts = entryParts(compiled)!
    const restored = restoreEntry('agents/reviewer.md', { entry: parts.entry, contents: contentsText(parts.texts.map(() => null), parts.others) })
    expect(() => restored.outputs[0]!.content).toThrow(/does not match its entry/)
    // With the file to compile again (as a build gives it), the texts are made again.
    const again = restoreEntry('agents/reviewer.md', { entry: parts.entry, contents: contentsText(parts.texts.map(() => null), parts.others) }, () => compiled)
    expect(again.outputs.map((o) => o.content)).toEqual(compiled.outputs.map((o) => o.content))
  })
})
