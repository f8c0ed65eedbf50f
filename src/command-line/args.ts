/** The command line's arguments turned into what the commands use: inputs, counts, repeatable options, the one file `convert` reads, the fix command `--check` prints. */
import type { Command } from 'commander'
import type { VFile } from 'vfile'
import { readBounded, readStdinBounded } from '../inputs/read-bounded.js'
import { unreadFile } from '../inputs/unread.js'
import { UsageError, type SharedFlags } from './options.js'

/** The inputs named on the command line; else the config's `include`; else `agents`. */
export function inputsOf(given: string[], flags: SharedFlags, command: Command): string[] {
  return command.args.length > 0 ? given : (flags.include ?? given)
}

/** The command line that brings the outputs up to date: the one given, without `--check` (`check` becomes `build`). */
export function fixCommand(argv: string[]): string {
  const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)
  const [command, ...rest] = argv
  return ['agentdef', command === 'check' ? 'build' : command, ...rest.filter((arg) => arg !== '--check')].filter((arg) => arg !== undefined).map(quote).join(' ')
}

/** `--max-warnings <n>`: a whole number, 0 or more. */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError({ maxWarnings: value })
  return Number(value)
}

/** `--jobs <n>`: a whole number, 1 or more. */
export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError({ jobs: value })
  return Number(value)
}

/** A repeatable option's values, in order. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

/**
 * The one file `convert` and `inspect` read: a path, or `-` for standard input (shown as
 * `<stdin>`, or as `--stdin-name`), read up to the size limit; a file that cannot be read
 * is a file carrying the diagnostic.
 */
export function readInput(arg: string, flags: { maxSize: number; stdinName?: string }): { path: string; bytes: Uint8Array } | { file: VFile } {
  const stdin = arg === '-'
  const path = stdin ? (flags.stdinName ?? '<stdin>') : arg
  const read = stdin ? readStdinBounded(flags.maxSize) : readBounded(arg, flags.maxSize)
  return 'bytes' in read ? { path, bytes: read.bytes } : { file: unreadFile(path, read, flags.maxSize) }
}
