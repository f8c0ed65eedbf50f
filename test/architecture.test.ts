/**
 * The shape of `src/`, checked on every run (issue 7, item 6): no import cycle
 * between modules, none between the top-level folders of `src/` (the stages:
 * model, diagnostics, text, vocabulary, normalise, parse, dialects, targets,
 * pipeline; the files directly in `src/` are one group, "root"), no dialect that
 * borrows from another dialect's folder nor target from another target's folder
 * (each may use its registry's `shared/`), and no module over 300 lines.
 *
 * Imports are read with the TypeScript parser, so every kind counts: static,
 * `export … from`, dynamic `import()`, type-only imports, `import('…')` types and
 * module augmentations (`declare module '../model/agent.js'`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/paths.js'

const SRC = join(ROOT, 'src')

/** Source modules: every `.ts` under src/ but the tests that live beside them. */
const modules = (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort()

/** Every module specifier a file names, whatever the kind of import. */
function specifiersOf(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text)
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) found.push(node.moduleReference.expression.text)
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) found.push(node.arguments[0].text)
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) found.push(node.argument.literal.text)
    else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) found.push(node.name.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** module → the src modules it imports (paths relative to src/, `.ts`). */
const imports = new Map<string, string[]>()
/** Relative imports that name no module of src/ (a typo the compiler would also reject). */
const unresolved: string[] = []
for (const file of modules) {
  const targets = new Set<string>()
  for (const spec of specifiersOf(file, readFileSync(join(SRC, file), 'utf8'))) {
    if (!spec.startsWith('.')) continue
    const target = relative(SRC, resolve(dirname(join(SRC, file)), spec)).split('\\').join('/').replace(/\.js$/, '.ts')
    if (modules.includes(target)) targets.add(target)
    else if (!target.endsWith('.json')) unresolved.push(`${file} → ${spec}`)
  }
  imports.set(file, [...targets].sort())
}

/** The strongly connected components with more than one member (or a self-import): the cycles. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const connect = (v: string): void => {
    indices.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!))
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort())
    }
  }
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) connect(v)
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!))
}

/** The top-level folder of a module, or "root" for the files directly in src/. */
const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : 'root')

/** Which modules import across two folders: for the message when folders form a cycle. */
function folderGraph(): { graph: Map<string, string[]>; via: Map<string, string[]> } {
  const edges = new Map<string, Set<string>>()
  const via = new Map<string, string[]>()
  for (const [from, tos] of imports) {
    for (const to of tos) {
      const a = folderOf(from)
      const b = folderOf(to)
      if (a === b) continue
      if (!edges.has(a)) edges.set(a, new Set())
      edges.get(a)!.add(b)
      via.set(`${a} → ${b}`, [...(via.get(`${a} → ${b}`) ?? []), `${from} → ${to}`])
    }
  }
  return { graph: new Map([...edges].map(([k, v]) => [k, [...v].sort()])), via }
}

const key = (cycle: string[]) => cycle.join(' ↔ ')

describe('src imports', () => {
  it('are read: every module is seen, every relative import names a module', () => {
    expect(modules.length).toBeGreaterThan(50)
    expect(modules).toContain('cli.ts')
    expect(imports.get('pipeline/compile.ts')!.length).toBeGreaterThan(3)
    expect(unresolved).toEqual([])
  })

  it('form no cycle between modules (type-only and dynamic imports included)', () => {
    expect(cyclesOf(imports).map(key)).toEqual([])
  })

  it('form no cycle between the top-level folders of src/', () => {
    const { graph, via } = folderGraph()
    const cycles = cyclesOf(graph).map((members) => ({
      folders: members.join(' ↔ '),
      imports: [...via].filter(([edge]) => members.some((a) => members.some((b) => a !== b && edge === `${a} → ${b}`))).flatMap(([, list]) => list),
    }))
    expect(cycles).toEqual([])
  })

  it.each([['dialects'], ['targets']])('never go from one of %s/<id>/ into another (only into shared/)', (registry) => {
    const own = (file: string) => {
      const parts = file.split('/')
      return parts[0] === registry && parts.length > 2 ? parts[1]! : undefined
    }
    const crossings: string[] = []
    for (const [from, tos] of imports) {
      const a = own(from)
      for (const to of tos) {
        const b = own(to)
        // Into another id's folder, from an id's folder or from shared/ (shared serves every id, so it knows none).
        if (a !== undefined && b !== undefined && a !== b && b !== 'shared') crossings.push(`${from} → ${to}`)
      }
    }
    expect(crossings).toEqual([])
  })
})

/**
 * Modules allowed over the limit, each with the reason. Empty today; a module
 * that grows past the limit should be split by what its parts do instead.
 */
const LONG_MODULES: Record<string, string> = {}
const MAX_LINES = 300

describe('src modules', () => {
  it(`are at most ${MAX_LINES} lines long`, () => {
    const long = modules
      .map((file) => ({ file, lines: readFileSync(join(SRC, file), 'utf8').split('\n').length - 1 }))
      .filter(({ file, lines }) => lines > MAX_LINES && !(file in LONG_MODULES))
    expect(long).toEqual([])
  })
})
