/**
 * A progress line for a build that runs longer than a second: on a terminal only,
 * never in CI (`CI` set) or into a pipe or a file, where it would be noise. One
 * line, rewritten in place at most ten times a second, and erased when the build
 * ends, before the report. The build is synchronous, so the clock is read as each
 * file begins, not by a timer.
 */
import { escapeControls } from '../diagnostics/format.js'
import type { CliIo } from './io.js'

const DELAY_MS = 1000
const EVERY_MS = 100

export interface Progress {
  update(done: number, total: number, path: string): void
  /** Erase the line, if one was drawn. */
  end(): void
}

export function progressLine(io: CliIo, now: () => number = Date.now): Progress | undefined {
  const env = io.env ?? process.env
  const stream = io.stderr
  if (stream.isTTY !== true || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') || env.TERM === 'dumb') return undefined
  const started = now()
  let last = 0
  let drawn = false
  return {
    update(done, total, path) {
      const at = now()
      if (at - started < DELAY_MS || at - last < EVERY_MS) return
      last = at
      drawn = true
      const width = (stream.columns ?? 80) - 1
      const line = `Compiling ${done + 1}/${total} ${escapeControls(path)}`
      // Erase the line, then write from its start: `\r` and ESC[2K (erase in line).
      stream.write(`\r\x1b[2K${line.length > width ? line.slice(0, width - 1) + '…' : line}`)
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K')
      drawn = false
    },
  }
}
