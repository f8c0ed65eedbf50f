/**
 * Custom targets from configuration alone (issue 8): a template of the user's, an
 * output path pattern, a container whose parser checks every output, tool and
 * model tables. End to end through the CLI, on a project written here.
 */
import YAML from 'yaml'
import { parse as parseToml } from 'smol-toml'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, listFiles, read, run, spawnRun, tempProject } from './helpers/cli.js'

const AGENT = `---
name: sql-reviewer
description: Reviews SQL migrations for locking and missing indexes.
tools: Read, Grep, Bash, NotebookEdit
model: sonnet
---

You review SQL migrations. Say which statements lock a table, and for how long.
`

const config = (customTargets: object, extra: object = {}) => JSON.stringify({ customTargets, ...extra })

describe('custom targets', () => {
  it('builds a target from a template, a path pattern, a container and tables, with the built-in ones under --target all', () => {
    const dir = tempProject({
      'agents/sql-reviewer.md': AGENT,
      'targets/dotprompt.hbs': `---\nmodel: {{json model}}\ndescription: {{json description}}\ntools: {{json tools}}\n---\n{{prompt}}\n`,
      'targets/card.toml.hbs': `name = {{toml name}}\ndescription = {{toml description}}\ntools = {{toml tools}}\n\n[prompt]\ntext = {{toml prompt}}\n`,
      'agentdef.config.json': config({
        dotprompt: { template: 'targets/dotprompt.hbs', path: 'prompts/{name}.prompt', container: 'markdown', models: { sonnet: 'googleai/gemini-2.5-flash' }, tools: { read: 'readFile', search: 'grepFiles', shell: 'runCommand' } },
        card: { template: 'targets/card.toml.hbs', path: '{name}.toml', container: 'toml' },
      }),
    })
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'all', '--verbose')
    expect(result.status, result.stderr).toBe(0)
    const files = listFiles(`${dir}/out`)
    expect(files).toContain('dotprompt/prompts/sql-reviewer.prompt')
    expect(files).toContain('card/sql-reviewer.toml')
    expect(files).toContain('claude/sql-reviewer.md')

    const prompt = read(`${dir}/out`, 'dotprompt/prompts/sql-reviewer.prompt')
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(prompt)!
    expect(YAML.parse(frontmatter!)).toEqual({ model: 'googleai/gemini-2.5-flash', description: 'Reviews SQL migrations for locking and missing indexes.', tools: ['readFile', 'grepFiles', 'runCommand'] })
    expect(body).toBe('You review SQL migrations. Say which statements lock a table, and for how long.\n')
    // The table has no entry for NotebookEdit: said, naming the target; the model's translation is a note.
    expect(result.stderr).toContain("warning: dotprompt: the target's `tools` table has no entry for `NotebookEdit`; left out (target-dropped)")
    expect(result.stderr).toContain('info: dotprompt: Model `sonnet` written as `googleai/gemini-2.5-flash` (target-translated)')

    // Without tables: Claude Code's tool names and the model as written.
    expect(parseToml(read(`${dir}/out`, 'card/sql-reviewer.toml'))).toEqual({
      name: 'sql-reviewer',
      description: 'Reviews SQL migrations for locking and missing indexes.',
      tools: ['Read', 'Grep', 'Bash', 'NotebookEdit'],
      prompt: { text: 'You review SQL migrations. Say which statements lock a table, and for how long.' },
    })
  })

  it('the bin compiles a custom template as the library does (the bundle loads the Handlebars compiler on first use)', () => {
    ensureBuilt()
    const files = {
      'agents/sql-reviewer.md': AGENT,
      'targets/dotprompt.hbs': '---\nname: {{json name}}\ntools: {{json tools}}\nmodel: {{{yaml missing}}}\n---\n{{prompt}}\n',
      'agentdef.config.json': config({ dotprompt: { template: 'targets/dotprompt.hbs', path: '{name}.prompt', container: 'markdown' } }),
    }
    const inProcess = tempProject(files)
    const spawned = tempProject(files)
    const expected = run(inProcess, 'build', 'agents', '--out', 'out', '--target', 'dotprompt,claude')
    expect(expected.status, expected.stderr).toBe(0)
    expect(spawnRun(spawned, 'build', 'agents', '--out', 'out', '--target', 'dotprompt,claude')).toEqual(expected)
    expect(read(`${spawned}/out`, 'dotprompt/sql-reviewer.prompt')).toBe(read(`${inProcess}/out`, 'dotprompt/sql-reviewer.prompt'))
    // A field the view does not have is nothing, in every helper (`yaml` once failed on it).
    expect(read(`${spawned}/out`, 'dotprompt/sql-reviewer.prompt')).toBe('---\nname: "sql-reviewer"\ntools: [\n  "Read",\n  "Grep",\n  "Bash",\n  "NotebookEdit"\n]\nmodel: \n---\nYou review SQL migrations. Say which statements lock a table, and for how long.\n')
  })

  it('a template that writes what its container cannot parse is an error with the parser\'s reason; as for any target, the file writes nothing', () => {
    const dir = tempProject({
      'agents/sql-reviewer.md': AGENT,
      // `{{description}}` is not escaped for JSON: the quote-free text still breaks the object.
      'broken.hbs': '{ "description": {{description}} }\n',
      'agentdef.config.json': config({ broken: { template: 'broken.hbs', path: '{name}.json', container: 'json' } }),
    })
    const result = run(dir, 'build', 'agents', '--out', 'out', '--target', 'broken,claude')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/error: broken: output failed its own check, not written: not JSON: /)
    expect(listFiles(dir).filter((f) => f.startsWith('out/'))).toEqual([])
  })

  it('refuses a definition that could write outside its folder, a built-in id, an unknown container, a missing template', () => {
    const cases: [object, RegExp][] = [
      [{ x: { template: 't.hbs', path: '../{name}.md', container: 'markdown' } }, /customTargets\.x\.path/],
      [{ x: { template: 't.hbs', path: 'fixed.md', container: 'markdown' } }, /customTargets\.x\.path/],
      [{ claude: { template: 't.hbs', path: '{name}.md', container: 'markdown' } }, /customTargets\.claude/],
      [{ x: { template: 't.hbs', path: '{name}.md', container: 'xml' } }, /customTargets\.x\.container/],
      [{ x: { template: 'missing.hbs', path: '{name}.md', container: 'text' } }, /customTargets\.x\.template/],
    ]
    for (const [customTargets, message] of cases) {
      const dir = tempProject({ 'agents/a.md': AGENT, 't.hbs': '{{prompt}}', 'agentdef.config.json': config(customTargets) })
      const result = run(dir, 'build', 'agents', '--out', 'out')
      expect(result.status, JSON.stringify(customTargets)).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(listFiles(dir).some((f) => f.startsWith('out/'))).toBe(false)
    }
  })

  it('an unknown target is a usage error naming the custom ones; `--target ,` names none', () => {
    const dir = tempProject({ 'agents/a.md': AGENT, 't.hbs': '{{prompt}}', 'agentdef.config.json': config({ mine: { template: 't.hbs', path: '{name}.txt', container: 'text' } }) })
    const unknown = run(dir, 'build', 'agents', '--target', 'yours')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('unknown target `yours`')
    expect(unknown.stderr).toContain('mine')
    expect(run(dir, 'build', 'agents', '--target', ',').status).toBe(2)
  })
})
