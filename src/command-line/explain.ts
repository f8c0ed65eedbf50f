/** `agentdef explain <file>`: what each target kept, translated, defaulted or left out of each field, and why (`explain/explain.ts`). */
import { Command, Option } from 'commander'
import { createColors } from 'picocolors'
import { compileSource } from '../pipeline/compile.js'
import { diagnosticsOf, escapeControls } from '../diagnostics/format.js'
import { explain, type Explanation } from '../explain/explain.js'
import { TARGET_IDS } from '../targets/registry.js'
import { compileOptions, parseTargets, UsageError, withConfig, withShared, type SharedFlags } from './options.js'
import { readInput } from './args.js'
import { hasColors, printDiagnostics, type CliIo } from './io.js'

type ExplainFlags = SharedFlags & { target: string[]; agent?: string; stdinName?: string; format: 'pretty' | 'json' }

export function addExplainCommand(program: Command, io: CliIo, exit: (code: number) => void): void {
  withShared(
    program
      .command('explain')
      .description('for one file, field by field and per target: what was kept, translated, defaulted or left out, and why')
      .argument('<file>', 'an agent definition, or - for standard input')
      .option('-t, --target <ids>', `targets (${TARGET_IDS.join(', ')}, a custom target's id, or all)`, parseTargets, ['all'])
      .option('--agent <name>', 'which agent, when the file defines several')
      .option('--stdin-name <name>', 'the file name standard input is read as')
      .addOption(new Option('--format <format>', 'pretty or json').choices(['pretty', 'json']).default('pretty')),
  ).action((arg: string, given: ExplainFlags, command: Command) => {
    const flags = withConfig(given, command)
    const input = readInput(arg, flags)
    if ('file' in input) {
      printDiagnostics(io, diagnosticsOf(input.file), flags.verbose ?? false)
      exit(1)
      return
    }
    const options = compileOptions(flags, flags.target)
    const result = compileSource(input.path, input.bytes, options)
    const explanation = explain(result, options.targets)
    if (flags.agent !== undefined) {
      const names = explanation.agents.map((a) => a.name)
      if (!names.includes(flags.agent)) throw new UsageError({ path: input.path, agent: flags.agent, names })
      explanation.agents = explanation.agents.filter((a) => a.name === flags.agent)
    }
    // The file's own diagnostics (not a target's: those are the explanation).
    printDiagnostics(io, diagnosticsOf(result.file).filter((d) => d.fact === undefined || d.severity === 'error'), flags.verbose ?? false)
    if (flags.format === 'json') io.stdout.write(JSON.stringify(explanation, null, 2) + '\n')
    else io.stdout.write(prettyExplanation(explanation, hasColors(io.stdout, io.env ?? process.env)))
    exit(explanation.agents.length === 0 ? 1 : 0)
  })
}

export function prettyExplanation(explanation: Explanation, colors: boolean): string {
  const c = createColors(colors)
  const paint = { kept: c.green, translated: c.cyan, defaulted: c.yellow, shortened: c.yellow, 'part left out': c.yellow, 'left out': c.red }
  const FATE_WIDTH = 'part left out'.length
  const lines: string[] = []
  for (const agent of explanation.agents) {
    if (lines.length > 0) lines.push('')
    lines.push(c.bold(`${escapeControls(explanation.path)}: ${agent.dialect} → ${escapeControls(agent.name)}`))
    for (const target of agent.targets) {
      lines.push('', `${c.bold(target.target)}${target.path === undefined ? c.red(' (not written)') : c.dim(` → ${escapeControls(target.path)}`)}`)
      const width = Math.max(...target.fields.map((f) => f.field.length))
      for (const field of target.fields) {
        const head = `  ${field.field.padEnd(width)}  ${paint[field.fate](field.fate.padEnd(FATE_WIDTH))}`
        if (field.notes.length === 0) lines.push(head.trimEnd())
        // Each note's text without its `<target>: ` prefix: the target heads the block.
        field.notes.forEach((note, i) => {
          const text = note.message.startsWith(`${target.target}: `) ? note.message.slice(target.target.length + 2) : note.message
          lines.push(`${i === 0 ? head : ' '.repeat(width + FATE_WIDTH + 4)}  ${escapeControls(text)} ${c.dim(`(${note.rule})`)}`)
        })
      }
    }
  }
  return lines.join('\n') + '\n'
}
