/**
 * A reader that stops reading (`agentdef build | head`, a pager quit early) closes
 * the pipe; Node then fails the next write with EPIPE, an `error` event that, left
 * unhandled, ends the process with a stack trace (seen 2026-12-04 with
 * `agentdef build --help | head`). What is left to print has nowhere to go: it is
 * dropped, and the command finishes its work (outputs written, manifest saved) with
 * its own exit status, as a compiler piped into `head` does.
 */
import type { Writable } from 'node:stream'

export function quietOnClosedPipe(stream: Writable): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}
