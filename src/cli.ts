#!/usr/bin/env node
/**
 * The command line only: parse flags, call the library, print, set the exit code
 * (0 ok, 1 errors or --check drift, 2 usage).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Command, CommanderError, Option } from 'commander'
import { build, type BuildOptions, type BuildResult } from './pipeline/build.js'
import { watchBuild } from './pipeline/watch.js'
import type { CollisionPolicy } from './pipeline/collisions.js'
import { compileSource } from './pipeline/compile.js'
import { combine } from './pipeline/combine.js'
import { report } from './diagnostics/report.js'
import { count, diagnosticsOf, escapeControls, plural } from './diagnostics/format.js'
import { isTargetId, TARGET_IDS, targets } from './targets/registry.js'
import { ConfigError } from './config/load.js'
import { addRegistryHelp } from './command-line/help.js'
import { hasColors, helpWidth, printDiagnostics, warningsVerdict, type CliIo } from './command-line/io.js'
import { compileOptions, parseTargets, resolveTargets, UsageError, withConfig, withShared, type SharedFlags } from './command-line/options.js'
import { runInit } from './command-line/init.js'
import { collect, fixCommand, inputsOf, parseCount, readInput } from './command-line/args.js'
import { formatRules } from './command-line/rules.js'

export type { CliIo, CliStream } from './command-line/io.js'

/**
 * Run the command line on `argv` (the arguments after the program name) and
 * return the exit code. It never exits the process, and writes only to `io`
 * (commander's help and errors included). Relative paths (inputs, `--out`,
 * `--config`, `./agentdef.config.json`) are read against `process.cwd()`.
 * The tests call it in-process (test/helpers/cli.ts).
 */
