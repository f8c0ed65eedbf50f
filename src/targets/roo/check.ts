/**
 * Roo Code's reading of `.roomodes` (RooCodeInc/Roo-Code, 2026-04-14):
 * CustomModesManager.parseYamlSafely strips a byte-order mark, rewrites invisible
 * characters, dashes and curly quotes, parses with the `yaml` package and, when that
 * fails, tries JSON.parse; then customModesSettingsSchema (packages/types/src/mode.ts)
 * checks every mode, and a file with one bad mode loads no mode at all. The same
 * rules here: slug `^[a-zA-Z0-9-]+$` and unique, name and roleDefinition non-empty,
 * strings where strings go, groups a list of known groups or `[group, options]` with
 * a valid `fileRegex`, each group once (`browser` is stripped first). A character the
 * rewrite would change is a problem: the text would not be read as written. The JSON
 * Schema check is scripts/validate.mjs.
 */
import YAML from 'yaml'
import { REWRITTEN } from './tables.js'

const GROUPS = new Set(['read', 'edit', 'command', 'mcp', 'modes'])
const DEPRECATED = new Set(['browser'])
const SLUG = /^[a-zA-Z0-9-]+$/

export function checkRoo(text: string): string[] {
  const problems: string[] = []
  if (text.includes('\r')) problems.push('output holds a CR character')
  if (new RegExp(REWRITTEN.source).test(text)) problems.push('output holds a character Roo Code rewrites before parsing')
  let data: unknown
  const doc = YAML.parseDocument(text.replace(/^\uFEFF/, ''), { prettyErrors: false, logLevel: 'error' })
  if (doc.errors.length > 0) {
    try {
      data = JSON.parse(text)
    } catch {
      return [...problems, ...doc.errors.map((e) => `YAML: ${e.message.split('\n')[0]}`)]
    }
  } else data = doc.toJS({ maxAliasCount: 0 })
  if (!isRecord(data) || !Array.isArray(data.customModes)) return [...problems, 'no `customModes` list']
  const slugs = new Set<string>()
  data.customModes.forEach((mode, i) => {
    const at = `customModes[${i}]`
    if (!isRecord(mode)) return problems.push(`${at} is not a mapping`)
    if (typeof mode.slug !== 'string' || !SLUG.test(mode.slug)) problems.push(`${at}.slug is not letters, digits and dashes`)
    else if (slugs.has(mode.slug)) problems.push(`${at}.slug \`${mode.slug}\` is used twice`)
    else slugs.add(mode.slug)
    for (const key of ['name', 'roleDefinition']) if (typeof mode[key] !== 'string' || mode[key] === '') problems.push(`${at}.${key} is not a non-empty string`)
    for (const key of ['whenToUse', 'description', 'customInstructions']) if (mode[key] !== undefined && typeof mode[key] !== 'string') problems.push(`${at}.${key} is not a string`)
    if (mode.source !== undefined && mode.source !== 'global' && mode.source !== 'project') problems.push(`${at}.source is not global or project`)
    problems.push(...checkGroups(mode.groups, `${at}.groups`))
    return undefined
  })
  return problems
}

function checkGroups(groups: unknown, at: string): string[] {
  if (!Array.isArray(groups)) return [`${at} is not a list`]
  const problems: string[] = []
  const seen = new Set<string>()
  for (const entry of groups) {
    const group: unknown = Array.isArray(entry) ? entry[0] : entry
    if (typeof group === 'string' && DEPRECATED.has(group)) continue
    if (typeof group !== 'string' || !GROUPS.has(group)) {
      problems.push(`${at}: \`${JSON.stringify(group)}\` is not a group`)
      continue
    }
    if (seen.has(group)) problems.push(`${at}: \`${group}\` is listed twice`)
    seen.add(group)
    if (Array.isArray(entry)) problems.push(...checkOptions(entry, `${at}.${group}`))
  }
  return problems
}

function checkOptions(entry: unknown[], at: string): string[] {
  const options = entry[1]
  if (entry.length !== 2 || !isRecord(options)) return [`${at} is not [group, options]`]
  const problems: string[] = []
  if (options.description !== undefined && typeof options.description !== 'string') problems.push(`${at}.description is not a string`)
  if (options.fileRegex !== undefined) {
    if (typeof options.fileRegex !== 'string') problems.push(`${at}.fileRegex is not a string`)
    else {
      try {
        new RegExp(options.fileRegex)
      } catch {
        problems.push(`${at}.fileRegex is not a valid regular expression`)
      }
    }
  }
  return problems
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
