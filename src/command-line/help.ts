/**
 * The part of `--help` that comes from the registries: the dialects a command
 * reads (in the order they are tried) and the targets it writes, each with its
 * summary, so that a new dialect or target shows in the help without touching
 * the CLI.
 */
import type { Command, Help } from 'commander'
import { DIALECT_IDS, dialects } from '../dialects/registry.js'
import { TARGET_IDS, targets } from '../targets/registry.js'

/** Commands that read agent definitions, and those of them that write targets. */
const READERS = ['build', 'check', 'lint', 'convert', 'inspect', 'explain']
const WRITERS = ['build', 'check', 'lint', 'convert', 'explain']

/** One `Title:` list of `id  summary` items, wrapped to the help's width as commander wraps options. */
function itemList(help: Help, title: string, items: readonly { id: string; summary: string }[]): string[] {
  const width = Math.max(...items.map((item) => item.id.length))
  return help.formatItemList(
    title,
    items.map((item) => help.formatItem(item.id, width, item.summary, help)),
    help,
  )
}

/** Add the dialects (and, where the command writes, the targets) after the help of each reading command. */
export function addRegistryHelp(program: Command): void {
  for (const command of program.commands) {
    const name = command.name()
    if (!READERS.includes(name)) continue
    command.addHelpText('after', (context) => {
      const help = context.command.createHelp()
      help.prepareContext({ helpWidth: context.command.configureOutput().getOutHelpWidth?.() ?? 80 })
      const lines = itemList(help, 'Input dialects (tried in this order):', DIALECT_IDS.map((id) => ({ id, summary: dialects[id].summary })))
      if (WRITERS.includes(name)) lines.push(...itemList(help, 'Targets:', TARGET_IDS.map((id) => targets[id])))
      return '\n' + lines.join('\n').trimEnd()
    })
  }
}
