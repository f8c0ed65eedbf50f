#!/usr/bin/env node
/**
 * Corpus run: compile every collection of real-world agent files in
 * `../shared/corpus` (relative to the repository root) to every target, with the
 * library's `build()`, into a temporary folder removed at the end. Every output
 * is validated again, independently, by `scripts/validate.mjs`.
 *
 *   node scripts/corpus.mjs [--collection <name>] [--json] [--jobs <n>] [--on-collision error|prefix-path]
 *
 * One `build()` per collection (top-level folder), so name collisions are judged
 * within a collection, as a user compiling that repository would see them. The
 * collections reuse names across their sub-collections (translations, variants),
 * so the run uses `--on-collision prefix-path`, as a user migrating one would;
 * `--on-collision error` shows the collisions instead.
 * Collections are spread over worker threads (`--jobs`, default: the number of
 * CPUs), so the times per collection are measured side by side with the others.
 * Exit 1 on any crash (`internal-error` or an exception) or invalid output.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { build, diagnosticsOf, TARGET_IDS } from '../dist/internal.js'
import { SHARED } from './shared.mjs'
import { validatorFor } from './validate.mjs'
import { addTally, emptyTally, READ_BACK, roundTripOutcome, tallyTable } from './round-trip.mjs'

const CORPUS = join(SHARED, 'corpus') + '/'
/** Files beside the agents that are never agent definitions. */
const NOT_COUNTED = /^(license|licence|sources\.md)(\.[a-z]+)?$/i
const TOP_RULES = 15

function usage(message) {
  if (message) process.stderr.write(`corpus: ${message}\n`)
  process.stderr.write('usage: node scripts/corpus.mjs [--collection <name>] [--json] [--jobs <n>] [--on-collision error|prefix-path]\n')
  process.exit(2)
}

function parseArgs(argv) {
  const options = { collection: undefined, json: false, jobs: availableParallelism(), onCollision: 'prefix-path' }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.json = true
    else if (arg === '--collection') {
      options.collection = argv[++i]
      if (!options.collection) usage('--collection needs a name')
    } else if (arg.startsWith('--collection=')) options.collection = arg.slice('--collection='.length)
    else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = arg === '--jobs' ? argv[++i] : arg.slice('--jobs='.length)
      options.jobs = Number(value)
      if (!Number.isInteger(options.jobs) || options.jobs < 1) usage('--jobs needs a positive integer')
    } else if (arg === '--on-collision') {
      options.onCollision = argv[++i]
      if (!['error', 'prefix-path'].includes(options.onCollision)) usage('--on-collision is error or prefix-path')
    } else if (arg === '--help' || arg === '-h') usage()
    else usage(`unknown argument \`${arg}\``)
  }
  return options
}

/** Every file under `dir` (for the count of files on disk the build did not read). */
function filesUnder(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '.git' && entry.name !== 'node_modules') out.push(...filesUnder(path))
    } else if (entry.isFile() && !NOT_COUNTED.test(entry.name)) out.push(path)
  }
  return out
}

function formatPlace(d, max = 240) {
  const message = d.message.length > max ? `${d.message.slice(0, max)}…` : d.message
  return `${d.path}:${d.line}:${d.column}: ${message} (${d.rule})`
}

/** The bundled examples (every dialect, one file each at least) are run as one more collection. */
const EXAMPLES = 'agentdef/agents'
const EXAMPLES_DIR = fileURLToPath(new URL('../agents/', import.meta.url))

/** A collection's folder: under the corpus, or the bundled examples. */
const collectionDir = (name) => (name === EXAMPLES ? EXAMPLES_DIR : join(CORPUS, name))

