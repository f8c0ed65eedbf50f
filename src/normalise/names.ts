/** Agent ids: kebab-case, safe as a file name on every platform. */
import { createHash } from 'node:crypto'

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

/** `ZK Steward` → `zk-steward`; `backend_developer.v2` → `backend-developer-v2`. Empty when nothing ASCII is left. */
export function toKebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '')
}

/**
 * A stable id for any text: its kebab form. When the text has letters outside
 * ASCII (a Chinese name), the kebab form would keep only its ASCII part
 * (`马斯克AI分身` → `ai`) and different names would meet, so a short hash of
 * the whole text is added: `ai-1f3a9c2e`, or `agent-1f3a9c2e` when nothing is left.
 */
export function toId(text: string): string {
  const kebab = toKebab(text)
  const foreign = /\p{L}/u.test(text.normalize('NFKD').replace(/[\u0000-\u007f\u0300-\u036f]/g, ''))
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8)
  const id = kebab === '' ? `agent-${hash}` : foreign ? `${kebab.slice(0, 55).replace(/-+$/, '')}-${hash}` : kebab
  return RESERVED.test(id) ? `${id}-agent` : id
}

/** The file name without folders and extensions: `a/b/backend.agent.md` → `backend`. */
export function baseName(path: string): string {
  const last = path.split(/[\\/]/).pop() ?? path
  return last.replace(/(\.(agent|chatmode|prompt|system))?\.(md|mdc|markdown|txt|ya?ml|json)$/i, '')
}

/** kebab-case to a display title: `backend-developer` → `Backend Developer`. */
export function toTitle(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ')
}
