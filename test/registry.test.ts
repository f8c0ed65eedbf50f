/**
 * Meta-tests of the two registries (issue 7, item 7). Adding a dialect or a
 * target is one folder and one registry line; these tests then name every other
 * file it needs, and check the real thing (a conformance case that gives the
 * dialect, an expected output of the target), not a mention of its id.
 *
 * A dialect needs: src/dialects/<id>/index.ts and read.ts; a conformance case
 * whose expected model.json holds an agent of that dialect; a row in README.md's
 * dialects table; its id in the `dialect` enum of src/model/agent.schema.json.
 *
 * A target needs: src/targets/<id>/index.ts; its template in templates/; an
 * expected output under test/conformance/<case>/expected/<id>/; an entry in the
 * validators of scripts/validate.mjs; a row in README.md's targets table.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTargetId, TARGET_IDS, targets } from '../src/internal.js'
import { DIALECT_IDS, dialects } from '../src/dialects/registry.js'
import type { DialectDefinition } from '../src/dialects/types.js'
import { ROOT } from './helpers/paths.js'
import { validators } from './helpers/validate.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The ids in the first column of the first table under a `## heading` of the README (backticks removed), and whether each was backticked. */
function readmeTable(heading: string): { id: string; code: boolean }[] {
  const lines = readme.split('\n')
  const start = lines.indexOf(`## ${heading}`)
  if (start === -1) return []
  const first = lines.findIndex((line, i) => i > start && line.startsWith('|'))
  const rows: { id: string; code: boolean }[] = []
  for (let i = first + 2; first !== -1 && i < lines.length && lines[i]!.startsWith('|'); i++) {
    const cell = lines[i]!.split('|')[1]!.trim()
    rows.push({ id: cell.replace(/^`(.*)`$/, '$1'), code: /^`.*`$/.test(cell) })
  }
  return rows
}

const CASES = join(ROOT, 'test', 'conformance')
const cases = readdirSync(CASES).filter((name) => statSync(join(CASES, name)).isDirectory())

/** The dialects of the agents each case's expected model holds. */
const caseDialects = new Map(
  cases.map((name) => {
    const path = join(CASES, name, 'expected', 'model.json')
    const agents = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { source: { dialect: string } }[]) : []
    return [name, new Set(agents.map((a) => a.source.dialect))]
  }),
)

const schema = JSON.parse(readFileSync(join(ROOT, 'src', 'model', 'agent.schema.json'), 'utf8')) as {
  properties: Record<string, { properties?: Record<string, { enum?: string[] }> }>
}
const schemaDialects = schema.properties.source?.properties?.dialect?.enum

describe('the dialect registry', () => {
  it('lists dialects, each once (its key is its id)', () => {
    expect(DIALECT_IDS.length).toBeGreaterThan(0)
    expect(DIALECT_IDS).toEqual(Object.keys(dialects))
  })

  it('is the `dialect` enum of the model schema, exactly', () => {
    expect(schemaDialects, 'agent.schema.json: properties.source.properties.dialect.enum').toBeDefined()
    expect([...schemaDialects!].sort()).toEqual([...DIALECT_IDS].sort())
  })

  it('is what the README dialects table lists', () => {
    const listed = readmeTable('Input dialects')
    expect(listed.length, 'README.md: no table under "## Input dialects"').toBeGreaterThan(0)
    // Rows in backticks are dialects; a row such as "bilingual" (a reading any dialect has) is not.
    expect(listed.filter((row) => row.code).map((row) => row.id).sort()).toEqual([...DIALECT_IDS].sort())
  })

  describe.each(DIALECT_IDS)('%s', (id) => {
    const dialect: DialectDefinition = dialects[id]

    it('has a summary for the README and --help', () => {
      expect(dialect.summary.trim()).not.toBe('')
    })

    it('has its folder: src/dialects/<id>/index.ts and read.ts', () => {
      for (const file of ['index.ts', 'read.ts']) expect(existsSync(join(ROOT, 'src', 'dialects', id, file)), `src/dialects/${id}/${file}`).toBe(true)
    })

    it('reads Markdown or data files (or both)', () => {
      expect(dialect.markdown !== undefined || dialect.data !== undefined).toBe(true)
    })

    it('has a conformance case whose expected model is of this dialect', () => {
      const found = cases.filter((name) => caseDialects.get(name)!.has(id))
      expect(found, `no test/conformance/<case>/expected/model.json with "dialect": "${id}"`).not.toEqual([])
    })
  })
})

describe('the target registry', () => {
  it('lists targets, each once, under its own id', () => {
    expect(TARGET_IDS.length).toBeGreaterThan(0)
    expect(TARGET_IDS).toEqual(Object.keys(targets))
  })

  it('is what the README targets table lists', () => {
    const listed = readmeTable('Targets')
    expect(listed.length, 'README.md: no table under "## Targets"').toBeGreaterThan(0)
    expect(listed.map((row) => row.id).sort()).toEqual([...TARGET_IDS].sort())
  })

  it('is what scripts/validate.mjs has validators for', () => {
    expect(Object.keys(validators).sort()).toEqual([...TARGET_IDS].sort())
  })

  describe.each(TARGET_IDS)('%s', (id) => {
    const target = targets[id]

    it('is consistent: id, summary, extension', () => {
      expect(target.id).toBe(id)
      expect(isTargetId(id)).toBe(true)
      expect(target.summary.trim()).not.toBe('')
      // One or more dot-parts: `.md`, `.agent.md` (Copilot names agents `<name>.agent.md`).
      expect(target.extension).toMatch(/^(\.[a-z0-9]+)+$/)
      expect(typeof target.toView).toBe('function')
      expect(typeof target.verify).toBe('function')
    })

    it('has its folder: src/targets/<id>/index.ts', () => {
      expect(existsSync(join(ROOT, 'src', 'targets', id, 'index.ts')), `src/targets/${id}/index.ts`).toBe(true)
    })

    it('has a template in templates/', () => {
      expect(target.template).toMatch(/\.hbs$/)
      expect(existsSync(join(ROOT, 'templates', target.template)), `templates/${target.template}`).toBe(true)
    })

    it('has an expected output in the conformance suite', () => {
      const outputs = cases.flatMap((name) => {
        const dir = join(CASES, name, 'expected', id)
        return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(target.extension)) : []
      })
      expect(outputs, `no test/conformance/<case>/expected/${id}/<name>${target.extension}`).not.toEqual([])
    })

    it('has a validator entry in scripts/validate.mjs (a function, or null on purpose)', () => {
      expect(Object.hasOwn(validators, id), `scripts/validate.mjs: validators has no \`${id}\``).toBe(true)
      expect(validators[id] === null || typeof validators[id] === 'function').toBe(true)
    })
  })

  it('rejects ids that are not targets, including inherited property names', () => {
    for (const id of ['nope', 'toString', '__proto__', 'constructor', '']) expect(isTargetId(id), id).toBe(false)
  })
})
