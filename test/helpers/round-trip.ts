/**
 * The round trip a target must pass: a source compiled to the target, the output
 * read back (claimed by the target's own dialect), and that compiled to `claude`,
 * gives the name, description and prompt of the source compiled straight to
 * `claude`; the model and tools may differ only where the target reported why.
 */
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { compileSource, diagnosticsOf, type Diagnostic, type TargetId } from '../../src/internal.js'
import { compileText, outputOf } from './agent.js'
import { parseClaude } from './validate.js'

export interface RoundTrip {
  target: TargetId
  /** The dialect that must claim the output read back. */
  dialect: string
  /** Where the target's tool reads an agent of this name (so the dialect claims it by path). */
  pathOf(name: string): string
  validate(output: string): string[]
  /** Checks the model and tools read back against the direct ones, given the target's notes. */
  expectModel(got: unknown, want: unknown, reported: Diagnostic[]): void
  expectTools(got: unknown, want: unknown, reported: Diagnostic[]): void
}

export function expectRoundTrip(path: string, trip: RoundTrip): void {
  const direct = compileSource(path, readFileSync(path))
  const reported = diagnosticsOf(direct.file).filter((d) => d.message.startsWith(`${trip.target}: `))
  expect(direct.agents.length).toBeGreaterThan(0)
  for (const agent of direct.agents) {
    const output = outputOf(direct, trip.target, agent.name)
    expect(trip.validate(output), agent.name).toEqual([])
    const back = compileText(trip.pathOf(agent.name), output, { targets: ['claude'] })
    expect(back.agents.map((a) => a.source.dialect)).toEqual([trip.dialect])
    const want = parseClaude(outputOf(direct, 'claude', agent.name))
    const got = parseClaude(outputOf(back, 'claude'))
    expect(got.frontmatter.name).toBe(want.frontmatter.name)
    expect(got.frontmatter.description).toBe(want.frontmatter.description)
    expect(got.body).toBe(want.body)
    trip.expectModel(got.frontmatter.model, want.frontmatter.model, reported)
    trip.expectTools(got.frontmatter.tools, want.frontmatter.tools, reported)
  }
}
