/**
 * Meta-test of the target registry: every target has a template in `templates/`,
 * a test that mentions it, and a row in README.md; and the CLI knows them all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTargetId, TARGET_IDS, targets } from '../src/index.js'
import { ROOT } from './helpers/paths.js'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const testFiles = readdirSync(join(ROOT, 'test'))
  .filter((f) => f.endsWith('.test.ts') && f !== basename(new URL(import.meta.url).pathname))
  .map((f) => readFileSync(join(ROOT, 'test', f), 'utf8'))

const readme = existsSync(join(ROOT, 'README.md')) ? readFileSync(join(ROOT, 'README.md'), 'utf8') : ''

describe('the target registry', () => {
  it('lists targets', () => {
    expect(TARGET_IDS.length).toBeGreaterThan(0)
    expect(TARGET_IDS).toEqual(Object.keys(targets))
  })

  describe.each(TARGET_IDS)('%s', (id) => {
    const target = targets[id]

    it('is consistent: id, summary, extension', () => {
      expect(target.id).toBe(id)
      expect(isTargetId(id)).toBe(true)
      expect(target.summary.trim()).not.toBe('')
      expect(target.extension).toMatch(/^\.[a-z0-9]+$/)
      expect(typeof target.toView).toBe('function')
      expect(typeof target.verify).toBe('function')
    })

    it('has a template in templates/', () => {
      expect(target.template).toMatch(/\.hbs$/)
      expect(existsSync(join(ROOT, 'templates', target.template)), `templates/${target.template}`).toBe(true)
    })

    it('is mentioned by a test', () => {
      const quoted = new RegExp(`['"\`]${escape(id)}['"\`]`)
      expect(testFiles.some((text) => quoted.test(text)), `no test file (other than this one) mentions '${id}'`).toBe(true)
    })

    it('has a row in the README targets table', () => {
      const row = new RegExp(`^\\|\\s*\`?${escape(id)}\`?\\s*\\|`, 'm')
      expect(readme, `README.md has no table row starting with \`${id}\``).toMatch(row)
    })
  })

  it('rejects ids that are not targets, including inherited property names', () => {
    for (const id of ['nope', 'toString', '__proto__', 'constructor', '']) expect(isTargetId(id), id).toBe(false)
  })
})
