/**
 * The native layout: each output where its target's tool reads it (`Target.nativePath`:
 * `.claude/agents/<name>.md`, `.roomodes`…), or in the folder the config's `paths` gives
 * the target (`"claude": "agents-out/claude"` → `agents-out/claude/<name>.md`; Roo's
 * file keeps its name, `<folder>/.roomodes`). A target no tool reads from a folder
 * (`prompt`, the OpenAI request bodies) keeps `<target>/<file>`.
 */
import { posix } from 'node:path'
import type { Agent } from '../model/agent.js'
import { isTargetId, targets } from '../targets/registry.js'
import type { Target } from '../targets/types.js'
import type { Output } from './compile.js'

export function placeNative(files: { agents: Agent[]; outputs: Output[] }[], paths: Record<string, string> = {}): void {
  for (const outcome of files) {
    for (const output of outcome.outputs) {
      const target = isTargetId(output.target) ? (targets[output.target] as Target) : undefined
      if (!target?.nativePath) continue
      const agent = outcome.agents.find((a) => a.name === output.agent)
      const native = target.nativePath(output.agent, agent)
      const folder = Object.hasOwn(paths, output.target) ? paths[output.target] : undefined
      output.path = folder === undefined ? native : posix.join(folder, posix.basename(native))
    }
  }
}