function runCollection(name, out, onCollision) {
  const dir = collectionDir(name)
  const row = {
    collection: name,
    files: 0,
    compiled: 0,
    agents: 0,
    outputs: 0,
    warnFiles: 0,
    warnings: 0,
    errorFiles: 0,
    duplicates: 0,
    crashes: 0,
    invalid: 0,
    validated: 0,
    skipped: 0,
    unread: 0,
    ms: 0,
  }
  const failures = []
  const crashes = []
  const invalid = []
  const rules = new Map()
  const trip = emptyTally()
  const losses = []
  const readBackCache = new Map()
  const onDisk = filesUnder(dir).length
  const validatedPaths = new Set()

  const started = performance.now()
  let result
  try {
    result = build({ inputs: [dir], out: join(out, name), targets: TARGET_IDS, lang: 'all', modelMap: {}, cwd: CORPUS, onCollision })
  } catch (error) {
    row.ms = Math.round(performance.now() - started)
    row.crashes++
    crashes.push({ path: name, line: 1, column: 1, severity: 'error', message: `build() threw: ${error?.stack ?? error}`, rule: 'exception' })
    return { row, failures, crashes, invalid, rules: {}, trip, losses }
  }
  row.ms = Math.round(performance.now() - started)

  const count = (d) => rules.set(d.rule, (rules.get(d.rule) ?? 0) + 1)
  for (const general of result.general) {
    for (const d of diagnosticsOf(general)) {
      count(d)
      if (d.rule === 'input-skipped') row.skipped++
      else if (d.severity === 'error') failures.push(d)
    }
  }

  for (const outcome of result.files) {
    row.files++
    const diagnostics = diagnosticsOf(outcome.file)
    diagnostics.forEach(count)
    const errors = diagnostics.filter((d) => d.severity === 'error')
    const warnings = diagnostics.filter((d) => d.severity === 'warning')
    const fileCrashes = diagnostics.filter((d) => d.rule === 'internal-error')
    if (warnings.length > 0) row.warnFiles++
    row.warnings += warnings.length
    if (errors.length > 0) row.errorFiles++
    row.crashes += fileCrashes.length
    crashes.push(...fileCrashes)
    row.agents += outcome.agents.length
    row.outputs += outcome.outputs.length
    // A file whose agents were all written once already, identically, by another
    // file (`name-duplicate`) has no outputs of its own, yet compiled fine.
    const duplicate = errors.length === 0 && outcome.agents.length > 0 && outcome.outputs.length === 0 && diagnostics.some((d) => d.rule === 'name-duplicate')
    const compiled = errors.length === 0 && outcome.agents.length > 0 && (outcome.outputs.length > 0 || duplicate)
    if (duplicate) row.duplicates++
    if (compiled) row.compiled++
    else {
      // The first error; failing that (e.g. a data file its dialect reports as not an
      // agent, with a warning), the first diagnostic, marked as no error.
      const first = errors[0] ?? (diagnostics[0] && { ...diagnostics[0], message: `no error; ${diagnostics[0].severity}: ${diagnostics[0].message}` })
      failures.push(
        first ?? {
          path: outcome.file.path,
          line: 1,
          column: 1,
          severity: 'error',
          message: `no diagnostic, but ${outcome.agents.length} agent(s) and ${outcome.outputs.length} output(s)`,
          rule: 'none',
        },
      )
    }
    for (const output of outcome.outputs) {
      const validate = validatorFor(output.target)
      // The agents of a target that gathers them into one file (Roo's `.roomodes`) share it: validated once, whole.
      if (!validate || validatedPaths.has(output.path)) continue
      validatedPaths.add(output.path)
      row.validated++
      let problems
      try {
        problems = validate(output.content)
      } catch (error) {
        problems = [`validator threw: ${error?.message ?? error}`]
      }
      if (problems.length > 0) {
        row.invalid++
        invalid.push({ source: outcome.file.path, output: output.path, target: output.target, problems })
      }
    }
    losses.push(...roundTripOutcome(outcome, trip, readBackCache))
  }
  // Files on disk that the build neither read nor skipped with a note (e.g. `.yaml` modes).
  row.unread = Math.max(0, onDisk - row.files - row.skipped)
  return { row, failures, crashes, invalid, rules: Object.fromEntries(rules), trip, losses }
}

