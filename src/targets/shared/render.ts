/**
 * Rendering a view through its Handlebars template, `noEscape` and `knownHelpersOnly`:
 * escaping is done by helpers backed by real serialisers (`yaml`, `JSON.stringify`),
 * never by hand. The built-in templates come precompiled
 * (./templates.generated.ts, scripts/precompile-templates.mjs) and run on Handlebars'
 * runtime alone; the compiler is loaded for a custom target's template, or a template
 * of `templates/` the generated module does not hold.
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, sep } from 'node:path'
import type * as HandlebarsCompiler from 'handlebars'
import HandlebarsRuntime from 'handlebars/runtime.js'
import { stringify as stringifyToml } from 'smol-toml'
import YAML from 'yaml'
import { packagePath } from '../../installation/paths.js'
import { requireOnFirstUse } from '../../installation/on-first-use.js'
import { COMPILE_OPTIONS, PRECOMPILED } from './templates.generated.js'

export const TEMPLATES_DIR = packagePath('templates') + sep

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
  // `undefined` (a custom template naming a field the view does not have) is no YAML document: nothing.
  if (value === undefined) return ''
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

/** An isolated Handlebars environment with our helpers. */
function withHelpers<Env extends typeof HandlebarsCompiler>(env: Env): Env {
  env.registerHelper('yaml', yamlHelper)
  env.registerHelper('json', jsonHelper)
  env.registerHelper('toml', tomlHelper)
  return env
}

// handlebars/runtime's types declare nothing of their own: it is the compiler's namespace without the compiler.
const runtime = withHelpers((HandlebarsRuntime as unknown as typeof HandlebarsCompiler).create())
let compiler: typeof HandlebarsCompiler | undefined

const compiled = new Map<string, HandlebarsTemplateDelegate>()

export function render(template: string, view: unknown): string {
  let fn = compiled.get(template)
  if (!fn) {
    const precompiled = isAbsolute(template) ? undefined : PRECOMPILED[template]
    if (precompiled) fn = runtime.template(precompiled)
    else {
      // A custom target's template is where its config says (absolute); a built-in one is in `templates/`.
      const source = readFileSync(isAbsolute(template) ? template : TEMPLATES_DIR + template, 'utf8')
      compiler ??= withHelpers((requireOnFirstUse('handlebars') as typeof HandlebarsCompiler).create())
      fn = compiler.compile(source, structuredClone(COMPILE_OPTIONS))
    }
    compiled.set(template, fn)
  }
  return fn(view)
}
