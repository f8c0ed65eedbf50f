/**
 * The acceptance suite on the five reference inputs (../shared/seeds, read at
 * test time) and the bundled examples (agents/): what each seed must give in
 * every target, and that every output is valid for its strictest reader.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileSource, diagnosticsOf, outputPath, TARGET_IDS, type CompileResult, type TargetId } from '../src/internal.js'
import { ALL_TARGETS, compileText, OPTIONS, outputOf, problems } from './helpers/agent.js'
import { bundledAgents, HAN, readSeed, seedPath } from './helpers/paths.js'
import { parseClaude, validateClaude, validateOpenAI, validateOutput } from './helpers/validate.js'

const compileSeed = (n: number, options = OPTIONS): CompileResult => compileSource(seedPath(n), readSeed(n), options)

/** The seed's body: the lines after the closing `---` of its frontmatter. */
function seedBody(n: number): string[] {
  const lines = readSeed(n).toString('utf8').split('\n')
  const close = lines.indexOf('---', 1)
  return lines.slice(close + 1)
}

const openai = (result: CompileResult) => JSON.parse(outputOf(result, 'openai-assistant')) as Record<string, unknown>
const claude = (result: CompileResult) => parseClaude(outputOf(result, 'claude'))
const functionNames = (result: CompileResult) =>
  (openai(result).tools as { type: string; function: { name: string } }[]).map((t) => t.function.name)

describe.each([0, 1, 2, 3, 4])('seed %i', (n) => {
  const result = compileSeed(n)

  it('compiles to every target with no error', () => {
    expect(diagnosticsOf(result.file).filter((d) => d.severity === 'error')).toEqual([])
    expect(result.agents).toHaveLength(1)
    const name = result.agents[0]!.name
    expect(result.outputs.map((o) => o.path).sort()).toEqual(TARGET_IDS.map((id) => outputPath(id, name)).sort())
  })

  it('gives a Claude file whose frontmatter re-parses strictly and keeps name, description, tools, model', () => {
    const text = outputOf(result, 'claude')
    expect(validateClaude(text)).toEqual([])
    const agent = result.agents[0]!
    const { frontmatter, body } = claude(result)
    expect(frontmatter.name).toBe(agent.name)
    expect(frontmatter.description).toEqual(expect.stringContaining(agent.description))
    if (agent.tools.mode === 'all') expect(frontmatter).not.toHaveProperty('tools')
    else expect(typeof frontmatter.tools).toBe('string')
    if (agent.model) expect(frontmatter.model).toBe(agent.model.raw)
    else expect(frontmatter).not.toHaveProperty('model')
    expect(body).toBe(agent.instructions.text + '\n')
  })

  it('gives an OpenAI request body valid against the strict schema', () => {
    const text = outputOf(result, 'openai-assistant')
    expect(validateOpenAI(text)).toEqual([])
    const body = openai(result)
    const agent = result.agents[0]!
    expect(body.name).toBe(agent.title)
    expect(body.description).toBe(agent.description)
    expect(body.instructions).toEqual(expect.stringContaining(agent.instructions.text))
  })

  it('gives the prompt alone', () => {
    expect(outputOf(result, 'prompt').trimEnd()).toBe(result.agents[0]!.instructions.text)
  })

  it('is idempotent: the Claude output compiled again gives the same bytes', () => {
    const first = outputOf(result, 'claude')
    // Read back for the Claude target alone: the Claude description (triggers included) may
    // exceed other targets' limits, which those targets then report.
    const again = compileText(`${result.agents[0]!.name}.md`, first, { targets: ['claude'] })
    expect(outputOf(again, 'claude')).toBe(first)
    expect(problems(again)).toEqual([])
  })

  it('is deterministic', () => {
    expect(compileSeed(n).outputs).toEqual(result.outputs)
  })
})

