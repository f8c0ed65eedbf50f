/** Rules of a build (inputs, outputs, several files together) and of the command line itself. */
import { rule } from '../rule.js'

export const buildRules = {
  'name-collision': rule({
    severity: { of: (d) => ('renamed' in d ? 'info' : 'error'), among: ['error', 'info'] },
    explanation: 'Several files define an agent with the same name.',
    message: (d: { name: string; others: number; renamed: string } | { name: string; files: string[] } | { name: string; first: string; others: number }) =>
      'renamed' in d
        ? `Agent name \`${d.name}\` is also used by ${d.others} other file(s); renamed \`${d.renamed}\` (--on-collision prefix-path)`
        : 'files' in d
          ? `Agent name \`${d.name}\` is also defined, differently, by ${d.files.join(', ') || 'the same file'}; none of them was written (see --on-collision)`
          : `Agent name \`${d.name}\` is also defined, differently, by ${d.first}${d.others > 0 ? ` and ${d.others} other file(s) listed there` : ''}; none of them was written (see --on-collision)`,
  }),
  'name-duplicate': rule({
    severity: 'info',
    explanation: 'Several files define the same agent with identical content; it was written once.',
    message: (d: { name: string; first: string }) => `Same agent \`${d.name}\` as ${d.first}; written once`,
  }),
  'cache-ignored': rule({
    severity: 'info',
    explanation: "An entry of the build cache could not be read; the file was compiled again (the cache is never trusted over the source).",
    message: (d: { reason: string }) => `The cache entry for this file could not be read (${d.reason}); compiled again`,
  }),
  'output-write': rule({
    severity: 'error',
    explanation: 'An output file could not be written (or removed): a system error, the output folder is a file, or the path leads outside the output folder through a symbolic link.',
    message: (d: { path: string; reason: string; removing?: true }) => `Cannot ${d.removing ? 'remove' : 'write'} \`${d.path}\`: ${d.reason}`,
  }),
  'output-temp-removed': rule({
    severity: 'info',
    explanation: 'A temporary file left by a build that was stopped mid-way was removed.',
    message: () => 'Removed a temporary file left by a build that was stopped mid-way',
  }),
  'output-not-owned': rule({
    severity: 'error',
    explanation: 'A file agentdef did not write (it is not in the output folder\'s manifest) is where an output goes: it is not overwritten, unless --force.',
    message: (d: { path: string }) => `\`${d.path}\` exists and agentdef did not write it; not overwritten (--force replaces it)`,
  }),
  'output-is-source': rule({
    severity: 'info',
    explanation: 'An output would replace its own source, which is already where its tool reads it (the native layout); the source is left as it is.',
    message: (d: { path: string }) => `\`${d.path}\` is this agent's source, already where its tool reads it; left as it is`,
  }),
  'output-edited': rule({
    severity: 'warning',
    explanation: 'A file agentdef wrote was edited since; the new output replaces it.',
    message: (d: { path: string }) => `\`${d.path}\` was edited since agentdef wrote it; replaced by the new output`,
  }),
  'manifest-unreadable': rule({
    severity: 'warning',
    explanation: 'The output folder\'s manifest (.agentdef-manifest.json) cannot be read; it is written anew, and files agentdef did not write are left alone.',
    message: (d: { reason: string }) => `The manifest cannot be read (${d.reason}); written anew from this build`,
  }),
  'output-stale': rule({
    // Removed is said at the default verbosity: a build that deletes files says so.
    severity: { of: (d) => (d.state === 'check' ? 'error' : 'warning'), among: ['warning', 'error'] },
    explanation: 'An output file agentdef wrote has no source any more.',
    message: (d: { state: 'removed' | 'check' | 'kept' | 'would-remove' }) =>
      d.state === 'removed' ? 'Removed: its source has gone' : d.state === 'would-remove' ? 'Would be removed: its source has gone (--dry-run)' : 'Output has no source any more (remove it with --clean)',
  }),
  'output-drift': rule({
    severity: 'error',
    explanation: 'An output file is not up to date (`--check`).',
    message: (d: { path: string; created?: boolean }) => (d.created ? `\`${d.path}\` is missing` : `\`${d.path}\` is not up to date`),
  }),
  'input-skipped': rule({
    // Named explicitly, a file that is no agent is a warning; found in a folder, a note.
    severity: { of: (d) => ('expected' in d ? 'warning' : 'info'), among: ['warning', 'info'] },
    explanation: 'A file was skipped (not an agent definition).',
    message: (d: { expected: string[] } | { inFolder: true }) =>
      'expected' in d ? `Not an agent definition: expected ${d.expected.join(' or ')}` : 'Skipped: not an agent definition (name it explicitly to compile it)',
  }),
  'input-instructions': rule({
    // Found in a folder, a note; named explicitly, a warning (the user meant it to be compiled).
    severity: { of: (d) => (d.named ? 'warning' : 'info'), among: ['warning', 'info'] },
    explanation: 'A project instruction file (AGENTS.md, CLAUDE.md, GEMINI.md…) was skipped: it holds instructions for every session, not an agent definition.',
    message: (d: { name: string; tools: string; named: boolean }) => `Skipped: \`${d.name}\` holds project instructions read by ${d.tools}, not an agent definition`,
  }),
  'input-none': rule({
    severity: 'error',
    explanation: 'The inputs hold no agent definition: a build of nothing is a failure, so that a renamed or emptied folder does not pass CI.',
    message: (d: { inputs: string[]; skipped: number; ignored?: number }) =>
      `No agent definition found in ${d.inputs.map((i) => `\`${i}\``).join(', ')}${d.skipped > 0 ? ` (${d.skipped} file${d.skipped === 1 ? '' : 's'} skipped as not agents)` : ''}${d.ignored ? ` (${d.ignored} path${d.ignored === 1 ? '' : 's'} left out by .gitignore or .agentdefignore)` : ''}`,
  }),
  'input-missing': rule({
    severity: 'error',
    explanation: 'An input path does not exist, or a glob matches no file.',
    message: (d: { path: string; glob?: true }) => (d.glob ? `Glob \`${d.path}\` matches no file` : `Input \`${d.path}\` does not exist`),
  }),
  'input-symlink': rule({
    // A link leading out of the input, or nowhere, may hide an agent the user expects: a warning. One leading to what was read already: a note.
    severity: { of: (d) => ('again' in d ? 'info' : 'warning'), among: ['warning', 'info'] },
    explanation: 'A symbolic link in an input folder was not followed: it leads outside the input folder, or nowhere; or it leads to a file or folder already read, which is read once.',
    message: (d: { target: string; outside: string } | { target: string; broken: true } | { target: string; again: string }) =>
      'outside' in d
        ? `Symbolic link to \`${d.target}\`, outside the input folder \`${d.outside}\`; not followed`
        : 'broken' in d
          ? `Symbolic link to \`${d.target}\`, which does not exist; skipped`
          : `Symbolic link to \`${d.target}\`, already read as \`${d.again}\`; read once`,
  }),
  'internal-error': rule({
    severity: 'error',
    explanation: 'agentdef failed on this file; this is a bug, please report it.',
    message: (d: { reason: string }) => `agentdef failed on this file: ${d.reason}`,
  }),
  // The command line: printed as `error: <message>`, exit code 2.
  'config-invalid': rule({
    severity: 'error',
    explanation: 'The config file (`--config`, `agentdef.config.json`) cannot be read or holds an unknown key or a value of the wrong type.',
    message: (d: { file: string; unreadable: string } | { file: string; notObject: true } | { file: string; unknownKey: string; known: string[] } | { file: string; key: string; must: string } | { file: string; toolMap: string }) =>
      `${d.file}: ` +
      ('unreadable' in d
        ? `cannot read the config: ${d.unreadable}`
        : 'notObject' in d
          ? 'expected an object'
          : 'unknownKey' in d
            ? `unknown key \`${d.unknownKey}\` (known: ${d.known.join(', ')})`
            : 'must' in d
              ? `\`${d.key}\` must ${d.must}`
              : `\`toolMap\`: ${d.toolMap}`),
  }),
  'usage-invalid': rule({
    severity: 'error',
    explanation: 'A flag or argument of the command line is not valid.',
    message: (
      d:
        | { target: string; known: string[] }
        | { flag: string; pair: string }
        | { maxSize: string }
        | { maxWarnings: string }
        | { jobs: string }
        | { toolMap: string }
        | { oneTarget: true }
        | { path: string; agent: string; names: string[] }
        | { path: string; several: string[] },
    ) => {
      if ('target' in d) return `unknown target \`${d.target}\` (known: ${d.known.join(', ')})`
      if ('pair' in d) return `${d.flag} expects from=to pairs, got \`${d.pair}\``
      if ('maxWarnings' in d) return `--max-warnings expects a whole number, got \`${d.maxWarnings}\``
      if ('jobs' in d) return `--jobs expects a number of threads, 1 or more, got \`${d.jobs}\``
      if ('maxSize' in d) return `--max-size expects a size such as 512k or 2m, got \`${d.maxSize}\``
      if ('toolMap' in d) return `--tool-map: ${d.toolMap}`
      if ('oneTarget' in d) return '--to takes exactly one target'
      if ('agent' in d) return `${d.path} defines no agent \`${d.agent}\` (it defines: ${d.names.join(', ') || 'none'})`
      return `${d.path} defines ${d.several.length} agents; choose one with --agent (${d.several.join(', ')})`
    },
  }),
}
