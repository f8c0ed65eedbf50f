/**
 * Rendering a view through its Handlebars template. One isolated Handlebars
 * environment, `noEscape` and `knownHelpersOnly`: escaping is done by helpers
 * backed by real serialisers (`yaml`, `JSON.stringify`), never by hand.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'
import YAML from 'yaml'

export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url))

const env = Handlebars.create()

/** A mapping as YAML: every string a double-quoted scalar on one line (strict readers accept it). */
export function yamlHelper(value: unknown): string {
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

env.registerHelper('yaml', yamlHelper)
env.registerHelper('json', jsonHelper)

const compiled = new Map<string, HandlebarsTemplateDelegate>()

export function render(template: string, view: unknown): string {
  let fn = compiled.get(template)
  if (!fn) {
    const source = readFileSync(TEMPLATES_DIR + template, 'utf8')
    fn = env.compile(source, { noEscape: true, knownHelpers: { yaml: true, json: true }, knownHelpersOnly: true, strict: false })
    compiled.set(template, fn)
  }
  return fn(view)
}
