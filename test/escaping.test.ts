/**
 * Hostile text comes out intact in every target: quotes, backslashes,
 * Handlebars braces, `---`, `</script>`, tabs, emoji. And compiling a Claude
 * output again gives the same bytes.
 */
import fc from 'fast-check'
import { VFile } from 'vfile'
import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import { emit, type Agent } from '../src/internal.js'
import { compileText, makeAgent, outputOf, problems } from './helpers/agent.js'
import { fuzzRuns } from './helpers/fuzz.js'
import { parseClaude, validateClaude, validateOpenAI } from './helpers/validate.js'

/** The display name, as the YAML below parses it. */
const NAME = 'Quote "Q" \\ {{x}} </script> 🎉 agent'
const DESCRIPTION = 'He said "stop", it\'s done \\ C:\\Users\\me {{user.name}} {{{raw}}} --- </script>\there # not a comment: ok 🎉 👩‍💻 & *star | pipe > gt'
const PROMPT = [
  'You handle "quotes", \'apostrophes\' and back\\slashes: C:\\Users\\me\\docs and the regex ^\\d+\\\\$.',
  'Templates like {{user.name}}, {{{raw}}}, {{#if x}}y{{/if}} and {{> partial}} stay literal.',
  '---',
  'A line of three dashes is above; </script><script>alert("x")</script> is just text.',
  '\tA tab-indented line\twith a tab inside.',
  'Emoji: 🎉 👩‍💻 🇫🇷, CJK: 你好, RTL: שלום, a no-break\u00a0space.',
  '```yaml',
  'key: "value" # comment',
  '---',
  '```',
  'Last line with a trailing backslash \\',
].join('\n')

/** A source whose frontmatter is strict YAML: every value a JSON string, which YAML reads as a double-quoted scalar. */
const SOURCE = `---\nname: ${JSON.stringify(NAME)}\ndescription: ${JSON.stringify(DESCRIPTION)}\nmodel: sonnet\n---\n\n${PROMPT}\n`

