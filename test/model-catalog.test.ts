/**
 * Model tables that say when they were true (issue 13): every default of the OpenAI
 * tables is a current model of OpenAI's catalog (src/vocabulary/openai-catalog.ts,
 * which `npm run clients` holds against the pinned Codex's `codex debug models`), the
 * Assistants API's defaults are models its spec lists, and a source's older or
 * unlisted OpenAI model is kept with a warning, never silently.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ASSISTANT_MODEL_MAP, catalogStanding, DEFAULT_MODEL_MAP, OPENAI_CATALOG, type TargetId } from '../src/internal.js'
import { MODEL_TABLE as CODEX_TABLE } from '../src/targets/codex/tables.js'
import { agentWithModel, view } from './helpers/agent.js'
import { SHARED } from './helpers/paths.js'

const stale = (target: TargetId, raw: string, options = {}) =>
  view(target, agentWithModel(raw, 'openai'), options).notes.filter((n) => n.rule === 'target-model-stale').map((n) => n.message)

describe('OpenAI model catalog', () => {
  it('has a source and a date, and every successor it names is a current model of it', () => {
    expect(OPENAI_CATALOG.source).toMatch(/codex debug models/)
    expect(OPENAI_CATALOG.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    for (const [id, entry] of Object.entries(OPENAI_CATALOG.models)) if (entry.successor) expect(catalogStanding(entry.successor), id).toEqual({ kind: 'current' })
  })

  it.each([
    ['the Responses API and Agents SDK table', DEFAULT_MODEL_MAP],
    ["Codex's table", CODEX_TABLE],
  ])('every default of %s is a current model of the catalog', (_, table) => {
    for (const [tier, id] of Object.entries(table)) expect(catalogStanding(id), `${tier} → ${id}`).toEqual({ kind: 'current' })
  })

  it("every default of the Assistants API's table is a model its spec lists", () => {
    const schema = JSON.parse(readFileSync(join(SHARED, 'schemas', 'openai-create-assistant.schema.json'), 'utf8'))
    for (const [tier, id] of Object.entries(ASSISTANT_MODEL_MAP)) expect(schema.$defs.AssistantSupportedModels.enum, `${tier} → ${id}`).toContain(id)
  })

  it.each(['codex', 'openai-responses', 'openai-agents'] as const)('%s: an older model is kept and its successor named; an unlisted one kept and said; a current one silent', (target) => {
    expect(stale(target, 'gpt-5.5')).toEqual([`${target}: Model \`gpt-5.5\` is an older model in OpenAI's catalog of ${OPENAI_CATALOG.date} (its successor: \`gpt-6-sol\`); kept as written (\`--model-map gpt-5.5=gpt-6-sol\` moves it)`])
    expect(stale(target, 'gpt-4.1')).toHaveLength(1)
    expect(stale(target, 'gpt-4.1')[0]).toContain('is not in OpenAI')
    expect(stale(target, 'gpt-6.1-sol')).toEqual([])
    // What the user maps is the user's choice: not held against the catalog.
    expect(stale(target, 'gpt-5.5', { modelMap: { 'gpt-5.5': 'gpt-4.1' } })).toEqual([])
  })

  it('the Assistants API, which lists its own models, is not held against the catalog', () => {
    expect(stale('openai-assistant', 'gpt-4.1')).toEqual([])
  })
})
