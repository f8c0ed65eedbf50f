#!/usr/bin/env node
/**
 * Benchmark on the whole corpus (`../shared/corpus` relative to the repository
 * root), every figure measured in this one run so the ratios compare like with like:
 *
 *   floors   reading every input (bytes, decoded), and `yaml` parsing every frontmatter
 *   (a) parse    a bare unified + remark-parse + remark-frontmatter parse of every Markdown
 *                input `build()` finds (bytes read and decoded beforehand, outside the timing);
 *                the data inputs (YAML, JSON, `.roomodes`) never go through remark, so they
 *                are left out of (a) but compiled in (b) and (d)
 *   (b) build    a full `build()` of the corpus to every target into a fresh temporary folder,
 *                on the main thread alone (`jobs: 1`)
 *   (b') build   the same on worker threads, one per core (`jobs`, src/pipeline/parallel.ts)
 *   (b'') build  (b) filling an empty build cache, as the command line's first build does
 *                (it keeps a cache by default): the cost of storing every file's result
 *   (d) rebuild  the same `build()` again into a folder already up to date
 *   (f) cached   (d) with the build cache, filled by its warm-up: nothing is compiled again
 *   (g) check    `--check` on that folder, with the cache
 *
 * Each is warmed up once, then timed `--runs` times (default 3); the median is
 * reported. The timed runs are interleaved (a, b, d, a, b, d…) so that a change
 * in the machine's load during the run weighs on every figure alike.
 * Then, each in a process of its own (bench/child-build.mjs) for its peak memory: a
 * cold build on one thread, on every core (and so with `--on-collision prefix-path`), and on two
 * copies of the corpus (prefix-path: the copies collide name for name); the
 * time per file (median, 99th percentile) against the bare parse of the same file;
 * the start-up of a one-file `convert` against a bare `node` start; and `agentdef check`
 * of an up-to-date folder from the command line with its cache (what CI runs), against (b).
 * No assertions. Progress goes to stderr.
 *
 *   node bench/bench.mjs [--runs <n>]
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import YAML from 'yaml'
import { build, compileSource, findInputs, openCache, TARGET_IDS } from '../dist/internal.js'
import { SHARED } from '../scripts/shared.mjs'

const CORPUS = join(SHARED, 'corpus') + '/'
const DATA_INPUT = /(\.(ya?ml|json)|(^|[\\/])\.roomodes)$/i

function parseRuns(argv) {
  let runs = 3
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = arg === '--runs' ? argv[++i] : arg.startsWith('--runs=') ? arg.slice(7) : undefined
    if (value === undefined || !/^[1-9]\d*$/.test(value)) {
      process.stderr.write('usage: node bench/bench.mjs [--runs <n>]\n')
      process.exit(2)
    }
    runs = Number(value)
  }
  return runs
}
const RUNS = parseRuns(process.argv.slice(2))
const progress = (text) => process.stderr.write(`bench: ${text}\n`)

let peakSampled = process.memoryUsage().rss
const sample = () => (peakSampled = Math.max(peakSampled, process.memoryUsage().rss))

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]

/**
 * Warm each phase up once (in order), then time `RUNS` rounds of every phase in
 * turn; `prepare` is never timed. Returns `{ ms (median), times, last }` per phase.
 */
function measure(phases) {
  const results = phases.map(() => ({ times: [], last: undefined }))
  const once = (phase, result, label) => {
    const input = phase.prepare()
    const started = performance.now()
    result.last = phase.run(input)
    const ms = performance.now() - started
    progress(`${phase.label}: ${label} ${ms.toFixed(0)} ms`)
    sample()
    return ms
  }
  phases.forEach((phase, i) => once(phase, results[i], 'warm-up'))
  for (let round = 1; round <= RUNS; round++) {
    phases.forEach((phase, i) => results[i].times.push(once(phase, results[i], `run ${round}/${RUNS}`)))
  }
  return results.map((r) => ({ ...r, ms: median(r.times) }))
}