export function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): number {
  const env = io.env ?? process.env
  let exitCode = 0
  const program = new Command()
    .name('agentdef')
    .description('Compile AI agent definitions from any Markdown dialect into every target.')
    .version(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
      getOutHasColors: () => hasColors(io.stdout, env),
      getErrHasColors: () => hasColors(io.stderr, env),
    })

  withShared(
    program
      .command('build')
      .description('compile files and folders of agent definitions into <out>/<target>/, or where each tool reads them (--layout native)')
      .argument('[inputs...]', 'files or folders (searched recursively)', ['agents'])
      .option('-o, --out <dir>', 'output folder (default: dist; the current folder with --layout native)')
      .addOption(new Option('--layout <layout>', 'flat: <out>/<target>/<file>; native: where each tool reads it (.claude/agents/, .github/agents/, .roomodes…)').choices(['flat', 'native']).default('flat'))
      .option('--force', 'overwrite a file at an output path that agentdef did not write')
      .option('--quiet', 'print errors only')
      .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
      .option('--exclude <pattern>', 'leave out paths of the input folders and globs (.gitignore syntax); repeatable', collect, [])
      .option('-t, --target <ids>', `targets, comma-separated (${TARGET_IDS.join(', ')}, a custom target's id, or all)`, parseTargets, ['all'])
      .option('--check', 'write nothing; exit 1 if any output would change, printing its diff and the command that updates it')
      .addOption(new Option('--watch', 'build again whenever an input changes (a whole build each time); Ctrl-C stops').conflicts(['check', 'dryRun']))
      .addOption(new Option('--dry-run', 'write nothing (not even the manifest); list what would be written, replaced and removed').conflicts('check'))
      .option('--clean', 'remove outputs whose source has gone')
      .addOption(new Option('--on-collision <policy>', 'when files define different agents of the same name').choices(['error', 'prefix-path']).default('error'))
      .addOption(new Option('--format <format>', 'report format').choices(['pretty', 'json']).default('pretty')),
  ).action((inputs: string[], given: SharedFlags & { out?: string; target: string[]; check?: boolean; clean?: boolean; format: string; onCollision: CollisionPolicy; layout: 'flat' | 'native'; force?: boolean; exclude: string[]; dryRun?: boolean; watch?: boolean; quiet?: boolean; maxWarnings?: number }, command: Command) => {
    const flags = withConfig(given, command)
    const out = flags.out ?? (flags.layout === 'native' ? '.' : 'dist')
    const options: BuildOptions = { ...compileOptions(flags, flags.target), inputs: inputsOf(inputs, flags, command), out, ...(flags.paths ? { paths: flags.paths } : {}), check: flags.check ?? false, clean: flags.clean ?? false, dryRun: flags.dryRun ?? false, onCollision: flags.onCollision, layout: flags.layout, force: flags.force ?? false, exclude: flags.excludeGroups ?? [] }
    const print = (result: BuildResult): number => {
      const all = [...result.files.map((f) => f.file), ...result.general].flatMap(diagnosticsOf)
      const totals = count(all)
      if (flags.format === 'json') {
        const files = result.files.map((f) => ({
          path: f.file.path,
          agents: f.agents.map((a) => ({ name: a.name, dialect: a.source.dialect })),
          outputs: f.outputs.map((o) => o.path),
          written: f.written,
          unchanged: f.unchanged,
          drift: f.drift,
          diagnostics: diagnosticsOf(f.file),
        }))
        io.stdout.write(JSON.stringify({ files, general: result.general.flatMap(diagnosticsOf), drift: result.drift, diffs: result.diffs, stale: result.stale, totals }, null, 2) + '\n')
      } else {
        for (const f of result.files) {
          const d = count(diagnosticsOf(f.file))
          const what = f.agents.length > 0 ? f.agents.map((a) => `${a.source.dialect} → ${a.name}`).join(', ') : 'not compiled'
          const outputs = flags.check
            ? `${f.unchanged.length} up to date, ${f.drift.length} stale`
            : flags.dryRun
              ? `${f.written.length} to write, ${f.unchanged.length} unchanged`
              : `${f.written.length} written, ${f.unchanged.length} unchanged`
          io.stdout.write(`${escapeControls(f.file.path)}: ${what} (${outputs}; ${plural(d.errors, 'error')}, ${plural(d.warnings, 'warning')})\n`)
          if (flags.dryRun) {
            for (const path of f.written) io.stdout.write(`  would ${existsSync(join(out, path)) ? 'replace' : 'create'} ${escapeControls(path)}\n`)
          }
        }
        printDiagnostics(io, all, flags.verbose ?? false, flags.quiet ?? false)
        for (const { patch } of result.diffs) io.stdout.write(patch.split('\n').map(escapeControls).join('\n'))
        if (flags.check && result.drift.length + result.stale.length > 0) io.stderr.write(`To update them: ${fixCommand(argv)}\n`)
        // An output out of date is the check's finding, not a file that failed to compile.
        const compiled = result.files.filter((f) => f.agents.length > 0 && !f.file.messages.some((m) => m.fatal === true && m.ruleId !== 'output-drift')).length
        const verdict = warningsVerdict(totals.warnings, flags)
        io.stderr.write(`${compiled}/${result.files.length} files compiled, ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}${flags.check ? `, ${result.drift.length + result.stale.length} outputs out of date` : ''}${verdict ? ` (${verdict})` : ''}\n`)
      }
      return totals.errors > 0 || warningsVerdict(totals.warnings, flags) !== undefined ? 1 : 0
    }
    exitCode = print(build(options))
    if (flags.watch) {
      const watching = watchBuild({
        ...options,
        onBuild: (result, changed) => {
          io.stderr.write(`\n${changed.map(escapeControls).join(', ')} changed: rebuilt\n`)
          print(result)
        },
      })
      void watching.ready.then(() => io.stderr.write('Watching for changes (Ctrl-C stops)\n'))
      process.once('SIGINT', () => void watching.close().then(() => process.exit(0)))
    }
  })

  withShared(
    program
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
      .addOption(new Option('--format <format>', 'report format').choices(['pretty', 'json']).default('pretty')),
  ).action((inputs: string[], given: SharedFlags & { target: string[]; strict?: boolean; quiet?: boolean; maxWarnings?: number; rules?: boolean; format: 'pretty' | 'json'; onCollision: CollisionPolicy; exclude: string[] }, command: Command) => {
    if (given.rules) {
      io.stdout.write(formatRules(given.format))
      return
    }
    const flags = withConfig(given, command)
    const result = build({ ...compileOptions(flags, flags.target), inputs: inputsOf(inputs, flags, command), out: '', write: false, onCollision: flags.onCollision, exclude: flags.excludeGroups ?? [] })
    const all = [...result.files.map((f) => f.file), ...result.general].flatMap(diagnosticsOf)
    const totals = count(all)
    if (flags.format === 'json') io.stdout.write(JSON.stringify({ diagnostics: all, totals }, null, 2) + '\n')
    else {
      printDiagnostics(io, all, flags.verbose ?? false, flags.quiet ?? false)
      const verdict = warningsVerdict(totals.warnings, flags)
      io.stderr.write(`${plural(result.files.length, 'file')} checked, ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}${verdict ? ` (${verdict})` : ''}\n`)
    }
    if (totals.errors > 0 || warningsVerdict(totals.warnings, flags) !== undefined) exitCode = 1
  })

  program
    .command('rules')
    .description('list every rule with its severity and explanation')
    .addOption(new Option('--format <format>', 'list format').choices(['pretty', 'json']).default('pretty'))
    .action((flags: { format: 'pretty' | 'json' }) => {
      io.stdout.write(formatRules(flags.format))
    })

  withShared(
    program
      .command('convert')
      .description('compile one file for one target and print it on stdout')
      .argument('<file>', 'an agent definition, or - for standard input')
      .requiredOption('--to <target>', `target (${TARGET_IDS.join(', ')})`)
      .option('--stdin-name <name>', 'the file name standard input is read as: its dialect is known by it (.roomodes, x.toml, x.agent.md)')
      .option('--agent <name>', 'which agent, when the file defines several (a Roo .roomodes file); --to roo writes them all unless one is chosen'),
  ).action((arg: string, given: SharedFlags & { to: string; agent?: string; stdinName?: string }, command: Command) => {
    const flags = withConfig(given, command)
    const [id] = parseTargets(flags.to)
    if (!id || flags.to.includes(',') || id === 'all') throw new UsageError({ oneTarget: true })
    const input = readInput(arg, flags)
    if ('file' in input) {
      printDiagnostics(io, diagnosticsOf(input.file), flags.verbose ?? false)
      exitCode = 1
      return
    }
    const path = input.path
    const result = compileSource(path, input.bytes, compileOptions(flags, [id]))
    const names = result.agents.map((a) => a.name)
    if (flags.agent !== undefined && !names.includes(flags.agent)) {
      printDiagnostics(io, diagnosticsOf(result.file), flags.verbose ?? false)
      throw new UsageError({ path, agent: flags.agent, names })
    }
    // A target that gathers agents into one file (Roo's `.roomodes`) holds every agent of the file, or the one chosen.
    const gathers = isTargetId(id) && targets[id].combine !== undefined
    if (flags.agent === undefined && names.length > 1 && !gathers) {
      printDiagnostics(io, diagnosticsOf(result.file), flags.verbose ?? false)
      throw new UsageError({ path, several: names })
    }
    const chosen = result.outputs.filter((o) => flags.agent === undefined || o.agent === flags.agent)
    const [output] = gathers && flags.agent !== undefined ? combine(chosen, (target, problems) => report(result.file, 'target-invalid', { target, problems })) : chosen
    printDiagnostics(io, diagnosticsOf(result.file), flags.verbose ?? false)
    if (!output) exitCode = 1
    else io.stdout.write(output.content)
  })

  withShared(
    program
      .command('inspect')
      .description('print the intermediate model of one file as JSON')
      .argument('<file>', 'an agent definition, or - for standard input')
      .option('--stdin-name <name>', 'the file name standard input is read as: its dialect is known by it (.roomodes, x.toml, x.agent.md)'),
  ).action((arg: string, given: SharedFlags & { stdinName?: string }, command: Command) => {
    const flags = withConfig(given, command)
    const input = readInput(arg, flags)
    if ('file' in input) {
      printDiagnostics(io, diagnosticsOf(input.file), flags.verbose ?? false)
      exitCode = 1
      return
    }
    const result = compileSource(input.path, input.bytes, compileOptions(flags, []))
    printDiagnostics(io, diagnosticsOf(result.file), flags.verbose ?? false)
    const [only] = result.agents
    if (!only) exitCode = 1
    else io.stdout.write(JSON.stringify(result.agents.length === 1 ? only : result.agents, null, 2) + '\n')
  })

  program
    .command('init')
    .description('write a starting agentdef.config.json and npm scripts (agents, agents:check) from the tool folders already here; nothing is overwritten')
    .option('-t, --target <ids>', `targets instead of the tools whose folders are here (${TARGET_IDS.join(', ')})`, parseTargets)
    .action((flags: { target?: string[] }) => {
      const chosen = flags.target === undefined ? undefined : resolveTargets(flags.target)
      exitCode = runInit(process.cwd(), chosen, io)
    })

  addRegistryHelp(program)
  try {
    program.parse(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      return 2
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`error: ${error.message}\n`)
      return 2
    }
    throw error
  }
  return exitCode
}

/** Whether this file is the program node runs (`agentdef`, a link to it, `node dist/cli.js`), not a module another imports (the tests). */
function isEntry(): boolean {
  const entry = process.argv[1]
  if (entry === undefined) return false
  const self = realpathSync(fileURLToPath(import.meta.url))
  // `node dist/cli` runs dist/cli.js too.
  for (const path of [entry, `${entry}.js`]) {
    try {
      if (realpathSync(path) === self) return true
    } catch {
      // no such file: not this one
    }
  }
  return false
}

if (isEntry()) process.exitCode = main(process.argv.slice(2))
