/**
 * A source's OpenAI model held against OpenAI's catalog (src/vocabulary/openai-catalog.ts)
 * by the targets that send it to OpenAI's current models (Codex, the Responses API,
 * the Agents SDK): an older or unlisted model is kept, since the account may still
 * run it, but never silently (`target-model-stale`).
 */
import { catalogStanding, OPENAI_CATALOG } from '../../vocabulary/openai-catalog.js'
import type { TargetMessage } from '../types.js'

export function noteStaleModel(id: string, notes: TargetMessage[]): void {
  const standing = catalogStanding(id)
  if (standing.kind === 'current') return
  notes.push({ rule: 'target-model-stale', data: { raw: id, date: OPENAI_CATALOG.date, ...(standing.kind === 'older' ? { kind: 'older', successor: standing.successor } : { kind: 'unlisted' }) }, field: 'model' })
}
