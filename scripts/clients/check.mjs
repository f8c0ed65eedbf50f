#!/usr/bin/env node
/**
 * `npm run clients`: every output of the sample (sample.mjs) to the targets whose tool
 * ships its own loader, loaded by that loader at the release versions.mjs pins, and
 * compared with agentdef's model (compare.mjs). Fails on a file a tool refuses, or
 * loads with a field changed or missing that agentdef did not report; and when the
 * model catalog agentdef's OpenAI tables follow is not the pinned Codex's.
 *
 *   node scripts/clients/check.mjs [--json] [--stride <n>]
 */
import { compileSource, DEFAULT_OPTIONS } from '../../dist/internal.js'
import { DIALECT_IDS } from '../../dist/dialects/registry.js'
import { checkCatalog } from './catalog.mjs'
import { claudeFile, loadClaude } from './claude.mjs'
import { loadCodex, codexFile } from './codex.mjs'
import { compareFields, fieldsOfFile, fieldsOfSdkAgent, sdkModel } from './compare.mjs'
import { geminiFile, loadGemini } from './gemini.mjs'
import { loadOpencode, opencodeFile } from './opencode.mjs'
import { loadOpenAIAgents } from './openai-agents.mjs'
import { sample, STRIDE } from './sample.mjs'
import { CHECKED, CLIENTS } from './versions.mjs'

const args = process.argv.slice(2)
const json = args.includes('--json')
const strideAt = args.indexOf('--stride')
const stride = strideAt >= 0 ? Number(args[strideAt + 1]) : STRIDE

/** Each client: its loader, and how what it loaded becomes the reference's fields. */
const CHECKS = {
  // No loader of Claude Code's own runs offline: its rules (claude.mjs). The reference's own target, so only its rules are checked.
  claude: { load: loadClaude, fields: (item, loaded) => fieldsOfFile(claudeFile(item.name, loaded), item.name), rules: 'targets.md 1.3' },
  opencode: { load: loadOpencode, fields: (item, loaded) => fieldsOfFile(opencodeFile(item.name, loaded), item.name) },
  gemini: { load: loadGemini, fields: (item, loaded) => fieldsOfFile(geminiFile(item.name, loaded), item.name) },
  codex: {
    load: loadCodex,
    fields: (item, loaded) => {
      const fields = fieldsOfFile(codexFile(item.name, loaded, item.output.content), item.name)
      // The role list shows no instructions: a file read as a config layer does (codex.mjs).
      if (fields && loaded.instructions === undefined) delete fields.prompt
      return fields
    },
  },
  'openai-agents': { load: loadOpenAIAgents, fields: (item, loaded) => fieldsOfSdkAgent(loaded, item), model: sdkModel, only: ['conformance'] },
}

const started = performance.now()
const sources = sample({ stride })
const items = Object.fromEntries(Object.keys(CHECKS).map((id) => [id, []]))
const dialects = new Map()
for (const source of sources) {
  const targets = ['claude', ...Object.keys(CHECKS).filter((id) => id !== 'claude' && (!CHECKS[id].only || CHECKS[id].only.includes(source.group)))]
  const result = compileSource(source.path, source.bytes, { ...DEFAULT_OPTIONS, ...source.options, targets })
  for (const agent of result.agents) {
    dialects.set(agent.source.dialect, (dialects.get(agent.source.dialect) ?? 0) + 1)
    const direct = result.outputs.find((o) => o.target === 'claude' && o.agent === agent.name)
    for (const id of Object.keys(CHECKS).filter((t) => targets.includes(t))) {
      const output = result.outputs.find((o) => o.target === id && o.agent === agent.name)
      if (direct && output) items[id].push({ source: source.id, agent, name: agent.name, output, direct, content: output.content })
    }
  }
}

/** Items in batches whose names are unique (a tool's folder holds one file per name). */
function batches(list) {
  const seen = new Map()
  const out = []
  for (const item of list) {
    const n = seen.get(item.name) ?? 0
    seen.set(item.name, n + 1)
    ;(out[n] ??= []).push(item)
  }
  return out
}

const rows = []
const failures = []
for (const [id, check] of Object.entries(CHECKS)) {
  const row = { target: id, tool: CLIENTS[id] ? `${CLIENTS[id].package}@${CLIENTS[id].version}` : `its rules (${check.rules})`, files: 0, asWritten: 0, reported: 0, refused: 0, unreported: 0 }
  const t = performance.now()
  for (const batch of batches(items[id])) {
    const results = await check.load(batch)
    for (const item of batch) {
      row.files++
      const result = results.get(item.name)
      if (!result || result.refused !== undefined) {
        row.refused++
        failures.push({ target: id, source: item.source, agent: item.name, why: `refused: ${result?.refused ?? 'no result'}` })
        continue
      }
      const got = check.fields(item, result.loaded)
      if (!got) {
        row.unreported++
        failures.push({ target: id, source: item.source, agent: item.name, why: 'agentdef could not read back what the tool loaded' })
        continue
      }
      let { outcome, lost } = compareFields(item, got)
      // A field compared apart from the reference (the SDK's model against the source's).
      const model = check.model?.(result.loaded, item)
      if (model === 'lost') lost = [...lost, { field: 'model', got: result.loaded.model, want: item.agent.model?.raw }]
      if (lost.length > 0) outcome = 'unreported'
      else if (model !== undefined && model !== 'kept' && outcome === 'as written') outcome = 'reported'
      row[outcome === 'as written' ? 'asWritten' : outcome]++
      for (const l of lost) failures.push({ target: id, source: item.source, agent: item.name, why: `${l.field} loaded as ${JSON.stringify(l.got)?.slice(0, 200)}, agentdef's model has ${JSON.stringify(l.want)?.slice(0, 200)}, and nothing was reported` })
    }
  }
  row.seconds = ((performance.now() - t) / 1000).toFixed(0)
  rows.push(row)
}
// Every dialect agentdef reads is a source of the check (the bundled agents/ hold one of each at least).
for (const id of DIALECT_IDS) if (!dialects.has(id)) failures.push({ target: '-', source: 'sample', agent: '-', why: `no agent of the \`${id}\` dialect in the sample` })
const catalog = checkCatalog()
for (const problem of catalog.problems) failures.push({ target: 'codex', source: 'model catalog', agent: '-', why: problem })

if (json) process.stdout.write(JSON.stringify({ checked: CHECKED, rows, failures, dialects: Object.fromEntries(dialects) }, null, 2) + '\n')
else {
  const head = ['target', 'tool', 'files', 'as written', 'reported difference', 'refused', 'unreported difference', 'seconds']
  const cells = rows.map((r) => [r.target, r.tool, r.files, r.asWritten, r.reported, r.refused, r.unreported, r.seconds].map(String))
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (v) => v.map((x, i) => (i < 2 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ')
  console.log(`Client check (tools pinned ${CHECKED}): ${sources.length} source files, ${[...dialects].map(([d, n]) => `${d} ${n}`).join(', ')} agents`)
  console.log([line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n'))
  console.log(`Model catalog: ${catalog.summary}`)
  for (const f of failures.slice(0, 50)) console.log(`FAIL ${f.target}: ${f.source} (${f.agent}): ${f.why}`)
  if (failures.length > 50) console.log(`… and ${failures.length - 50} more`)
  console.log(`${failures.length === 0 ? 'clients: passed' : `clients: ${failures.length} failures`} in ${((performance.now() - started) / 1000).toFixed(0)} s`)
}
process.exit(failures.length === 0 ? 0 : 1)