describe('seed 000: bilingual lines', () => {
  const body = seedBody(0).filter((l) => l.trim() !== '')
  /** The two halves of a `prefix English / 中文` line, found here independently of the code under test. */
  const halves = (line: string) => {
    const at = line.lastIndexOf(' / ')
    const prefix = /^(#{1,6}\s|-\s|\d+\.\s)?/.exec(line)![0]
    return { en: line.slice(0, at).trimEnd(), zh: prefix + line.slice(at + 3).trim() }
  }
  const bilingual = body.filter((l) => HAN.test(l) && /[A-Za-z]/.test(l) && l.includes(' / '))

  it('has the shape the test expects (a guard on the seed itself)', () => {
    expect(bilingual.length).toBeGreaterThan(20)
    expect(body.filter((l) => !HAN.test(l)).length).toBeGreaterThan(0)
  })

  it('compiles with no warning, model sonnet, every tool', () => {
    const result = compileSeed(0)
    expect(problems(result)).toEqual([])
    const agent = result.agents[0]!
    expect(agent.name).toBe('backend-developer')
    expect(agent.description.replace(/\s+/g, ' ')).toBe(
      'Develop robust backend systems with focus on scalability, security, and maintainability. Handles API design, database optimization, and server architecture. Use PROACTIVELY for server-side development and system design.',
    )
    expect(agent.model).toMatchObject({ raw: 'sonnet', tier: 'sonnet' })
    expect(agent.tools.mode).toBe('all')
    expect(agent.instructions.languages).toEqual(['en', 'zh'])
    expect(claude(result).frontmatter.model).toBe('sonnet')
  })

  describe('--lang en', () => {
    const result = compileSeed(0, { targets: ALL_TARGETS, lang: 'en', modelMap: {} })
    const prompt = outputOf(result, 'prompt')
    const promptLines = new Set(prompt.split('\n').map((l) => l.trimEnd()))

    it('leaves no Chinese character in any output', () => {
      expect(result.outputs).toHaveLength(TARGET_IDS.length)
      for (const output of result.outputs) expect(output.content, output.path).not.toMatch(HAN)
    })

    it('loses no English line', () => {
      for (const line of body.filter((l) => !HAN.test(l))) expect(promptLines, line).toContain(line.trimEnd())
    })

    it('keeps the English half of every `English / 中文` line, with its Markdown prefix', () => {
      for (const line of bilingual) expect(promptLines, line).toContain(halves(line).en)
      expect(promptLines).toContain('## Technical Expertise')
      expect(promptLines).toContain('- Deployment scripts and CI/CD pipeline configurations')
      // The seed writes a no-break space after `1.`: the author's bytes are kept.
      expect([...promptLines].filter((l) => /^1\.\s+API-first design\s+with\s+comprehensive documentation$/.test(l))).toHaveLength(1)
    })

    it('gives the same English prompt in every target and stays valid', () => {
      expect(parseClaude(outputOf(result, 'claude')).body.trimEnd()).toBe(prompt.trimEnd())
      expect(openai(result).instructions).toBe(prompt.trimEnd())
      expect(validateClaude(outputOf(result, 'claude'))).toEqual([])
      expect(validateOpenAI(outputOf(result, 'openai-assistant'))).toEqual([])
    })

    it('warns of nothing: every Chinese line has its English twin', () => {
      expect(problems(result)).toEqual([])
    })
  })

  describe('--lang zh', () => {
    const result = compileSeed(0, { targets: ALL_TARGETS, lang: 'zh', modelMap: {} })
    const prompt = outputOf(result, 'prompt')
    const promptLines = new Set(prompt.split('\n').map((l) => l.trimEnd()))

    it('keeps every Chinese line', () => {
      for (const line of body.filter((l) => HAN.test(l) && !bilingual.includes(l))) expect(promptLines, line).toContain(line.trimEnd())
    })

    it('keeps the Chinese half of every `English / 中文` line, with its Markdown prefix', () => {
      for (const line of bilingual) expect(promptLines, line).toContain(halves(line).zh)
      expect(promptLines).toContain('## 技术专长')
      expect(promptLines).toContain('- 部署脚本和CI/CD流水线配置')
    })

    it('leaves out the English lines that have a Chinese twin', () => {
      expect(prompt).not.toContain('You are a backend development expert')
      expect(prompt).not.toContain('Technical Expertise')
      expect(validateOpenAI(outputOf(result, 'openai-assistant'))).toEqual([])
    })
  })
})

describe('seed 001: unindented description with <example> blocks', () => {
  const result = compileSeed(1)
  const agent = result.agents[0]!

  it('reads the description without its examples', () => {
    expect(agent.description).toBe(
      'PROACTIVELY develop robust backend systems with focus on scalability, security, and maintainability. Specializes in API design, database optimization, server architecture, and microservices. Use for server-side development, system design, and infrastructure challenges.',
    )
    expect(agent.description).not.toMatch(/<\/?example>|<commentary>|Examples:/)
  })

  it('lifts three examples with context, user, assistant and commentary', () => {
    expect(agent.examples).toHaveLength(3)
    for (const example of agent.examples) {
      expect(example.context).toBeTruthy()
      expect(example.user).toBeTruthy()
      expect(example.assistant).toBeTruthy()
      expect(example.commentary).toBeTruthy()
      expect(example.raw).toMatch(/^<example>[\s\S]*<\/example>$/)
    }
    expect(agent.examples[0]).toMatchObject({
      context: 'User needs to build an email processing service.',
      user: 'I need to create a backend service that processes Gmail emails and stores classification results',
      assistant: "I'll use the backend-developer agent to design a scalable email processing service with proper database design and queue management.",
      commentary: 'This requires backend expertise for service architecture, database design, async processing, and API development.',
    })
    expect(agent.examples[1]!.user).toBe("Our email classification API is too slow and can't handle the current load")
    expect(agent.examples[2]!.context).toBe('User needs security improvements.')
  })

  it('warns of the unindented continuation, naming line 5, and of nothing else', () => {
    const warnings = problems(result)
    expect(warnings.map((d) => [d.severity, d.rule])).toEqual([['warning', 'yaml-unindented-continuation']])
    const [warning] = warnings
    expect([warning!.line, warning!.column], JSON.stringify(warning)).toEqual([5, 1])
  })

  it('reads model sonnet and colour orange after the broken description', () => {
    expect(agent.model).toMatchObject({ raw: 'sonnet', family: 'anthropic', tier: 'sonnet' })
    expect(agent.color).toBe('orange')
    const { frontmatter } = claude(result)
    expect(frontmatter.model).toBe('sonnet')
    expect(frontmatter.color).toBe('orange')
  })

  it('keeps the examples in the Claude description', () => {
    const description = claude(result).frontmatter.description as string
    expect(description.startsWith(agent.description)).toBe(true)
    expect(description.match(/<example>/g)).toHaveLength(3)
    for (const example of agent.examples) expect(description).toContain(example.raw)
  })

  it('moves the examples into the OpenAI instructions, not the description', () => {
    const body = openai(result)
    expect(body.description).toBe(agent.description)
    const instructions = body.instructions as string
    expect(instructions.startsWith(agent.instructions.text)).toBe(true)
    for (const example of agent.examples) {
      expect(instructions).toContain(example.user)
      expect(instructions).toContain(example.assistant)
    }
    expect(instructions).not.toContain('<example>')
    expect(body.metadata).toMatchObject({ color: 'orange', source_model: 'sonnet' })
  })

  it('starts the prompt at the body, after the frontmatter', () => {
    expect(outputOf(result, 'prompt')).toMatch(/^You are a backend development expert/)
    expect(outputOf(result, 'prompt')).not.toContain('model: sonnet')
  })
})

describe('seed 002: heading-structured', () => {
  const result = compileSeed(2)
  const agent = result.agents[0]!

  it('is read by the heading dialect', () => {
    expect(agent.source.dialect).toBe('heading')
    expect(agent.name).toBe('backend-developer')
    expect(agent.title).toBe('Backend Developer')
    expect(agent.description).toBe(
      'Expert in server-side architecture, API design, database management, and system integration. Specializes in scalable backend solutions, microservices, and data management patterns.',
    )
  })

  it('maps the lower-case tool list', () => {
    expect(agent.tools.mode).toBe('list')
    expect(agent.tools.items.map((t) => t.id)).toEqual(['read', 'write', 'edit', 'shell', 'search', 'glob'])
    expect(claude(result).frontmatter.tools).toBe('Read, Write, Edit, Bash, Grep, Glob')
    expect(functionNames(result)).toHaveLength(6)
  })

  it('reads triggers of every kind', () => {
    const of = (kind: string) => agent.triggers.filter((t) => t.kind === kind).map((t) => t.value)
    expect(new Set(agent.triggers.map((t) => t.kind))).toEqual(new Set(['auto', 'explicit', 'file', 'directory', 'keyword', 'command']))
    expect(of('auto')).toEqual(['API endpoints', 'database queries', 'server configuration', 'authentication systems', 'external service integrations'])
    expect(of('explicit')).toEqual(['Complex backend architecture', 'performance optimization', 'data modeling', 'security implementation'])
    expect(of('file')).toEqual(['*.py', '*.js', '*.ts', '*.java', '*.go', '*.rs', 'requirements.txt', 'package.json'])
    expect(of('directory')).toEqual(['src/api/', 'src/services/', 'src/models/', 'migrations/', 'tests/api/'])
    expect(of('keyword')).toEqual(['API', 'database', 'backend', 'server', 'authentication', 'microservice'])
    expect(of('command')).toEqual(['@backend-developer', '/api-design', '/db-optimize', '/security-review'])
  })

  it('takes the System Prompt section with its ### subsections, and nothing else', () => {
    const prompt = agent.instructions.text
    expect(prompt).toMatch(/^You are a senior backend developer/)
    for (const heading of ['### Core Expertise:', '### Architecture Patterns:', '### Performance & Scalability:', '### Best Practices:', '### Security Focus:']) {
      expect(prompt).toContain(heading)
    }
    expect(prompt).toContain('- Sensitive data encryption and secure storage')
    expect(prompt).not.toContain('AUTO-TRIGGERS')
    expect(prompt).not.toContain('USE EXPLICITLY FOR')
    expect(prompt).not.toMatch(/^## (Description|Tools|Activation Patterns|System Prompt)/m)
    expect(outputOf(result, 'prompt')).not.toContain('AUTO-TRIGGERS')
  })

  it('loses no trigger: the Claude description holds every one, labelled by kind', () => {
    const description = claude(result).frontmatter.description as string
    for (const trigger of agent.triggers) expect(description).toContain(trigger.value)
    expect(description).toMatch(/^Use proactively for: API endpoints, /m)
    expect(description).toMatch(/^Files: `\*\.py`, /m)
    expect(description).toMatch(/^Commands: `@backend-developer` \(Direct consultation\), /m)
    expect(problems(result).filter((d) => d.rule === 'target-dropped')).toEqual([])
  })

  it('keeps every trigger in the OpenAI metadata', () => {
    const metadata = openai(result).metadata as Record<string, string>
    for (const trigger of agent.triggers) expect(Object.values(metadata).join('\n')).toContain(trigger.value)
  })

  it('warns only of what a target cannot hold', () => {
    for (const d of problems(result)) expect(d.rule).toMatch(/^target-/)
  })
})

describe('seed 003: Claude frontmatter with a tool list', () => {
  const result = compileSeed(3)
  const agent = result.agents[0]!

  it('compiles with no warning', () => {
    expect(problems(result)).toEqual([])
  })

  it('reads name, description, tools and no model', () => {
    expect(agent.name).toBe('backend-developer')
    expect(agent.description).toBe(
      'Senior backend engineer specializing in scalable API development and microservices architecture. Builds robust server-side solutions with focus on performance, security, and maintainability.',
    )
    expect(agent.tools.items.map((t) => t.id)).toEqual(['read', 'write', 'edit', 'shell', 'glob', 'search'])
    expect(agent.model).toBeUndefined()
    expect(claude(result).frontmatter.tools).toBe('Read, Write, Edit, Bash, Glob, Grep')
    expect(claude(result).frontmatter).not.toHaveProperty('model')
    expect(functionNames(result)).toHaveLength(6)
  })
})

describe('seed 004: MCP tool', () => {
  const result = compileSeed(4)
  const agent = result.agents[0]!

  it('compiles with no warning', () => {
    expect(problems(result)).toEqual([])
  })

  it('reads the tools, the MCP tool as mcp:<server>/<tool>', () => {
    expect(agent.name).toBe('backend-specialist')
    expect(agent.tools.items.map((t) => t.id)).toEqual(['read', 'search', 'glob', 'edit', 'multi-edit', 'shell', 'mcp:ide/getDiagnostics'])
    expect(agent.tools.items.at(-1)).toMatchObject({ id: 'mcp:ide/getDiagnostics', raw: 'mcp__ide__getDiagnostics' })
  })

  it('writes the MCP tool back as mcp__ide__getDiagnostics in Claude, and as a function in OpenAI', () => {
    expect(claude(result).frontmatter.tools).toBe('Read, Grep, Glob, Edit, MultiEdit, Bash, mcp__ide__getDiagnostics')
    expect(functionNames(result)).toContain('mcp__ide__getDiagnostics')
    expect(functionNames(result)).toHaveLength(7)
  })

  it('reads the same tools back from its own Claude output', () => {
    const again = compileText('backend-specialist.md', outputOf(result, 'claude'))
    expect(again.agents[0]!.tools).toEqual(agent.tools)
  })
})

describe('bundled examples (agents/)', () => {
  const files = bundledAgents()

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(4)
  })

  describe.each(files.map((f) => [basename(f), f]))('%s', (_name, path) => {
    const result = compileSource(path, readFileSync(path))

    it('compiles to every target with no error, every output valid', () => {
      expect(diagnosticsOf(result.file).filter((d) => d.severity === 'error')).toEqual([])
      expect(result.agents.length).toBeGreaterThan(0)
      const targets = new Set(result.outputs.map((o) => o.target))
      expect([...targets].sort()).toEqual([...ALL_TARGETS].sort())
      for (const output of result.outputs) expect(validateOutput(output), output.path).toEqual([])
    })

    it('keeps name, description, examples, tools and model in Claude', () => {
      for (const agent of result.agents) {
        const { frontmatter } = parseClaude(outputOf(result, 'claude', agent.name))
        expect(frontmatter.name).toBe(agent.name)
        expect(frontmatter.description).toEqual(expect.stringContaining(agent.description))
        for (const example of agent.examples) expect(frontmatter.description).toEqual(expect.stringContaining(example.raw))
        expect('tools' in frontmatter).toBe(agent.tools.mode !== 'all')
        if (agent.model?.family === 'anthropic' || agent.model?.tier === 'inherit') expect(frontmatter.model).toBeTruthy()
      }
    })

    it('is idempotent through Claude', () => {
      for (const agent of result.agents) {
        const first = outputOf(result, 'claude', agent.name)
        expect(outputOf(compileText(`${agent.name}.md`, first), 'claude')).toBe(first)
      }
    })

    it('validates under --lang en and --lang zh too', () => {
      for (const lang of ['en', 'zh'] as const) {
        const localised = compileSource(path, readFileSync(path), { ...OPTIONS, lang })
        for (const output of localised.outputs) expect(validateOutput(output), `${lang} ${output.path}`).toEqual([])
      }
    })
  })
})
