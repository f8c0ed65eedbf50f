/**
 * What the client check compiles: every conformance case (with its options), the
 * bundled `agents/`, and a sample of the corpus: every `STRIDE`-th file of each
 * collection in path order (deterministic; every dialect of the corpus is in it,
 * which the check's table shows).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_OPTIONS, toToolMap } from '../../dist/internal.js'
import { SHARED } from '../shared.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const STRIDE = 8
const NOT_AGENTS = /^(license|licence|sources\.md|readme\.md)(\.[a-z]+)?$/i

function filesUnder(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => !f.split('/').some((part) => part === '.git' || part === 'node_modules') && statSync(join(dir, f)).isFile())
    .sort()
}

function caseOptions(dir) {
  const path = join(dir, 'options.json')
  if (!existsSync(path)) return DEFAULT_OPTIONS
  const { toolMap, ...rest } = JSON.parse(readFileSync(path, 'utf8'))
  return { ...DEFAULT_OPTIONS, ...rest, ...(toolMap ? { toolMap: toToolMap(toolMap) } : {}) }
}

/** `{ group, path (as compiled), bytes, options }[]`; `group` is `conformance`, `agents` or the corpus collection. */
export function sample({ stride = STRIDE } = {}) {
  const sources = []
  const cases = join(ROOT, 'test', 'conformance')
  for (const name of readdirSync(cases).sort()) {
    const dir = join(cases, name)
    for (const file of filesUnder(join(dir, 'input'))) sources.push({ group: 'conformance', path: file, bytes: readFileSync(join(dir, 'input', file)), options: caseOptions(dir), id: `conformance/${name}` })
  }
  for (const file of filesUnder(join(ROOT, 'agents'))) sources.push({ group: 'agents', path: file, bytes: readFileSync(join(ROOT, 'agents', file)), options: DEFAULT_OPTIONS, id: `agents/${file}` })
  const corpus = join(SHARED, 'corpus')
  for (const collection of existsSync(corpus) ? readdirSync(corpus).filter((c) => statSync(join(corpus, c)).isDirectory()).sort() : []) {
    const files = filesUnder(join(corpus, collection)).filter((f) => !NOT_AGENTS.test(f.slice(f.lastIndexOf('/') + 1)))
    files.forEach((file, i) => {
      if (i % stride === 0) sources.push({ group: collection, path: file, bytes: readFileSync(join(corpus, collection, file)), options: DEFAULT_OPTIONS, id: relative(corpus, join(corpus, collection, file)) })
    })
  }
  return sources
}
