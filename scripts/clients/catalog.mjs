/**
 * The catalog agentdef's OpenAI tables follow (src/vocabulary/openai-catalog.ts)
 * against the pinned Codex's own `codex debug models`: the same listed models, the
 * same successors. A difference fails the check: the table and the pin move together.
 */
import { OPENAI_CATALOG } from '../../dist/internal.js'
import { codexModels } from './codex.mjs'

export function checkCatalog() {
  const listed = codexModels().filter((m) => m.visibility === 'list')
  const problems = []
  const ours = OPENAI_CATALOG.models
  for (const m of listed) {
    if (!Object.hasOwn(ours, m.slug)) problems.push(`Codex lists \`${m.slug}\`, agentdef's catalog does not`)
    else if ((ours[m.slug].successor ?? null) !== (m.upgrade?.model ?? null)) problems.push(`\`${m.slug}\`: Codex's successor is ${m.upgrade?.model ?? 'none'}, agentdef's ${ours[m.slug].successor ?? 'none'}`)
  }
  for (const slug of Object.keys(ours)) if (!listed.some((m) => m.slug === slug)) problems.push(`agentdef's catalog has \`${slug}\`, Codex no longer lists it`)
  return { problems, summary: problems.length === 0 ? `the ${listed.length} models Codex lists are agentdef's (${OPENAI_CATALOG.source}, ${OPENAI_CATALOG.date})` : `${problems.length} differences` }
}