const temps = []
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'agentdef-bench-'))
  temps.push(dir)
  return dir
}
const options = (out) => ({ inputs: [CORPUS], out, targets: TARGET_IDS, lang: 'all', modelMap: {}, cwd: CORPUS, jobs: 1 })
const JOBS = availableParallelism()
const tally = (result) => {
  const count = { files: result.files.length, outputs: 0, written: 0, unchanged: 0, drift: 0 }
  for (const f of result.files) {
    count.outputs += f.outputs.length
    count.written += f.written.length
    count.unchanged += f.unchanged.length
    count.drift += f.drift.length
  }
  return count
}

try {
  // The same inputs `build()` finds; bytes read (and decoded) before any timing.
  const inputs = findInputs([CORPUS]).files
  const paths = inputs.filter((path) => !DATA_INPUT.test(path))
  const texts = paths.map((path) => new TextDecoder().decode(readFileSync(path)))
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0)
  const dataFiles = inputs.length - paths.length

  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
  const upToDate = freshDir()
  const cachedDir = freshDir()
  const cache = openCache(freshDir(), options(cachedDir), 'bench')
  const frontmatters = texts.map((t) => /^---\n([\s\S]*?)\n---/.exec(t)?.[1]).filter((t) => t !== undefined)
  const [read, yamlOnly, parse, full, parallel, filling, again, cached, checked] = measure([
    // floors: reading the inputs; parsing their frontmatter with `yaml` alone (tolerantly: a broken one is skipped)
    { label: 'read', prepare: () => inputs, run: (all) => all.reduce((n, path) => n + new TextDecoder().decode(readFileSync(path)).length, 0) },
    {
      label: 'yaml',
      prepare: () => frontmatters,
      run: (all) => {
        let n = 0
        for (const text of all) {
          try {
            n += YAML.parse(text) ? 1 : 0
          } catch {}
        }
        return n
      },
    },
    {
      // (a) bare parse
      label: 'parse',
      prepare: () => texts,
      run: (all) => {
        let nodes = 0
        for (const text of all) nodes += processor.parse(text).children.length
        return nodes
      },
    },
    // (b) full build, each run into a fresh folder
    { label: 'build', prepare: freshDir, run: (out) => tally(build(options(out))) },
    // (b') the same on worker threads, one per core
    { label: 'build, all cores', prepare: freshDir, run: (out) => tally(build({ ...options(out), jobs: JOBS })) },
    // (b'') (b) with a cache, empty before each run
    { label: 'build, filling the cache', prepare: () => { const out = freshDir(); return { out, cache: openCache(freshDir(), options(out), 'bench') } }, run: ({ out, cache }) => tally(build({ ...options(out), cache })) },
    // (d) rebuild into one folder: its warm-up fills the folder, every timed run finds it up to date
    { label: 'rebuild', prepare: () => upToDate, run: (out) => tally(build(options(out))) },
    // (f) the same with the cache; its warm-up fills the cache and the folder
    { label: 'cached', prepare: () => cachedDir, run: (out) => tally(build({ ...options(out), cache })) },
    // (g) --check of that folder, with the cache
    { label: 'check', prepare: () => cachedDir, run: (out) => tally(build({ ...options(out), cache, check: true })) },
  ])

  sample()
  const maxRSS = process.resourceUsage().maxRSS * 1024 // KiB → bytes

  const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`
  const rows = [
    ['floor: read and decode every input', read, (read.ms / parse.ms).toFixed(2)],
    ['floor: `yaml` parse of every frontmatter', yamlOnly, (yamlOnly.ms / parse.ms).toFixed(2)],
    ['(a) parse: unified + remark-parse + remark-frontmatter', parse, '1.00'],
    [`(b) build: ${TARGET_IDS.length} targets, fresh folder, 1 thread`, full, (full.ms / parse.ms).toFixed(2)],
    [`(b') build: the same, ${JOBS} worker threads`, parallel, (parallel.ms / parse.ms).toFixed(2)],
    ["(b'') build: (b), filling an empty cache", filling, (filling.ms / parse.ms).toFixed(2)],
    ['(d) build again: outputs unchanged', again, (again.ms / parse.ms).toFixed(2)],
    ['(f) build again, with the cache', cached, (cached.ms / parse.ms).toFixed(2)],
    ['(g) --check, with the cache', checked, (checked.ms / parse.ms).toFixed(2)],
  ]
  // The bare parse and the yaml floor read the Markdown inputs only.
  const countOf = (m) => (m === parse || m === yamlOnly ? paths.length : inputs.length)
  const cells = rows.map(([label, m, ratio]) => [label, String(countOf(m)), m.ms.toFixed(0), m.times.map((t) => t.toFixed(0)).join(' / '), ratio, ((countOf(m) / m.ms) * 1000).toFixed(0)])
  const header = ['', 'files', 'median ms', 'runs ms', '× (a)', 'files/s']
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (values) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ')

  const print = (text = '') => process.stdout.write(text + '\n')
  print(`Corpus ${CORPUS}: ${inputs.length} inputs (${paths.length} Markdown, ${(bytes / 1024 / 1024).toFixed(1)} MB; ${dataFiles} data files, not in (a))`)
  print(`Node ${process.version}; median of ${RUNS} run(s) after 1 warm-up; ${JOBS} cores`)
  print()
  print(line(header))
  print(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const c of cells) print(line(c))
  print()
  print(`(c) build / parse = ${(full.ms / parse.ms).toFixed(2)}   (d) rebuild / parse = ${(again.ms / parse.ms).toFixed(2)}   (f) cached rebuild / build = ${(cached.ms / full.ms).toFixed(2)}   (g) cached check / build = ${(checked.ms / full.ms).toFixed(2)}   (b'') filling the cache / build = ${(filling.ms / full.ms).toFixed(2)}`)
  const b = full.last
  const d = again.last
  print(`build:   ${b.outputs} outputs, ${b.written} written, ${b.unchanged} unchanged, ${b.drift} drift`)
  print(`rebuild: ${d.outputs} outputs, ${d.written} written, ${d.unchanged} unchanged, ${d.drift} drift`)
  print(`peak RSS of this process (every phase): ${mb(maxRSS)} (process maxRSS), ${mb(peakSampled)} (largest sample between runs)`)

  // Peak memory, each scenario in a process of its own; two copies of the corpus for its growth.
  const child = (opts) => JSON.parse(execFileSync(process.execPath, [new URL('./child-build.mjs', import.meta.url).pathname, JSON.stringify(opts)], { encoding: 'utf8', maxBuffer: 1 << 26 }))
  const twice = freshDir()
  cpSync(CORPUS, join(twice, 'one'), { recursive: true })
  cpSync(CORPUS, join(twice, 'two'), { recursive: true })
  progress('memory: one thread, every core, two copies')
  const memory = [
    ['cold build, 1 thread', child({ ...options(freshDir()) })],
    [`cold build, ${JOBS} worker threads`, child({ ...options(freshDir()), jobs: JOBS })],
    // Two copies collide name for name: `prefix-path` writes both (with `error` neither would be). One copy with the same
    // policy is what they are compared with, so that the ratio measures the input's growth, not the policy's cost.
    [`cold build, ${JOBS} worker threads, --on-collision prefix-path`, child({ ...options(freshDir()), jobs: JOBS, onCollision: 'prefix-path' })],
    [`cold build of two copies, ${JOBS} worker threads, prefix-path`, child({ ...options(freshDir()), inputs: [twice], cwd: twice, jobs: JOBS, onCollision: 'prefix-path' })],
  ]
  print()
  // In a process of its own, a build's time is not weighed down by the phases before it (the bench process holds
  // gigabytes by then): these times are the fairer comparison of one thread and every core.
  print('each build in a process of its own: time, × (a), peak memory (maxRSS):')
  for (const [label, m] of memory) print(`  ${label.padEnd(62)} ${String(m.files).padStart(5)} files  ${(m.ms / 1000).toFixed(1).padStart(6)} s  ${(m.ms / parse.ms).toFixed(2).padStart(5)}×  ${mb(m.maxRSS).padStart(8)}`)
  print(`  two copies / one copy (${JOBS} threads, both prefix-path): ${(memory[3][1].maxRSS / memory[2][1].maxRSS).toFixed(2)}×; two copies (prefix-path) / one copy (error): ${(memory[3][1].maxRSS / memory[1][1].maxRSS).toFixed(2)}×`)

  // Time per file: each Markdown input compiled alone to every target, against its bare parse.
  const perFile = []
  const perParse = []
  texts.forEach((text, i) => {
    let t = performance.now()
    processor.parse(text)
    perParse.push(performance.now() - t)
    t = performance.now()
    compileSource(paths[i], Buffer.from(text), { targets: TARGET_IDS, lang: 'all', modelMap: {} })
    perFile.push(performance.now() - t)
  })
  const pct = (values, p) => [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]
  print()
  print(`time per file (compile to ${TARGET_IDS.length} targets / bare parse): median ${pct(perFile, 50).toFixed(2)} ms / ${pct(perParse, 50).toFixed(2)} ms = ${(pct(perFile, 50) / pct(perParse, 50)).toFixed(1)}×;` + ` 99th percentile ${pct(perFile, 99).toFixed(1)} ms / ${pct(perParse, 99).toFixed(1)} ms = ${(pct(perFile, 99) / pct(perParse, 99)).toFixed(1)}×`)

  // Start-up of a one-file convert against a bare node start (median of 5 each).
  // The bin as users run it (the launcher, the bundle through its code cache: the first of the five runs makes the cache).
  const cli = new URL(`../${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).bin.agentdef}`, import.meta.url).pathname
  const one = new URL('../agents/code-reviewer.md', import.meta.url).pathname
  const timed = (args) => median(Array.from({ length: 5 }, () => {
    const t = performance.now()
    spawnSync(process.execPath, args, { stdio: 'ignore' })
    return performance.now() - t
  }))
  const bare = timed(['-e', '0'])
  const convert = timed([cli, 'convert', one, '--to', 'claude'])
  print(`convert start-up (one file to claude): ${convert.toFixed(0)} ms; bare node: ${bare.toFixed(0)} ms; ${(convert / bare).toFixed(2)}×`)

  // What CI runs: `agentdef check` of an up-to-date folder from the command line, its cache filled by one `build` first
  // (the bin's own cache key: its version, not the bench's). Process start, the report and its printing included.
  const cliOut = freshDir()
  const cliCache = freshDir()
  const cliArgs = (command) => [cli, command, CORPUS, '--out', cliOut, '--cache-dir', cliCache, '--jobs', '1']
  progress('the command line: build, then check with the cache')
  spawnSync(process.execPath, cliArgs('build'), { stdio: 'ignore' })
  const cliCheck = timed(cliArgs('check'))
  print(`\`agentdef check\` of the up-to-date folder, with the cache, as a process of its own (median of 5): ${(cliCheck / 1000).toFixed(2)} s; ${(cliCheck / full.ms).toFixed(2)}× (b)`)

  // (e) Cost per byte of inputs just under the 1 MiB limit (issue 9): shapes that once cost seconds and gigabytes,
  // against an ordinary file of the same size (corpus Markdown, concatenated). One run each, compile to claude.
  const ordinary = texts.join('\n').slice(0, 1_000_000).replace(/\n[^\n]*$/, '\n')
  const shapes = [
    ['ordinary: corpus Markdown, concatenated', ordinary],
    ['frontmatter block scalar of 1,000,000 blank lines', `---\nname: block\ndescription: |\n${'\n'.repeat(1_000_000)}  end\n---\n\nYou do things.\n`],
    ['200,000 `## x` headings', `---\nname: heads\ndescription: Many headings.\n---\n\n${'## x\n'.repeat(200_000)}`],
  ]
  print()
  print('(e) one file of about 1 MB, compiled to claude: ms per MB, and × the ordinary file')
  let base
  for (const [label, text] of shapes) {
    const size = Buffer.byteLength(text)
    const start = performance.now()
    compileSource('shape.md', Buffer.from(text), { targets: ['claude'], lang: 'all', modelMap: {}, maxBytes: 2 * 1024 * 1024 })
    const perMB = (performance.now() - start) / (size / 1024 / 1024)
    base ??= perMB
    print(`  ${label.padEnd(52)} ${perMB.toFixed(0).padStart(7)} ms/MB  ${(perMB / base).toFixed(2)}×`)
  }
} finally {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
}
