/** Codex custom agents (TOML), on texts written for the project. */
import { describe, expect, it } from 'vitest'
import { findInputs } from '../../inputs/find.js'
import { compileBytes as compile, errorsOf as errors, messagesOf as messages, toolIdsAt as toolIds } from '../../../test/helpers/dialects.js'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const AGENT = `# Reviews pull requests.
name = "pr_reviewer"
description = "Reviews pull requests for correctness."
model = "gpt-5.6-terra"
model_reasoning_effort = "high"
sandbox_mode = "read-only"
nickname_candidates = ["Ada", "Grace"]
developer_instructions = """
You review code.

## Rules
- Be kind.
"""

[mcp_servers.docs]
url = "https://example.com/mcp"
`

describe('Codex custom agents', () => {
  const result = compile('.codex/agents/reviewer.toml', AGENT)
  const [agent] = result.agents

  it('reads name, description, model and developer_instructions as the prompt', () => {
    expect(errors(result)).toEqual([])
    expect(agent!.source.dialect).toBe('codex')
    expect(agent!.name).toBe('pr-reviewer')
    expect(agent!.description).toBe('Reviews pull requests for correctness.')
    expect(agent!.model).toMatchObject({ raw: 'gpt-5.6-terra', family: 'openai' })
    expect(agent!.instructions.text).toBe('You review code.\n\n## Rules\n- Be kind.')
    expect(agent!.source.promptLine).toBe(9)
    expect(agent!.instructions.outline.map((s) => [s.title, s.line])).toEqual([['Rules', 11]])
    expect(agent!.source.fields).toMatchObject({ name: 2, description: 3, model: 4, tools: 6 })
  })

  it('reads read-only as the read-only tools, the effort as Claude Code\'s, and keeps the rest', () => {
    expect(toolIds(result)).toEqual(['read', 'search', 'glob', 'list'])
    expect(agent!.extensions).toEqual({ effort: 'high', nickname_candidates: ['Ada', 'Grace'], mcp_servers: { docs: { url: 'https://example.com/mcp' } } })
  })

  it('keeps another sandbox as an extension, with every tool', () => {
    const other = compile('a.toml', 'name = "w"\ndescription = "Writes."\ndeveloper_instructions = \'\'\'Write.\'\'\'\nsandbox_mode = "workspace-write"\nmodel_reasoning_effort = "minimal"\n')
    expect(other.agents[0]!.tools.mode).toBe('all')
    expect(other.agents[0]!.extensions).toEqual({ sandbox_mode: 'workspace-write', model_reasoning_effort: 'minimal' })
    expect(other.agents[0]!.instructions.text).toBe('Write.')
  })

  it('reports a TOML syntax error at its line and column, and compiles nothing', () => {
    const broken = compile('.codex/agents/x.toml', 'name = "x"\ndescription = "y"\ndeveloper_instructions = "z\nmodel = 1\n')
    expect(broken.agents).toEqual([])
    const [error] = errors(broken)
    expect(error!.ruleId).toBe('data-invalid')
    expect([error!.line, error!.column]).toEqual([3, 28])
  })

  it('claims a TOML file under .codex/agents/ even without developer_instructions, and says the prompt is missing', () => {
    const bare = compile('.codex/agents/bare.toml', 'name = "bare"\ndescription = "No prompt."\n')
    expect(bare.agents.map((a) => a.source.dialect)).toEqual(['codex'])
    expect(messages(bare, 'data-invalid')[0]!.message).toContain('developer_instructions')
  })

  it('skips other TOML files (pyproject.toml, Cargo.toml) found in a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agentdef-codex-'))
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\n')
    writeFileSync(join(dir, 'helper.toml'), 'name = "h"\ndescription = "d"\ndeveloper_instructions = "p"\n')
    mkdirSync(join(dir, '.codex', 'agents'), { recursive: true })
    writeFileSync(join(dir, '.codex', 'agents', 'bare.toml'), 'name = "b"\n')
    const found = findInputs([dir])
    expect(found.files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['.codex/agents/bare.toml', 'helper.toml'])
    expect(found.skipped.map((f) => f.slice(dir.length + 1))).toEqual(['pyproject.toml'])
  })
})
