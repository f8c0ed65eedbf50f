/**
 * `build`, `check` (`build --check` under its own name, as CI calls it) and `lint`:
 * one build, one report (`report/model.ts`), printed in the format asked for.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Command, Option } from 'commander'
import { build, type BuildOptions, type BuildResult } from '../pipeline/build.js'
import { watchBuild } from '../pipeline/watch.js'
import type { CollisionPolicy } from '../pipeline/collisions.js'
import { escapeControls } from '../diagnostics/format.js'
import { reportOf, type Report } from '../report/model.js'
import { TARGET_IDS } from '../targets/registry.js'
import { compileOptions, parseTargets, withConfig, withShared, type SharedFlags } from './options.js'
import { collect, fixCommand, inputsOf, parseCount, parseJobs } from './args.js'
import { defaultJobs } from '../pipeline/parallel.js'
import { formatRules } from './rules.js'
import { printReport, REPORT_FORMATS, type ReportFormat } from './report.js'
import { progressLine } from './progress.js'
import { cacheFor } from './cache.js'
import type { CliIo } from './io.js'

type BuildFlags = SharedFlags & { cache?: boolean; cacheDir?: string; out?: string; target: string[]; check?: boolean; clean?: boolean; format: ReportFormat; onCollision: CollisionPolicy; layout: 'flat' | 'native'; force?: boolean; exclude: string[]; dryRun?: boolean; watch?: boolean; quiet?: boolean; maxWarnings?: number }

const formatOption = () => new Option('--format <format>', 'report format: pretty (grouped by file, coloured on a terminal), json, github (Actions annotations) or sarif (2.1.0)').choices(REPORT_FORMATS).default('pretty')

/** The options `build` and `check` share. */
function withBuildOptions(command: Command): Command {
  return withShared(
    withCacheOptions(command
      .argument('[inputs...]', 'files or folders (searched recursively)', ['agents'])
      .option('-o, --out <dir>', 'output folder (default: dist; the current folder with --layout native)')
      .addOption(new Option('--layout <layout>', 'flat: <out>/<target>/<file>; native: where each tool reads it (.claude/agents/, .github/agents/, .roomodes…)').choices(['flat', 'native']).default('flat'))
      .option('--quiet', 'print errors only')
      .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
      .option('--exclude <pattern>', 'leave out paths of the input folders and globs (.gitignore syntax); repeatable', collect, [])
      .option('-t, --target <ids>', `targets, comma-separated (${TARGET_IDS.join(', ')}, a custom target's id, or all)`, parseTargets, ['all'])
      .addOption(new Option('--on-collision <policy>', 'when files define different agents of the same name').choices(['error', 'prefix-path']).default('error'))
      .addOption(formatOption())),
  )
}

/** `--no-cache` and `--cache-dir`, for every command that builds. */
function withCacheOptions(command: Command): Command {
  return command
    .option('--no-cache', 'compile every file again, reading and writing no cache')
    .option('--cache-dir <dir>', 'where to keep the cache (default: node_modules/.cache/agentdef, when the project has a node_modules)')
    .option('-j, --jobs <n>', 'threads compiling files, the main thread included (default: one per core; 1: the main thread alone)', parseJobs)
}

/** The pipeline's options every building command shares: compile options, the cache, and the paths left out (the cache's own folder among them). */
function sharedBuildOptions(flags: SharedFlags & { target: string[]; cache?: boolean; cacheDir?: string; jobs?: number }): Pick<BuildOptions, 'cache' | 'exclude' | 'jobs'> & ReturnType<typeof compileOptions> {
  const compile = compileOptions(flags, flags.target)
  const cached = cacheFor(flags, compile)
  return { ...compile, ...(cached ? { cache: cached.cache } : {}), exclude: [...(flags.excludeGroups ?? []), ...(cached?.exclude ?? [])], jobs: flags.jobs ?? defaultJobs() }
}

