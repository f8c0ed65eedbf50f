/** Agent ids: kebab-case, safe as a file name on every platform. */
import { createHash } from 'node:crypto'
import { toAscii } from '../text/ascii.js'

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
 * A stable, readable id for any text: its kebab form, in ASCII letters a person can
 * read and type (`toAscii`: pinyin for Chinese, `ß` → `ss`, `é` → `e`, Greek and
 * Cyrillic romanised): `代码审查员` → `dai-ma-shen-cha-yuan`, `Straße Bot` → `strasse-bot`.
 * Two names that read alike (homophones) get a hash where they meet (collisions.ts);
 * a name with nothing to read (emoji only) is `agent-<hash>`.
 */
export function toId(text: string, ascii: string = toAscii(text)): string {
  const kebab = toKebab(ascii)
  const id = kebab === '' ? `agent-${hashOf(text)}` : kebab
  return RESERVED.test(id) ? `${id}-agent` : id
}

/** 8 hex digits of the text's SHA-256: a stable suffix. */
export const hashOf = (text: string, length = 8) => createHash('sha256').update(text).digest('hex').slice(0, length)

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
