/**
 * The intermediate model is described by src/model/agent.schema.json: every agent
 * `inspect` would print, from the examples, the seeds and the fixtures, validates.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { compileSource } from '../src/internal.js'
import { ROOT, SHARED } from './helpers/paths.js'

const schema = JSON.parse(readFileSync(join(ROOT, 'src/model/agent.schema.json'), 'utf8'))
const validate = new Ajv2020({ allErrors: true }).compile(schema)

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('the model schema', () => {
  const inputs = [...filesUnder(join(ROOT, 'agents')), ...filesUnder(join(SHARED, 'seeds')), ...filesUnder(join(ROOT, 'test/fixtures'))]

  it('describes every agent recognised from the examples, seeds and fixtures', () => {
    let agents = 0
    for (const path of inputs) {
      for (const agent of compileSource(path, readFileSync(path), { targets: [], lang: 'all', modelMap: {} }).agents) {
        agents++
        // What inspect prints: the model through JSON.
        const printed = JSON.parse(JSON.stringify(agent))
        expect(validate(printed), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true)
      }
    }
    expect(agents).toBeGreaterThan(20)
  })
})
