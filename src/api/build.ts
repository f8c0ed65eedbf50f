/** The library's `build`: what `agentdef build` (or `check`, or `lint` with `write: false`) does, returning the report `--format json` prints. */
import { defaultJobs } from '../pipeline/parallel.js'
import { resolve } from 'node:path'
import { build as runBuild, type BuildOptions } from '../pipeline/build.js'
import { reportOf } from '../report/model.js'
import type { Report } from '../report/types.js'
import type { Options } from './options.js'
import { compileOptionsOf } from './compile-options.js'

export interface BuildSettings extends Options {
  /** Files, folders (searched recursively) and globs. Default `['agents']`. */
  inputs: string[]
  /** The output folder. Default `dist` (`.` with the native layout). */
  out: string
  /** `flat`: `<out>/<target>/<file>`; `native`: where each tool reads it. Default `flat`. */
  layout: 'flat' | 'native'
  /** Write nothing; the report counts outputs out of date (and each one's diff). */
  check: boolean
  /** Write nothing, not even the manifest; the report says what would be written. */
  dryRun: boolean
  /** Compile and report only; touch no file (`lint`). Default true. */
  write: boolean
  /** Remove outputs whose source has gone. */
  clean: boolean
  /** Overwrite a file at an output path that agentdef did not write. */
  force: boolean
  /** Different agents of one name: an error, or renamed after a part of their paths. */
  onCollision: 'error' | 'prefix-path'
  /** Paths left out of the input folders and globs (`.gitignore` syntax, relative to `cwd`). */
  exclude: string[]
  /** The native layout's folder per target, relative to `out`. */
  paths: Record<string, string>
  /** The folder inputs and `out` are relative to. Default `process.cwd()`. */
  cwd: string
  /** Worker threads compiling files: default one per core; 1 compiles on this thread. */
  jobs: number
}

/**
 * Build as the command line does and return its report: the files, each one's
 * agents, outputs and messages, the totals and the counts by rule. It resolves
 * once every output is written (or compared); bad input is in the report, never
 * thrown. Files are compiled on worker threads (`jobs`), the rest on this thread.
 * @throws TypeError for an option that cannot be used (an unknown target).
 */
export async function build(settings: Partial<BuildSettings> = {}): Promise<Report> {
  const layout = settings.layout ?? 'flat'
  const cwd = settings.cwd ?? process.cwd()
  const options: BuildOptions = {
    ...compileOptionsOf(settings),
    inputs: settings.inputs ?? ['agents'],
    // The writer reads `out` from the process's folder: resolved against `cwd` here.
    out: resolve(cwd, settings.out ?? (layout === 'native' ? '.' : 'dist')),
    layout,
    check: settings.check ?? false,
    dryRun: settings.dryRun ?? false,
    write: settings.write ?? true,
    clean: settings.clean ?? false,
    force: settings.force ?? false,
    onCollision: settings.onCollision ?? 'error',
    exclude: settings.exclude && settings.exclude.length > 0 ? [{ patterns: settings.exclude, base: '.' }] : [],
    cwd,
    jobs: settings.jobs ?? defaultJobs(),
    ...(settings.paths ? { paths: settings.paths } : {}),
  }
  const command = options.write === false ? 'lint' : options.check ? 'check' : 'build'
  return reportOf(runBuild(options), { command, dryRun: options.dryRun ?? false, severities: settings.rules ?? {} })
}
