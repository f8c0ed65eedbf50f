/**
 * The command line only: parse flags, call the library, print, return the exit code
 * (0 ok, 1 errors or --check drift, 2 usage). `../cli.ts` runs it.
 */
import { Command, CommanderError, Option } from 'commander'
import YAML from 'yaml'
import { compileSource } from '../pipeline/compile.js'
import { combine } from '../pipeline/combine.js'
import { report } from '../diagnostics/report.js'
import { diagnosticsOf } from '../diagnostics/format.js'
import { isTargetId, TARGET_IDS, targets } from '../targets/registry.js'
import { ConfigError } from '../config/load.js'
import { addRegistryHelp } from './help.js'
import { hasColors, helpWidth, printDiagnostics, type CliIo } from './io.js'
import { compileOptions, parseTargets, resolveTargets, UsageError, withConfig, withShared, type SharedFlags } from './options.js'
import { runInit } from './init.js'
import { readInput } from './args.js'
import { addBuildCommands } from './build.js'
import { addExplainCommand } from './explain.js'
import { VERSION } from './report.js'
import { formatRules } from './rules.js'

export type { CliIo, CliStream } from './io.js'

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
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
      getOutHasColors: () => hasColors(io.stdout, env),
      getErrHasColors: () => hasColors(io.stderr, env),
    })

  addBuildCommands(program, io, argv, (code) => {
    exitCode = code
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
      .description('print the intermediate model of one file as JSON (or YAML)')
      .argument('<file>', 'an agent definition, or - for standard input')
      .option('--stdin-name <name>', 'the file name standard input is read as: its dialect is known by it (.roomodes, x.toml, x.agent.md)')
      .addOption(new Option('--format <format>', 'json or yaml').choices(['json', 'yaml']).default('json')),
  ).action((arg: string, given: SharedFlags & { stdinName?: string; format: 'json' | 'yaml' }, command: Command) => {
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
    else {
      const model = result.agents.length === 1 ? only : result.agents
      // YAML through the yaml library's own writer: every string it cannot write plain is quoted.
      io.stdout.write(flags.format === 'yaml' ? YAML.stringify(model, { lineWidth: 0 }) : JSON.stringify(model, null, 2) + '\n')
    }
  })

  addExplainCommand(program, io, (code) => {
    exitCode = code
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
