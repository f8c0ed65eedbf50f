/** Colours by a real colour distance, and the user's colour table (issue 12). */
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { compile } from '../src/index.js'
import { run, tempProject } from './helpers/cli.js'

const agent = (color: string) => `---\nname: painter\ndescription: Paints.\ncolor: "${color}"\n---\n\nYou paint, carefully and well.\n`
const frontmatter = (text: string) => YAML.parse(text.split('---\n')[1]!) as Record<string, unknown>
const written = (color: string, target: string, colorMap?: Record<string, string>) => {
  const result = compile(agent(color), { targets: [target], ...(colorMap ? { colorMap } : {}) })
  return { value: frontmatter(result.outputs[0]!.content).color, notes: result.diagnostics.filter((d) => d.message.includes('olour')) }
}

describe('the nearest colour a target keeps', () => {
  it.each([
    ['hotpink', 'pink'],
    ['darkgreen', 'green'],
    ['skyblue', 'cyan'],
    ['rgb(255,0,0)', 'red'],
    ['hsl(220 90% 50%)', 'blue'],
    ['#abc', 'cyan'],
    ['gold', 'yellow'],
    ['indigo', 'purple'],
    ['darkorange', 'orange'],
    ['navy', 'blue'],
  ])('%s → %s for Claude Code and Qwen Code, with a note', (color, nearest) => {
    for (const target of ['claude', 'qwen']) {
      const { value, notes } = written(color, target)
      expect(value, target).toBe(nearest)
      expect(notes.map((n) => [n.rule, n.severity])).toEqual([['target-translated', 'info']])
    }
  })

  it('every one of the eight comes back as itself', () => {
    for (const name of ['red', 'orange', 'yellow', 'green', 'cyan', 'blue', 'purple', 'pink']) expect(written(name, 'claude').value).toBe(name)
  })

  it('a grey has no hue to match: left out with a warning; what is no colour too', () => {
    for (const color of ['grey', '#808080', 'black', 'not-a-colour']) {
      const { value, notes } = written(color, 'claude')
      expect(value, color).toBeUndefined()
      expect(notes.map((n) => [n.rule, n.severity])).toEqual([['target-dropped', 'warning']])
    }
  })

  it('opencode takes any CSS colour as its hex value', () => {
    expect(written('rgb(255, 0, 0)', 'opencode').value).toBe('#ff0000')
    expect(written('hotpink', 'opencode').value).toBe('#ff69b4')
    expect(written('#AbC', 'opencode').value).toBe('#aabbcc')
    expect(written('accent', 'opencode').value).toBe('accent')
  })
})

describe('the colour table, as the model and tool tables', () => {
  it('colorMap wins over the nearest match, in the library, the config and --color-map', () => {
    expect(written('Teal', 'claude', { teal: 'green' }).value).toBe('green')
    expect(written('teal', 'opencode', { TEAL: '#123456' }).value).toBe('#123456')
    const dir = tempProject({ 'a.md': agent('teal'), 'agentdef.config.json': JSON.stringify({ colorMap: { teal: 'blue' } }) })
    expect(frontmatter(run(dir, 'convert', 'a.md', '--to', 'claude').stdout).color).toBe('blue')
    expect(frontmatter(run(dir, 'convert', 'a.md', '--to', 'claude', '--color-map', 'teal=purple').stdout).color).toBe('purple')
  })

  it('a mapped colour the target cannot hold is still checked: left out with a warning', () => {
    const { value, notes } = written('teal', 'claude', { teal: 'white' })
    expect(value).toBeUndefined()
    expect(notes.map((n) => n.rule)).toEqual(['target-dropped'])
  })
})
