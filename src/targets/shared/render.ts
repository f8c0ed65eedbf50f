/**
 * Rendering a view through its Handlebars template. One isolated Handlebars
 * environment, `noEscape` and `knownHelpersOnly`: escaping is done by helpers
 * backed by real serialisers (`yaml`, `JSON.stringify`), never by hand.
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, sep } from 'node:path'
import Handlebars from 'handlebars'
import { stringify as stringifyToml } from 'smol-toml'
import YAML from 'yaml'
import { packagePath } from '../../installation/paths.js'

export const TEMPLATES_DIR = packagePath('templates') + sep

const env = Handlebars.create()

/**
 * A mapping as YAML: every string a double-quoted scalar on one line (strict readers
 * accept it). A `---` inside a string is written `-\x2d-`, the same text to every YAML
 * parser: Claude Code ends the frontmatter at the first `---` anywhere after the opening
 * fence, inside a quoted value too (`/^---\s*\n([\s\S]*?)---\s*\n?/`; ../shared/targets.md
 * 1.3), so no output may hold three dashes in a row.
 */
export function yamlHelper(value: unknown): string {
  return plainYaml(value).replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => quoted.replace(/---/g, '-\\x2d-'))
}

function plainYaml(value: unknown): string {
  return YAML.stringify(value, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    minContentWidth: 0,
    aliasDuplicateObjects: false,
    doubleQuotedAsJSON: true,
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  })
}

/** Any value as pretty JSON. */
export function jsonHelper(value: unknown): string {
  return JSON.stringify(value, null, 2)
}

/** A mapping as TOML (a custom target's template); anything else as a TOML string, for `key = {{toml value}}`. */
export function tomlHelper(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return stringifyToml(value as Record<string, unknown>)
  return stringifyToml({ v: value ?? '' }).replace(/^v = /, '').trimEnd()
}

env.registerHelper('yaml', yamlHelper)
env.registerHelper('json', jsonHelper)
env.registerHelper('toml', tomlHelper)

const compiled = new Map<string, HandlebarsTemplateDelegate>()

export function render(template: string, view: unknown): string {
  let fn = compiled.get(template)
  if (!fn) {
    // A built-in target's template is in `templates/`; a custom target's is where its config says (absolute).
    const source = readFileSync(isAbsolute(template) ? template : TEMPLATES_DIR + template, 'utf8')
    fn = env.compile(source, { noEscape: true, knownHelpers: { yaml: true, json: true, toml: true }, knownHelpersOnly: true, strict: false })
    compiled.set(template, fn)
  }
  return fn(view)
}
