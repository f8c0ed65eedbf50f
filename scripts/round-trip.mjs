/**
 * The round trip of issue 8, on compiled outputs: for each agent and each target T
 * that is read back (`target.readBack`), the output of T is read back from where
 * T's tool reads it (`target.nativePath`) and compiled to `claude`; that is compared
 * field by field with the source compiled to `claude` directly. A field is
 *   kept      when both give the same value,
 *   reported  when they differ and T said so (a note of T on the field: `Output.reportedFields`),
 *   lost      when they differ and nothing said so: a silent loss, which fails the corpus run.
 * An output its own dialect does not claim back counts as lost in every field.
 */
import YAML from 'yaml'
import { compileSource, diagnosticsOf, targets } from '../dist/internal.js'

export const FIELDS = ['name', 'description', 'tools', 'model', 'prompt']

/**
 * The notes that account for a difference in each compared field: the source
 * fields a target names when it translates or leaves something out. A title, a
 * colour, examples and triggers live in Claude's description; a permission mode
 * narrows the tools.
 */
const COVERS = {
  name: ['name', 'title'],
  description: ['description', 'examples', 'triggers', 'title', 'color'],
  tools: ['tools', 'permissionMode', 'mcpServers'],
  model: ['model'],
  prompt: ['prompt', 'instructions', 'examples', 'triggers'],
}

// A whole build's `.roomodes` can pass the 1 MiB input limit; the read-back is not limited by it.
const OPTIONS = { targets: ['claude'], lang: 'all', modelMap: {}, maxBytes: Number.MAX_SAFE_INTEGER }

/** The targets whose outputs are read back, by id. */
export const READ_BACK = Object.fromEntries(Object.entries(targets).filter(([, t]) => t.readBack))

/** A Claude output's fields as compared (undefined when absent). */
function claudeFields(text) {
  const match = /^---\n([\s\S]*?\n)---\n\n?([\s\S]*)$/.exec(text)
  if (!match) return undefined
  const data = YAML.parse(match[1]) ?? {}
  const tools = typeof data.tools === 'string' ? data.tools.split(',').map((t) => t.trim()).filter(Boolean).sort().join(', ') : data.tools
  return { name: data.name, description: data.description, tools, model: data.model, prompt: match[2] }
}

/** An empty tally: target → field → counts. */
export function emptyTally() {
  return Object.fromEntries(Object.keys(READ_BACK).map((id) => [id, Object.fromEntries(FIELDS.map((f) => [f, { kept: 0, reported: 0, lost: 0 }]))]))
}

/**
 * Add one compiled file's round trips to `tally`; returns the silent losses found,
 * as `{ source, target, agent, field, direct, back }`.
 */
export function roundTripOutcome(outcome, tally, cache = new Map()) {
  const losses = []
  const outputs = outcome.outputs
  for (const agent of outcome.agents) {
    const direct = outputs.find((o) => o.target === 'claude' && o.agent === agent.name)
    if (!direct) continue
    const want = claudeFields(direct.content)
    for (const [id, target] of Object.entries(READ_BACK)) {
      if (id === 'claude') continue
      const output = outputs.find((o) => o.target === id && o.agent === agent.name)
      if (!output) continue
      // A target that gathers every agent into one file (Roo's `.roomodes`) gives every agent the same
      // content: it is read back once, and each agent found in it by name.
      // Where the target's tool reads it; a request body no tool reads from a folder, as the file it is written to.
      const path = target.nativePath?.(agent.name, agent) ?? output.path.slice(output.path.lastIndexOf('/') + 1)
      const dialect = typeof target.readBack === 'function' ? target.readBack(agent) : target.readBack
      const key = `${path}\0${output.content}`
      let back = cache.get(key)
      if (!back) cache.set(key, (back = compileSource(path, Buffer.from(output.content, 'utf8'), OPTIONS)))
      // A target that renames an agent (Qwen's 50-character limit) gives one agent under another name: the name is then compared.
      const backAgent = back.agents.find((a) => a.name === agent.name) ?? (target.combine ? undefined : back.agents.length === 1 ? back.agents[0] : undefined)
      const claimed = backAgent !== undefined && backAgent.source.dialect === dialect
      const backOutput = backAgent && back.outputs.find((o) => o.target === 'claude' && o.agent === backAgent.name)
      const got = claimed && backOutput ? claudeFields(backOutput.content) : undefined
      for (const field of FIELDS) {
        const counts = tally[id][field]
        if (got && same(field, got[field], want[field])) counts.kept++
        else if (got && output.reportedFields.some((f) => COVERS[field].includes(f))) counts.reported++
        else {
          counts.lost++
          const why = got ? undefined : claimed ? 'no claude output' : `read back as ${back.agents.map((a) => a.source.dialect).join(', ') || 'nothing'}: ${diagnosticsOf(back.file).filter((d) => d.severity === 'error').map((d) => d.message).join('; ')}`
          losses.push({ source: outcome.file.path, target: id, agent: agent.name, field, direct: want[field], back: got?.[field], ...(why ? { why } : {}) })
        }
      }
    }
  }
  return losses
}

function same(field, got, want) {
  if (got === want) return true
  // `inherit` is Claude's default: a target that leaves the model out (the caller's model) keeps it.
  if (field === 'model') return (got ?? 'inherit') === (want ?? 'inherit')
  return false
}

/** Add `more` into `tally`. */
export function addTally(tally, more) {
  for (const [id, fields] of Object.entries(more)) for (const [field, counts] of Object.entries(fields)) for (const key of Object.keys(counts)) tally[id][field][key] += counts[key]
}

/** The table: one row per target, `kept/reported/lost` per field. */
export function tallyTable(tally) {
  const rows = Object.entries(tally).filter(([id]) => id !== 'claude')
  const cells = rows.map(([id, fields]) => [id, ...FIELDS.map((f) => `${fields[f].kept}/${fields[f].reported}/${fields[f].lost}`)])
  const head = ['target', ...FIELDS]
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (values) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ')
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n')
}
