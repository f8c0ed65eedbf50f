#!/usr/bin/env node
/**
 * The command line only: parse flags, call the library, print, set the exit code
 * (0 ok, 1 errors or --check drift, 2 usage).
 */
import { readFileSync, realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Command, CommanderError, Option } from 'commander'
import { build } from './pipeline/build.js'
import type { CollisionPolicy } from './pipeline/collisions.js'
import { compileSource, type CompileOptions } from './pipeline/compile.js'
import { count, diagnosticsOf, formatDiagnostic, plural, type Diagnostic } from './diagnostics/format.js'
import { isTargetId, TARGET_IDS, type TargetId } from './targets/registry.js'
import { DEFAULT_MAX_BYTES } from './parse/read.js'
import { CONFIG_FILE, ConfigError, loadConfig } from './config.js'
import type { LangSelection } from './model/agent.js'
import { toToolMap } from './vocabulary/tool-map.js'
import { defineOwn } from './text/own-keys.js'
import { addRegistryHelp } from './cli-help.js'

class UsageError extends Error {}

function parseTargets(value: string): TargetId[] {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean)
  for (const id of ids) if (!isTargetId(id)) throw new UsageError(`unknown target \`${id}\` (known: ${TARGET_IDS.join(', ')})`)
  return ids as TargetId[]
}

/** `from=to,from=to` pairs for `--model-map` and `--tool-map`, over the previous ones (the option repeats). */
function pairsOf(flag: string) {
  return (value: string, previous: Record<string, string>): Record<string, string> => {
    const result = { ...previous }
    for (const pair of value.split(',')) {
      const m = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(pair)
      if (!m) throw new UsageError(`${flag} expects from=to pairs, got \`${pair}\``)
      defineOwn(result, m[1]!, m[2]!)
    }
    return result
  }
}

