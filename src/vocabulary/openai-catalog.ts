/**
 * OpenAI's model catalog as its own tool ships it: `codex debug models` of
 * @openai/codex 0.169.0, read 2026-12-04 (the models Codex lists, `visibility: list`;
 * all `supported_in_api`). `successor` is the catalog's `upgrade.model`: the model
 * Codex offers in place of an older one. The OpenAI tables (Codex's, the request
 * bodies', the Agents SDK's) take their defaults from this list; a test fails when a
 * default is not in it, and `npm run clients` fails when the pinned Codex's catalog
 * is not this one (scripts/clients/catalog.mjs). Raise both together.
 */
export const OPENAI_CATALOG = {
  source: 'codex debug models (@openai/codex 0.169.0)',
  date: '2026-12-04',
  models: {
    'gpt-6-astra': { role: 'frontier', description: 'Frontier intelligence for the most demanding work.' },
    'gpt-6.1-sol': { role: 'workhorse', description: 'Latest workhorse model for coding and everyday work.' },
    'gpt-6.1-terra': { role: 'balanced', description: 'GPT-6.1 Terra Codex model.' },
    'gpt-6-sol': { role: 'workhorse', description: 'Previous generation workhorse model.' },
    'gpt-6-luna': { role: 'fast', description: 'Fast and affordable model for easier tasks.' },
    'gpt-5.6-sol': { role: 'workhorse', description: 'Older generation workhorse model.', successor: 'gpt-6-sol' },
    'gpt-5.6-terra': { role: 'balanced', description: 'Older balanced model for straightforward work.', successor: 'gpt-6-sol' },
    'gpt-5.6-luna': { role: 'fast', description: 'Older fast and efficient model.', successor: 'gpt-6-luna' },
    'gpt-5.5': { role: 'workhorse', description: 'Legacy coding model.', successor: 'gpt-6-sol' },
  } as Record<string, { role: string; description: string; successor?: string }>,
}

/** How an OpenAI model id stands against the catalog: current, older (with its successor), or not listed. */
export function catalogStanding(id: string): { kind: 'current' } | { kind: 'older'; successor: string } | { kind: 'unlisted' } {
  const entry = Object.hasOwn(OPENAI_CATALOG.models, id) ? OPENAI_CATALOG.models[id] : undefined
  if (!entry) return { kind: 'unlisted' }
  return entry.successor ? { kind: 'older', successor: entry.successor } : { kind: 'current' }
}
