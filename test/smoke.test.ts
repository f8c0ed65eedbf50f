import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileSource, outputPath, TARGET_IDS } from '../src/internal.js'

describe('compileSource', () => {
  it('compiles a bundled example to every target', () => {
    const result = compileSource('agents/code-reviewer.md', readFileSync('agents/code-reviewer.md'))
    expect(result.agents.map((a) => a.name)).toEqual(['code-reviewer'])
    expect(result.outputs.map((o) => o.path)).toEqual(TARGET_IDS.map((id) => outputPath(id, 'code-reviewer')))
    expect(result.outputs.map((o) => o.path).slice(0, 3)).toEqual(['claude/code-reviewer.md', 'openai-assistant/code-reviewer.json', 'prompt/code-reviewer.txt'])
  })
})
