/**
 * The round trip of issue 8, on compiled outputs: for each agent and each target T
 * that is read back (`target.readBack`), the output of T is read back from where
 * T's tool reads it (`target.nativePath`) and compiled to `claude`; that is compared
 * field by field with the source compiled to `claude` directly. A field is
 *   kept      when both give the same value,
 *   translated, defaulted or left out
 *             when they differ and T said so, by the strongest of T's notes on the field
 *             (`Output.notes`: target-dropped and target-truncated are left out),
 *   lost      when they differ and nothing said so: a silent loss, which fails the corpus run.
 * And an output is idempotent when compiling it again, read back, to T gives the same bytes.
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
const optionsFor = (id) => ({ targets: ['claude', id], lang: 'all', modelMap: {}, maxBytes: Number.MAX_SAFE_INTEGER })

/** The targets whose outputs are read back, by id. */
export const READ_BACK = Object.fromEntries(Object.entries(targets).filter(([, t]) => t.readBack))

/** A Claude output's fields as compared (undefined when absent). */
export function claudeFields(text) {
  const match = /^---\n([\s\S]*?\n)---\n\n?([\s\S]*)$/.exec(text)
  if (!match) return undefined
  const data = YAML.parse(match[1]) ?? {}
  const tools = typeof data.tools === 'string' ? data.tools.split(',').map((t) => t.trim()).filter(Boolean).sort().join(', ') : data.tools
  return { name: data.name, description: data.description, tools, model: data.model, prompt: match[2] }
}

/** An empty tally: target → field → counts. */
export function emptyTally() {
  return Object.fromEntries(Object.keys(READ_BACK).map((id) => [id, { ...Object.fromEntries(FIELDS.map((f) => [f, { kept: 0, translated: 0, defaulted: 0, leftOut: 0, lost: 0 }])), idempotent: { same: 0, tried: 0 } }]))
}

/** How a target's notes on a compared field account for a difference: the strongest of them, or undefined when none does. */
export function reportedAs(output, field) {
  const rules = output.notes.filter((n) => n.field !== undefined && COVERS[field].includes(n.field)).map((n) => n.rule)
  if (rules.includes('target-dropped') || rules.includes('target-truncated')) return 'leftOut'
  if (rules.includes('target-defaulted')) return 'defaulted'
  if (rules.length > 0) return 'translated'
  return undefined
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
    // Claude's own idempotence: its output, where Claude Code reads it, compiled again to claude.
    const claudePath = READ_BACK.claude.nativePath?.(agent.name, agent) ?? `${agent.name}.md`
    if (tally.claude && !cache.has(`${claudePath}\0${direct.content}`)) {
      const again = compileSource(claudePath, Buffer.from(direct.content, 'utf8'), optionsFor('claude'))
      cache.set(`${claudePath}\0${direct.content}`, again)
      tally.claude.idempotent.tried++
      if (again.outputs.find((o) => o.target === 'claude')?.content === direct.content) tally.claude.idempotent.same++
    }
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
      if (!back) {
        cache.set(key, (back = compileSource(path, Buffer.from(output.content, 'utf8'), optionsFor(id))))
        // Idempotence: the output compiled again to its own target, once per file written.
        const again = back.outputs.find((o) => o.target === id)
        tally[id].idempotent.tried++
        if (again && again.content === output.content) tally[id].idempotent.same++
      }
      // A target that renames an agent (Qwen's 50-character limit) gives one agent under another name: the name is then compared.
      const backAgent = back.agents.find((a) => a.name === agent.name) ?? (target.combine ? undefined : back.agents.length === 1 ? back.agents[0] : undefined)
      const claimed = backAgent !== undefined && backAgent.source.dialect === dialect
      const backOutput = backAgent && back.outputs.find((o) => o.target === 'claude' && o.agent === backAgent.name)
      const got = claimed && backOutput ? claudeFields(backOutput.content) : undefined
      for (const field of FIELDS) {
        const counts = tally[id][field]
        const reported = got && !same(field, got[field], want[field]) ? reportedAs(output, field) : undefined
        if (got && same(field, got[field], want[field])) counts.kept++
        else if (reported) counts[reported]++
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

export function same(field, got, want) {
  if (got === want) return true
  // `inherit` is Claude's default: a target that leaves the model out (the caller's model) keeps it.
  if (field === 'model') return (got ?? 'inherit') === (want ?? 'inherit')
  return false
}

/** Add `more` into `tally`. */
export function addTally(tally, more) {
  for (const [id, parts] of Object.entries(more)) for (const [part, counts] of Object.entries(parts)) for (const key of Object.keys(counts)) tally[id][part][key] += counts[key]
}

/** The table: one row per target, its compared fields summed (name, description, tools, model, prompt of every agent), and its idempotence. */
export function tallyTable(tally) {
  const rows = Object.entries(tally).filter(([id]) => id !== 'claude')
  const sum = (parts, key) => FIELDS.reduce((n, f) => n + parts[f][key], 0)
  const rate = ({ same, tried }) => (tried === 0 ? '-' : `${same}/${tried} (${((100 * same) / tried).toFixed(1)}%)`)
  const cells = rows.map(([id, parts]) => [id, ...['kept', 'translated', 'defaulted', 'leftOut', 'lost'].map((k) => String(sum(parts, k))), rate(parts.idempotent)])
  const head = ['target', 'kept', 'translated', 'defaulted', 'left out', 'lost', 'idempotent']
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (values) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ')
  const claude = tally.claude ? `\nclaude (the reference): idempotent ${rate(tally.claude.idempotent)}` : ''
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + claude
}