function pct(part, whole) {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`
}

function table(rows, total) {
  const columns = [
    ['collection', (r) => r.collection],
    ['files', (r) => r.files],
    ['compiled', (r) => r.compiled],
    ['%', (r) => pct(r.compiled, r.files)],
    ['agents', (r) => r.agents],
    ['warn files', (r) => r.warnFiles],
    ['warnings', (r) => r.warnings],
    ['error files', (r) => r.errorFiles],
    ['dup', (r) => r.duplicates],
    ['crashes', (r) => r.crashes],
    ['invalid', (r) => r.invalid],
    ['skipped', (r) => r.skipped],
    ['unread', (r) => r.unread],
    ['ms', (r) => r.ms],
  ]
  const cells = [...rows, total].map((r) => columns.map(([, get]) => String(get(r))))
  const widths = columns.map(([title], i) => Math.max(title.length, ...cells.map((c) => c[i].length)))
  const line = (values) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ')
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  return [line(columns.map(([title]) => title)), rule, ...cells.slice(0, -1).map(line), rule, line(cells.at(-1))].join('\n')
}

/** Run the collections on `jobs` worker threads, largest first; results in the order given. */
async function runAll(collections, out, jobs, onCollision) {
  if (jobs <= 1 || collections.length <= 1) return collections.map((name) => runCollection(name, out, onCollision))
  const size = new Map(collections.map((name) => [name, filesUnder(collectionDir(name)).length]))
  const queue = [...collections].sort((a, b) => size.get(b) - size.get(a))
  const results = new Map()
  const worker = () =>
    new Promise((resolve, reject) => {
      const thread = new Worker(new URL(import.meta.url), { workerData: { out, onCollision } })
      const next = () => {
        const name = queue.shift()
        if (name === undefined) thread.postMessage(null)
        else thread.postMessage(name)
      }
      thread.on('message', (run) => {
        results.set(run.row.collection, run)
        next()
      })
      thread.on('error', reject)
      thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`corpus worker exited with ${code}`))))
      next()
    })
  await Promise.all(Array.from({ length: Math.min(jobs, collections.length) }, worker))
  return collections.map((name) => results.get(name))
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  let collections = readdirSync(CORPUS)
    .filter((name) => statSync(join(CORPUS, name)).isDirectory())
    .sort()
  collections.push(EXAMPLES)
  if (options.collection) {
    if (!collections.includes(options.collection)) usage(`no collection \`${options.collection}\` in ${CORPUS} (have: ${collections.join(', ')})`)
    collections = [options.collection]
  }

  const out = mkdtempSync(join(tmpdir(), 'agentdef-corpus-'))
  const runs = []
  const started = performance.now()
  try {
    runs.push(...(await runAll(collections, out, options.jobs, options.onCollision)))
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
  const elapsed = Math.round(performance.now() - started)

  const rows = runs.map((r) => r.row)
  const total = { collection: 'total' }
  for (const key of Object.keys(rows[0] ?? {})) if (key !== 'collection') total[key] = rows.reduce((sum, r) => sum + r[key], 0)
  const failures = runs.flatMap((r) => r.failures)
  const crashes = runs.flatMap((r) => r.crashes)
  const invalid = runs.flatMap((r) => r.invalid)
  const rules = new Map()
  for (const run of runs) for (const [rule, n] of Object.entries(run.rules)) rules.set(rule, (rules.get(rule) ?? 0) + n)
  const topRules = [...rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const trip = emptyTally()
  for (const run of runs) addTally(trip, run.trip)
  const losses = runs.flatMap((r) => r.losses)
  const ok = crashes.length === 0 && invalid.length === 0 && losses.length === 0

  if (options.json) {
    const summary = {
      corpus: CORPUS,
      targets: TARGET_IDS,
      ok,
      elapsedMs: elapsed,
      compiledPercent: total.files ? Number(((100 * total.compiled) / total.files).toFixed(1)) : null,
      collections: rows,
      total,
      failures,
      crashes,
      invalid,
      rules: Object.fromEntries(topRules),
      roundTrip: trip,
      losses,
    }
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n')
  } else {
    const print = (text = '') => process.stdout.write(text + '\n')
    print(`Corpus ${CORPUS} → ${TARGET_IDS.join(', ')}, --on-collision ${options.onCollision} (paths below are relative to it)`)
    print()
    print(table(rows, total))
    print()
    print(`Compiled ${total.compiled} of ${total.files} files (${pct(total.compiled, total.files)}), ${total.agents} agents, ${total.outputs} outputs (${total.validated} validated independently, ${total.invalid} invalid), in ${elapsed} ms.`)
    print('(compiled: agents, no error, and outputs, or all written already by an identical file: dup; warn files/warnings: files with')
    print(' warnings / total warnings; error files: files with an error; skipped: noted as not agents; unread: other files on disk')
    print(` the build did not look at; ms: build() time per collection, ${Math.min(options.jobs, collections.length)} collection(s) at a time)`)

    if (crashes.length > 0) {
      print()
      print(`Crashes (${crashes.length}):`)
      for (const d of crashes) print(`  ${formatPlace(d)}`)
    }
    if (invalid.length > 0) {
      print()
      print(`Invalid outputs (${invalid.length}):`)
      for (const item of invalid) {
        print(`  ${item.source} → ${item.output}`)
        for (const problem of item.problems.slice(0, 5)) print(`      ${problem}`)
        if (item.problems.length > 5) print(`      … and ${item.problems.length - 5} more`)
      }
    }
    if (failures.length > 0) {
      print()
      print(`Did not compile (${failures.length}), with the first error:`)
      for (const d of failures) print(`  ${formatPlace(d)}`)
    }
    print()
    print(`Top rule ids (of ${rules.size}):`)
    const width = Math.max(0, ...topRules.slice(0, TOP_RULES).map(([rule]) => rule.length))
    for (const [rule, n] of topRules.slice(0, TOP_RULES)) print(`  ${rule.padEnd(width)}  ${n}`)
    print()
    print(`Fidelity (source → target → read back by its dialect → claude, against source → claude; name, description, tools, model and prompt of every agent, summed; idempotent: the output compiled again to its target gives the same bytes):`)
    print(tallyTable(trip))
    print(`(targets not read back: ${TARGET_IDS.filter((id) => !Object.hasOwn(READ_BACK, id)).join(', ') || 'none'})`)
    if (losses.length > 0) {
      print()
      print(`Lost without a word (${losses.length}; the first ${Math.min(losses.length, 40)}):`)
      for (const loss of losses.slice(0, 40)) {
        print(`  ${loss.source} → ${loss.target} (${loss.agent}): ${loss.field}${loss.why ? `, ${loss.why}` : ''}`)
        print(`      direct: ${JSON.stringify(loss.direct)?.slice(0, 160)}`)
        print(`      back:   ${JSON.stringify(loss.back)?.slice(0, 160)}`)
      }
    }
    print()
    print(ok ? 'OK: no crash, every output valid, nothing lost without a word.' : `FAILED: ${crashes.length} crash(es), ${invalid.length} invalid output(s), ${losses.length} silent loss(es).`)
  }
  process.exitCode = ok ? 0 : 1
}

if (isMainThread) {
  await main()
} else {
  // Worker: compile the collections the main thread sends, one at a time, until `null`.
  parentPort.on('message', (name) => {
    if (name === null) parentPort.close()
    else parentPort.postMessage(runCollection(name, workerData.out, workerData.onCollision))
  })
}