export function addBuildCommands(program: Command, io: CliIo, argv: readonly string[], exit: (code: number) => void): void {
  const run = (inputs: string[], given: BuildFlags, command: Command, check: boolean) => {
    const flags = withConfig(given, command)
    const out = flags.out ?? (flags.layout === 'native' ? '.' : 'dist')
    const options: BuildOptions = { ...sharedBuildOptions(flags), inputs: inputsOf(inputs, flags, command), out, ...(flags.paths ? { paths: flags.paths } : {}), check, clean: flags.clean ?? false, dryRun: flags.dryRun ?? false, onCollision: flags.onCollision, layout: flags.layout, force: flags.force ?? false }
    const print = (result: BuildResult): number => {
      const report = reportOf(result, { command: check ? 'check' : 'build', dryRun: flags.dryRun ?? false, ...(flags.severities ? { severities: flags.severities } : {}) })
      if (flags.dryRun && flags.format === 'pretty') printDryRun(io, report, out)
      const status = printReport(io, report, flags)
      if (check && report.totals.outOfDate > 0 && (flags.format === 'pretty' || flags.format === 'github')) io.stderr.write(`To update them: ${fixCommand([...argv])}\n`)
      return status
    }
    const progress = flags.format === 'pretty' ? progressLine(io) : undefined
    const result = build(progress ? { ...options, onProgress: progress.update } : options)
    progress?.end()
    exit(print(result))
    if (flags.watch) {
      const watching = watchBuild({
        ...options,
        onBuild: (rebuilt, changed) => {
          io.stderr.write(`\n${changed.map(escapeControls).join(', ')} changed: rebuilt\n`)
          print(rebuilt)
        },
      })
      void watching.ready.then(() => io.stderr.write('Watching for changes (Ctrl-C stops)\n'))
      process.once('SIGINT', () => void watching.close().then(() => process.exit(0)))
    }
  }

  withBuildOptions(program.command('build').description('compile files and folders of agent definitions into <out>/<target>/, or where each tool reads them (--layout native)'))
    .option('--force', 'overwrite a file at an output path that agentdef did not write')
    .option('--check', 'write nothing; exit 1 if any output would change, printing its diff and the command that updates it (as `agentdef check`)')
    .addOption(new Option('--watch', 'build again whenever an input changes (a whole build each time); Ctrl-C stops').conflicts(['check', 'dryRun']))
    .addOption(new Option('--dry-run', 'write nothing (not even the manifest); list what would be written, replaced and removed').conflicts('check'))
    .option('--clean', 'remove outputs whose source has gone')
    .action((inputs: string[], given: BuildFlags, command: Command) => run(inputs, given, command, given.check ?? false))

  withBuildOptions(program.command('check').description('write nothing; exit 1 if any output of `build` (same inputs and options) would change, printing its diff'))
    .action((inputs: string[], given: BuildFlags, command: Command) => run(inputs, given, command, true))

  withShared(
    withCacheOptions(program
      .command('lint')
      .description('report the diagnostics of files and folders without writing anything')
      .argument('[inputs...]', 'files or folders (searched recursively)', ['agents'])
      .option('-t, --target <ids>', `targets whose limits to check (${TARGET_IDS.join(', ')}, a custom target's id, or all)`, parseTargets, ['all'])
      .option('--strict', 'treat warnings as errors')
      .option('--quiet', 'print errors only')
      .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
      .option('--exclude <pattern>', 'leave out paths of the input folders and globs (.gitignore syntax); repeatable', collect, [])
      .option('--rules', 'list every rule with its severity and explanation (as `agentdef rules`); lint nothing')
      .addOption(new Option('--on-collision <policy>', 'when files define different agents of the same name').choices(['error', 'prefix-path']).default('error'))
      .addOption(formatOption())),
  ).action((inputs: string[], given: SharedFlags & { cache?: boolean; cacheDir?: string; target: string[]; strict?: boolean; quiet?: boolean; maxWarnings?: number; rules?: boolean; format: ReportFormat; onCollision: CollisionPolicy; exclude: string[] }, command: Command) => {
    if (given.rules) {
      io.stdout.write(formatRules(given.format === 'json' ? 'json' : 'pretty'))
      return
    }
    const flags = withConfig(given, command)
    const progress = flags.format === 'pretty' ? progressLine(io) : undefined
    const result = build({ ...sharedBuildOptions(flags), inputs: inputsOf(inputs, flags, command), out: '', write: false, onCollision: flags.onCollision, ...(progress ? { onProgress: progress.update } : {}) })
    progress?.end()
    exit(printReport(io, reportOf(result, { command: 'lint', ...(flags.severities ? { severities: flags.severities } : {}) }), flags))
  })
}

/** `--dry-run`: each output that would be written, and whether it would replace a file. */
function printDryRun(io: CliIo, report: Report, out: string): void {
  for (const file of report.files) {
    for (const path of file.outputs.written) io.stdout.write(`${escapeControls(file.path)}: would ${existsSync(join(out, path)) ? 'replace' : 'create'} ${escapeControls(path)}\n`)
  }
}