describe('an agent full of special characters', () => {
  const result = compileText('hostile.md', SOURCE)

  it('is read as written', () => {
    expect(YAML.parse(SOURCE.split('---\n')[1]!)).toMatchObject({ name: NAME, description: DESCRIPTION })
    expect(result.agents).toHaveLength(1)
    const agent = result.agents[0]!
    expect(agent.title).toBe(NAME)
    expect(agent.description).toBe(DESCRIPTION)
    expect(agent.instructions.text).toBe(PROMPT)
    expect(agent.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(problems(result).filter((d) => d.severity === 'error')).toEqual([])
  })

  it('claude: the frontmatter re-parses strictly to the same values, the body is byte-identical', () => {
    const text = outputOf(result, 'claude')
    expect(validateClaude(text)).toEqual([])
    const { frontmatter, body } = parseClaude(text)
    expect(frontmatter.name).toBe(result.agents[0]!.name)
    expect(frontmatter.description).toBe(DESCRIPTION)
    expect(frontmatter.model).toBe('sonnet')
    expect(body).toBe(PROMPT + '\n')
  })

  it('claude: the frontmatter is one line per key, every string double-quoted', () => {
    const text = outputOf(result, 'claude')
    const frontmatter = text.slice(4, text.indexOf('\n---\n') + 1)
    for (const line of frontmatter.trimEnd().split('\n')) expect(line).toMatch(/^[A-Za-z][\w-]*: ".*"$/)
  })

  it('openai-assistant: JSON.parse gives the same strings', () => {
    const text = outputOf(result, 'openai-assistant')
    expect(validateOpenAI(text)).toEqual([])
    const body = JSON.parse(text) as Record<string, unknown>
    expect(body.name).toBe(NAME)
    expect(body.description).toBe(DESCRIPTION)
    expect(body.instructions).toBe(PROMPT)
  })

  it('prompt: identical', () => {
    expect(outputOf(result, 'prompt')).toBe(PROMPT + '\n')
  })

  it('is idempotent: its Claude output compiled again gives the same Claude output bytes', () => {
    const first = outputOf(result, 'claude')
    const second = compileText(`${result.agents[0]!.name}.md`, first)
    expect(problems(second)).toEqual([])
    expect(outputOf(second, 'claude')).toBe(first)
    expect(outputOf(second, 'prompt')).toBe(outputOf(result, 'prompt'))
  })
})

/**
 * The description Claude Code reads from a string: a literal `\n` (or `\\n`) is a
 * newline (README, claude table), and surrounding whitespace goes (as agentdef reads it back).
 */
const claudeReads = (s: string): string => s.replace(/\\\\n|\\n/g, '\n').trim()

const EMIT_OPTIONS = { lang: 'all' as const, modelMap: {} }

function emitAll(agent: Agent) {
  const file = new VFile({ path: 'prop.md' })
  return { claude: emit(agent, 'claude', EMIT_OPTIONS, file), openai: emit(agent, 'openai-assistant', EMIT_OPTIONS, file), prompt: emit(agent, 'prompt', EMIT_OPTIONS, file), file }
}

/** The `description` of an agent's Claude output. */
function claudeDescription(agent: Agent): unknown {
  return parseClaude(emitAll(agent).claude!.content).frontmatter.description
}

const withText = (description: string, title: string, prompt: string): Agent =>
  makeAgent({ description, title, instructions: { text: prompt, outline: [], languages: ['en'] } })

describe('a description and a title that Claude Code reads as blank (a literal `\\n`)', () => {
  // The property below once drew description `\n` and title `\n` (backslash, n) and an empty
  // prompt. Claude Code reads a description of `\n` as a newline, i.e. as blank, and skips
  // the agent; so the Claude target cannot write the title `\n` as the description either.
  // A title that reads as blank counts as no title: the description is the prompt's first
  // sentence, else the title made from the name, as for any agent without a description.
  // The other targets read no escapes: they keep both strings as written.
  it('claude: the title made from the name when there is no prompt; the others keep `\\n` as written', () => {
    const agent = withText('\\n', '\\n', '')
    const out = emitAll(agent)
    expect(out.file.messages.filter((m) => m.fatal === true)).toEqual([])
    expect(validateClaude(out.claude!.content)).toEqual([])
    expect(parseClaude(out.claude!.content).frontmatter.description).toBe('Test Agent')
    expect(out.file.messages.map((m) => m.ruleId)).toContain('target-defaulted')
    const body = JSON.parse(out.openai!.content) as Record<string, unknown>
    expect(validateOpenAI(out.openai!.content)).toEqual([])
    expect(body).toMatchObject({ name: '\\n', description: '\\n', instructions: '' })
    expect(out.prompt!.content).toBe('\n')
    // Compiling the Claude output again changes nothing.
    expect(outputOf(compileText('test-agent.md', out.claude!.content), 'claude')).toBe(out.claude!.content)
  })

  it('claude: the first sentence of the prompt when there is one', () => {
    const out = emitAll(withText('\\n', '\\n', 'You review code. Then you explain.'))
    expect(parseClaude(out.claude!.content).frontmatter.description).toBe('You review code.')
    expect(outputOf(compileText('test-agent.md', out.claude!.content), 'claude')).toBe(out.claude!.content)
  })

  it('claude: a title that holds more than `\\n` is used, read as Claude Code reads it', () => {
    expect(claudeDescription(withText('\\n', ' \\nReviewer\\nof code ', 'You review code.'))).toBe('Reviewer\nof code')
    expect(claudeDescription(withText(' \\n\\n ', 'Reviewer', 'You review code.'))).toBe('Reviewer')
  })
})

describe('any text survives every target (property)', () => {
  /** Characters that mean something to YAML, JSON, Handlebars, HTML or Markdown, and some that are hard for encoders. */
  const tricky = fc.constantFrom(
    '"', "'", '\\', '{', '}', '{{', '}}', '-', '---', '<', '>', '/', '</script>', '\t', '\n', ':', ': ', '#', '&', '*', '!', '|', '%', '@', '`', '[', ']', ',', '?',
    ' ', '\u00a0', '\u2028', '\u0085', '🎉', '👩‍💻', '中文', 'a', 'Z', '0', 'null', 'true', '~', 'yes', '\\n',
  )
  const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join(''))
  /** Values a source could hold: no CR (sources are LF-normalised); a description that is not blank. */
  const value = text.filter((s) => !s.includes('\r') && s.charCodeAt(0) !== 0xfeff)
  const description = value.filter((s) => s.trim() !== '' && s.length <= 512)

  it('claude, openai-assistant and prompt keep description, title and prompt exactly', () => {
    fc.assert(
      fc.property(description, value.filter((s) => s.trim() !== '' && s.length <= 256), value, (desc, title, prompt) => {
        const agent = withText(desc, title, prompt)
        const out = emitAll(agent)
        expect(out.file.messages.filter((m) => m.fatal === true).map((m) => m.reason)).toEqual([])
        const claude = parseClaude(out.claude!.content)
        expect(validateClaude(out.claude!.content)).toEqual([])
        // Claude Code reads a literal `\n` in a description as a newline, so the target writes one
        // (README, claude table), without surrounding whitespace (as agentdef reads it back);
        // a description that is then blank falls back to the title, read the same way; a title
        // that is blank too once read counts as no title (see the examples above).
        const seen = claudeReads(desc)
        const titleSeen = claudeReads(title)
        const expected = seen !== '' ? seen : titleSeen !== '' ? titleSeen : claudeDescription({ ...agent, title: '' })
        expect(claude.frontmatter.description).toBe(expected)
        expect(claudeReads(String(claude.frontmatter.description))).not.toBe('')
        if (prompt !== '') expect(claude.body).toBe(prompt + '\n')
        const body = JSON.parse(out.openai!.content) as Record<string, unknown>
        expect(validateOpenAI(out.openai!.content)).toEqual([])
        expect(body.name).toBe(title)
        expect(body.description).toBe(desc)
        expect(body.instructions).toBe(prompt)
        expect(out.prompt!.content).toBe(prompt + '\n')
      }),
      { numRuns: fuzzRuns(300) },
    )
  })
})

describe('text from inputs on the terminal', () => {
  it('an escape sequence in a tool name and a newline in a file name are written as escapes, one diagnostic per line', async () => {
    const { run, tempProject } = await import('./helpers/cli.js')
    const dir = tempProject({ 'agents/odd\nname.md': '---\nname: odd\ndescription: Does odd things.\ntools: Read, "\u001b[2JClear"\n---\n\nYou do odd things.\n' })
    const result = run(dir, 'lint', 'agents')
    expect(result.stderr).not.toContain('\u001b')
    expect(result.stderr).toContain('\\x1b[2JClear')
    // Each line a diagnostic, a blank line between files, or the summary (its by-rule rows: count, severity, rule id).
    for (const line of result.stderr.trimEnd().split('\n')) expect(line).toMatch(/^(agents\/odd\\nname\.md:\d+:\d+: (error|warning|info): .* \([a-z-]+\)|\d+ files? checked, .*|By rule:| +\d+ (error|warning|note)s? +[a-z-]+|)$/)
  })
})