function parseSize(value: string): number {
  const m = /^(\d+)\s*(k|kb|m|mb)?$/i.exec(value.trim())
  if (!m) throw new UsageError(`--max-size expects a size such as 512k or 2m, got \`${value}\``)
  const unit = (m[2] ?? '').toLowerCase()
  return Number(m[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1)
}

interface SharedFlags {
  config?: string
  lang: LangSelection
  modelMap: Record<string, string>
  toolMap: Record<string, string | string[]>
  model?: string
  maxSize: number
  verbose?: boolean
}

function compileOptions(flags: SharedFlags, ids: TargetId[]): CompileOptions {
  const options: CompileOptions = { targets: ids, lang: flags.lang, modelMap: flags.modelMap, maxBytes: flags.maxSize }
  if (flags.model) options.model = flags.model
  if (Object.keys(flags.toolMap).length > 0) {
    try {
      options.toolMap = toToolMap(flags.toolMap)
    } catch (error) {
      throw new UsageError(`--tool-map: ${(error as Error).message}`)
    }
  }
  return options
}

function withShared(command: Command): Command {
  return command
    .addOption(new Option('--lang <lang>', 'language of bilingual text to emit').choices(['all', 'en', 'zh']).default('all'))
    .option('--model-map <from=to,...>', 'map a source model (alias or id) to a target model; repeatable', pairsOf('--model-map'), {})
    .option('--tool-map <name=tool,...>', 'read a tool name as a Claude Code tool or canonical id (CodeSearch=Grep); repeatable', pairsOf('--tool-map'), {})
    .option('--model <id>', 'use this model for every agent (OpenAI targets)')
    .option('--max-size <size>', 'largest input file accepted', parseSize, DEFAULT_MAX_BYTES)
    .option('--verbose', 'also print notes (info diagnostics)')
    .option('--config <file>', `settings file (default: ./${CONFIG_FILE} when present); flags win over it`)
}

/** The flags with the config file's settings filled in where no flag was given. */
function withConfig<T extends SharedFlags>(flags: T, command: Command): T {
  const config = loadConfig(flags.config)
  const given = (key: string) => command.getOptionValueSource(key) === 'cli'
  const merged: Record<string, unknown> = { ...(flags as object), modelMap: { ...config.modelMap, ...flags.modelMap }, toolMap: { ...config.toolMap, ...flags.toolMap } }
  const fill: [keyof typeof config, string][] = [['lang', 'lang'], ['model', 'model'], ['maxSize', 'maxSize'], ['targets', 'target'], ['out', 'out'], ['onCollision', 'onCollision']]
  for (const [from, to] of fill) {
    // `model` has no default, so it is absent from the flags unless given.
    if (config[from] !== undefined && (to in flags || to === 'model') && !given(to)) merged[to] = config[from]
  }
  return merged as T
}

/** Where `main` writes: `process.stdout` / `process.stderr`, or anything with `write` (the tests collect the text). */
export interface CliStream {
  write(text: string): unknown
  /** A terminal: commander wraps help at its width, and may colour it. */
  isTTY?: boolean
  columns?: number
  hasColors?(): boolean
}

export interface CliIo {
  stdout: CliStream
  stderr: CliStream
  /** Read for NO_COLOR / FORCE_COLOR / CLICOLOR_FORCE (commander's conventions). Default `process.env`. */
  env?: Record<string, string | undefined>
}

/** Whether help text written to `stream` keeps colours: commander's own rule, on the given stream and environment. */
function hasColors(stream: CliStream, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false
  if (env.FORCE_COLOR || env.CLICOLOR_FORCE !== undefined) return true
  return stream.isTTY === true && stream.hasColors?.() === true
}

/** The width help text is wrapped at: the terminal's, else 80 (commander's rule). */
function helpWidth(stream: CliStream): number {
  return stream.isTTY === true && stream.columns ? stream.columns : 80
}

function printDiagnostics(io: CliIo, diagnostics: Diagnostic[], verbose: boolean): void {
  for (const d of diagnostics) if (verbose || d.severity !== 'info') io.stderr.write(formatDiagnostic(d) + '\n')
}

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
      .description('compile files and folders of agent definitions into <out>/<target>/')
      .argument('[inputs...]', 'files or folders (searched recursively)', ['agents'])
      .option('-o, --out <dir>', 'output folder', 'dist')
      .option('-t, --target <ids>', `targets, comma-separated (${TARGET_IDS.join(', ')})`, parseTargets, [...TARGET_IDS])
      .option('--check', 'write nothing; exit 1 if any output would change')
      .option('--clean', 'remove outputs whose source has gone')
      .addOption(new Option('--on-collision <policy>', 'when files define different agents of the same name').choices(['error', 'prefix-path']).default('error'))
      .addOption(new Option('--format <format>', 'report format').choices(['pretty', 'json']).default('pretty')),
  ).action((inputs: string[], given: SharedFlags & { out: string; target: TargetId[]; check?: boolean; clean?: boolean; format: string; onCollision: CollisionPolicy }, command: Command) => {
    const flags = withConfig(given, command)
    const result = build({ ...compileOptions(flags, flags.target), inputs, out: flags.out, check: flags.check ?? false, clean: flags.clean ?? false, onCollision: flags.onCollision })
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
      io.stdout.write(JSON.stringify({ files, general: result.general.flatMap(diagnosticsOf), drift: result.drift, stale: result.stale, totals }, null, 2) + '\n')
    } else {
      for (const f of result.files) {
        const d = count(diagnosticsOf(f.file))
        const what = f.agents.length > 0 ? f.agents.map((a) => `${a.source.dialect} → ${a.name}`).join(', ') : 'not compiled'
        const outputs = flags.check ? `${f.unchanged.length} up to date, ${f.drift.length} stale` : `${f.written.length} written, ${f.unchanged.length} unchanged`
        io.stdout.write(`${f.file.path}: ${what} (${outputs}; ${plural(d.errors, 'error')}, ${plural(d.warnings, 'warning')})\n`)
      }
      printDiagnostics(io, all, flags.verbose ?? false)
      const compiled = result.files.filter((f) => f.agents.length > 0 && !f.file.messages.some((m) => m.fatal === true)).length
      io.stderr.write(`${compiled}/${result.files.length} files compiled, ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}${flags.check ? `, ${result.drift.length + result.stale.length} outputs out of date` : ''}\n`)
    }
    if (totals.errors > 0) exitCode = 1
  })

  withShared(
    program
      .command('lint')
      .description('report the diagnostics of files and folders without writing anything')
      .argument('[inputs...]', 'files or folders (searched recursively)', ['agents'])
      .option('-t, --target <ids>', `targets whose limits to check (${TARGET_IDS.join(', ')})`, parseTargets, [...TARGET_IDS])
      .option('--strict', 'treat warnings as errors')
      .addOption(new Option('--on-collision <policy>', 'when files define different agents of the same name').choices(['error', 'prefix-path']).default('error'))
      .addOption(new Option('--format <format>', 'report format').choices(['pretty', 'json']).default('pretty')),
  ).action((inputs: string[], given: SharedFlags & { target: TargetId[]; strict?: boolean; format: string; onCollision: CollisionPolicy }, command: Command) => {
    const flags = withConfig(given, command)
    const result = build({ ...compileOptions(flags, flags.target), inputs, out: '', write: false, onCollision: flags.onCollision })
    const all = [...result.files.map((f) => f.file), ...result.general].flatMap(diagnosticsOf)
    const totals = count(all)
    if (flags.format === 'json') io.stdout.write(JSON.stringify({ diagnostics: all, totals }, null, 2) + '\n')
    else {
      printDiagnostics(io, all, flags.verbose ?? false)
      io.stderr.write(`${plural(result.files.length, 'file')} checked, ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}\n`)
    }
    if (totals.errors > 0 || (flags.strict && totals.warnings > 0)) exitCode = 1
  })

  withShared(
    program
      .command('convert')
      .description('compile one file for one target and print it on stdout')
      .argument('<file>', 'an agent definition')
      .requiredOption('--to <target>', `target (${TARGET_IDS.join(', ')})`)
      .option('--agent <name>', 'which agent, when the file defines several (a Roo .roomodes file)'),
  ).action((path: string, given: SharedFlags & { to: string; agent?: string }, command: Command) => {
    const flags = withConfig(given, command)
    const [id] = parseTargets(flags.to)
    if (!id || flags.to.includes(',')) throw new UsageError('--to takes exactly one target')
    const result = compileSource(path, readInput(path), compileOptions(flags, [id]))
    printDiagnostics(io, diagnosticsOf(result.file), flags.verbose ?? false)
    const names = result.agents.map((a) => a.name)
    if (flags.agent !== undefined && !names.includes(flags.agent)) {
      throw new UsageError(`${path} defines no agent \`${flags.agent}\` (it defines: ${names.join(', ') || 'none'})`)
    }
    if (flags.agent === undefined && names.length > 1) {
      throw new UsageError(`${path} defines ${names.length} agents; choose one with --agent (${names.join(', ')})`)
    }
    const output = result.outputs.find((o) => flags.agent === undefined || o.agent === flags.agent)
    if (!output) exitCode = 1
    else io.stdout.write(output.content)
  })

  withShared(
    program
      .command('inspect')
      .description('print the intermediate model of one file as JSON')
      .argument('<file>', 'an agent definition'),
  ).action((path: string, given: SharedFlags, command: Command) => {
    const flags = withConfig(given, command)
    const result = compileSource(path, readInput(path), compileOptions(flags, []))
    printDiagnostics(io, diagnosticsOf(result.file), flags.verbose ?? false)
    const [only] = result.agents
    if (!only) exitCode = 1
    else io.stdout.write(JSON.stringify(result.agents.length === 1 ? only : result.agents, null, 2) + '\n')
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
    if (error instanceof InputError) {
      io.stderr.write(`${error.message}\n`)
      return 1
    }
    throw error
  }
  return exitCode
}

class InputError extends Error {}

function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(`${path}:1:1: error: Cannot read the file${code ? ` (${code})` : ''} (${code === 'ENOENT' ? 'input-missing' : 'file-read'})`)
  }
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
