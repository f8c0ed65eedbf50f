/**
 * What a tool loaded, compared with agentdef's model. The tool's values are written
 * back as a file of the tool's dialect and read by agentdef into the model, then
 * rendered as Claude fields (name, description, tools, model, prompt), the same
 * reference the round trip uses (scripts/round-trip.mjs): a field the tool loaded
 * differently from the source is accounted for only by a note agentdef reported on
 * that output. The SDK module, which no agentdef dialect reads, is compared field by
 * field with the same reference.
 */
import { compileSource } from '../../dist/internal.js'
import { claudeFields, FIELDS, reportedAs, same } from '../round-trip.mjs'

const BACK_OPTIONS = { targets: ['claude'], lang: 'all', modelMap: {}, maxBytes: Number.MAX_SAFE_INTEGER }

/** `{ outcome: 'as written' | 'reported' | 'unreported', fields: { field: 'kept' | 'translated' | … | 'lost' }, lost: [{ field, want, got }] }` */
export function compareFields(item, got) {
  const want = claudeFields(item.direct.content)
  const fields = {}
  const lost = []
  for (const field of Object.keys(got)) {
    if (same(field, normalise(field, got[field]), normalise(field, want[field]))) fields[field] = 'kept'
    else {
      fields[field] = reportedAs(item.output, field) ?? 'lost'
      if (fields[field] === 'lost') lost.push({ field, want: want[field], got: got[field] })
    }
  }
  const values = Object.values(fields)
  return { outcome: lost.length > 0 ? 'unreported' : values.every((v) => v === 'kept') ? 'as written' : 'reported', fields, lost }
}

/** A prompt read by a tool may lose the blank lines around it: whitespace at its ends is not compared. */
function normalise(field, value) {
  return field === 'prompt' && typeof value === 'string' ? value.trim() : value
}

/** A file of the tool's dialect, holding what the tool loaded, read back by agentdef: its Claude fields, or why not. */
export function fieldsOfFile(file, name) {
  const back = compileSource(file.path, Buffer.from(file.content, 'utf8'), BACK_OPTIONS)
  const agent = back.agents.find((a) => a.name === name) ?? (back.agents.length === 1 ? back.agents[0] : undefined)
  const claude = agent && back.outputs.find((o) => o.target === 'claude' && o.agent === agent.name)
  const fields = claude && claudeFields(claude.content)
  return fields ? Object.fromEntries(FIELDS.map((f) => [f, fields[f]])) : undefined
}

/**
 * The SDK's Agent, as the reference's fields. Tools by count (the SDK's are function
 * names agentdef chose); a source that grants every tool gets the target's whole
 * table, so any tool list stands for it. The model against the source's own model
 * (Claude's reference drops an OpenAI model the SDK keeps); the SDK's `''` is none.
 */
export function fieldsOfSdkAgent(agent, item) {
  const want = claudeFields(item.direct.content)
  const count = typeof want.tools === 'string' ? want.tools.split(', ').filter(Boolean).length : undefined
  const tools = count === undefined ? agent.tools.length > 0 : agent.tools.length === count
  return {
    name: agent.name === item.agent.title ? want.name : agent.name,
    description: agent.handoffDescription,
    prompt: typeof agent.instructions === 'string' ? agent.instructions : undefined,
    tools: tools ? want.tools : agent.tools.join(', '),
  }
}

/** The SDK Agent's model against the source's first model: `kept`, or how the output's notes account for the change, or `lost`. */
export function sdkModel(agent, item) {
  const source = item.agent.model?.raw
  const got = agent.model === '' ? undefined : agent.model
  return got === source ? 'kept' : reportedAs(item.output, 'model') ?? 'lost'
}
