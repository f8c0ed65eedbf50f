/** `agentdef init` on the command line: the plan, carried out, and said line by line. */
import { applyInit, planInit } from '../init/init.js'
import type { CliIo } from './io.js'

export function runInit(dir: string, chosen: string[] | undefined, io: CliIo): number {
  let plan
  try {
    plan = planInit(dir, chosen)
  } catch (error) {
    io.stderr.write(`package.json:1:1: error: Cannot read it: ${(error as Error).message} (file-read)\n`)
    return 1
  }
  try {
    applyInit(dir, plan)
  } catch (error) {
    io.stderr.write(`error: ${(error as Error).message}\n`)
    return 1
  }
  const seen = Object.entries(plan.seen).map(([id, path]) => `${id} (${path})`)
  if ('path' in plan.config) {
    io.stdout.write(`Wrote ${plan.config.path}: sources ${plan.include.join(', ')}, targets ${seen.length > 0 ? seen.join(', ') : plan.targets.join(', ')}, layout native\n`)
  } else io.stdout.write(`${plan.config.exists} exists; left as it is\n`)
  if ('noPackage' in plan.scripts) {
    io.stdout.write('No package.json here; to run agentdef as a script, add to its "scripts": "agents": "agentdef build", "agents:check": "agentdef build --check"\n')
  } else {
    const added = Object.keys(plan.scripts.add)
    if (added.length > 0) io.stdout.write(`Added to package.json: ${added.map((name) => `npm run ${name}`).join(', ')}\n`)
    for (const name of plan.scripts.taken) io.stdout.write(`package.json already has a script \`${name}\` that runs something else; left as it is\n`)
  }
  return 0
}
