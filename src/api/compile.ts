/**
 * The library: compile a source held in memory, build files and folders, read an
 * agent. Plain objects in and out (no VFile, no tree), the shapes `--format json`
 * prints; the same pipeline as the command line.
 */
import type { VFile } from 'vfile'
import type { Agent } from '../model/agent.js'
import { compileSource, recogniseSource } from '../pipeline/compile.js'
import { diagnosticsOf } from '../diagnostics/format.js'
import { groupTargets } from '../report/group.js'
import { applySeverities } from '../report/severities.js'
import type { ReportMessage } from '../report/types.js'
import { readBounded } from '../inputs/read-bounded.js'
import { unreadFile } from '../inputs/unread.js'
import { DEFAULTS, type Options } from './options.js'
import { compileOptionsOf } from './compile-options.js'

export interface CompiledOutput {
  /** The agent's name (id). */
  agent: string
  target: string
  /** Where the build writes it, inside the output folder (`claude/reviewer.md`). */
  path: string
  content: string
}

export interface Compiled {
  agents: Agent[]
  /** One a target and agent that compiled (a target that gathers agents, Roo's, writes one file for all). */
  outputs: CompiledOutput[]
  /** Every message, in the report's shape: one fact for several targets is one message naming them. */
  diagnostics: ReportMessage[]
}

/**
 * Compile one source: its text or bytes, read as `path` says (`agent.md` by default;
 * the name tells some dialects: `x.agent.md`, `.roomodes`, `x.toml`). Never throws
 * for bad input: a source that does not compile gives no output and an error diagnostic.
 * @throws TypeError for an option that cannot be used (an unknown target).
 */
export function compile(source: string | Uint8Array, options: Partial<Options> & { path?: string } = {}): Compiled {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source
  const result = compileSource(options.path ?? 'agent.md', bytes, compileOptionsOf(options))
  return {
    agents: result.agents,
    outputs: result.outputs.map(({ agent, target, path, content }) => ({ agent, target, path, content })),
    diagnostics: messagesOf(result.file, options),
  }
}

/** Read the agents a file defines into the model (no target is written). A file that cannot be read gives a `file-read` error diagnostic. */
export async function readAgent(path: string, options: Partial<Pick<Options, 'maxBytes' | 'toolMap' | 'rules'>> = {}): Promise<{ agents: Agent[]; diagnostics: ReportMessage[] }> {
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes
  // The build's bounded read: a named pipe or a device is refused before a byte is read, a file over the limit is not read whole.
  const read = readBounded(path, maxBytes)
  if (!('bytes' in read)) return { agents: [], diagnostics: messagesOf(unreadFile(path, read, maxBytes), options) }
  const checked = compileOptionsOf({ ...options, targets: [] })
  const { file, agents } = recogniseSource(path, read.bytes, { maxBytes, ...(checked.toolMap ? { toolMap: checked.toolMap } : {}) })
  return { agents, diagnostics: messagesOf(file, options) }
}

function messagesOf(file: VFile, options: Partial<Pick<Options, 'rules'>>): ReportMessage[] {
  return groupTargets(applySeverities(diagnosticsOf(file), options.rules ?? {}))
}
