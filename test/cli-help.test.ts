/** The dialects and targets in `--help` come from the registries (src/cli-help.ts). */
import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { addRegistryHelp } from '../src/command-line/help.js'
import { DIALECT_IDS, dialects } from '../src/dialects/registry.js'
import { TARGET_IDS } from '../src/targets/registry.js'

/** What `agentdef <command> --help` prints, on a program with the CLI's command names. */
function helpOf(name: string): string {
  let out = ''
  const program = new Command().name('agentdef').exitOverride()
  for (const command of ['build', 'lint', 'convert', 'inspect']) program.command(command).description(`${command} things`)
  for (const command of [program, ...program.commands]) command.exitOverride().configureOutput({ writeOut: (s) => (out += s), getOutHelpWidth: () => 100 })
  addRegistryHelp(program)
  expect(() => program.parse([name, '--help'], { from: 'user' })).toThrow()
  return out
}

/** The ids listed under a heading of the help, in order. */
function listed(help: string, heading: string): string[] {
  const start = help.indexOf(heading)
  if (start === -1) return []
  const block = help.slice(start + heading.length).split('\n\n')[0]!
  return [...block.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]!)
}

describe('--help', () => {
  it.each(['build', 'lint', 'convert', 'inspect'])('%s lists every dialect, in the order they are tried, with its summary', (name) => {
    const help = helpOf(name)
    expect(listed(help, 'Input dialects (tried in this order):')).toEqual(DIALECT_IDS)
    for (const id of DIALECT_IDS) expect(help.replace(/\s+/g, ' ')).toContain(dialects[id].summary.split(' ').slice(0, 4).join(' '))
  })

  it.each(['build', 'lint', 'convert'])('%s lists every target', (name) => {
    expect(listed(helpOf(name), 'Targets:')).toEqual(TARGET_IDS)
  })

  it('inspect writes no target, so lists none', () => {
    expect(helpOf('inspect')).not.toContain('Targets:')
  })
})
