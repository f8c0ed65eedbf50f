/**
 * A target added from configuration alone (`customTargets` in agentdef.config.json):
 * a Handlebars template of the user's, where each output goes, the container the
 * template writes (the output is parsed back by that container's parser before it is
 * written), and optional tool and model tables.
 */

/** What the template writes; its parser checks every output. */
export const CONTAINERS = ['markdown', 'yaml', 'json', 'toml', 'text'] as const
export type Container = (typeof CONTAINERS)[number]

export interface CustomTargetDefinition {
  /** The template file (resolved against the config file's folder by the config loader). */
  template: string
  /** The output's path inside `<out>/<id>/`, with `{name}` for the agent's id: `{name}.prompt.md`. */
  path: string
  container: Container
  /** One line for `--help` and the summary. */
  summary?: string
  /** Canonical tool id (`read`, `shell`, `mcp:github/get_pr`) or Claude Code name (`Read`, `Bash`) → the tool's name. A tool not in it is reported. */
  tools?: Record<string, string>
  /** Claude tier (`opus`, `sonnet`, `haiku`) or a model as written → the tool's model id. A model not in it is reported. */
  models?: Record<string, string>
}

/** A custom target's id: kebab-case, not a built-in target's. */
export const CUSTOM_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

/** The problems of a definition, as `key must …` phrases; empty when it can be used. */
export function definitionProblems(value: unknown): { key: string; must: string }[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ key: '', must: 'be an object with template, path and container' }]
  const d = value as Record<string, unknown>
  const problems: { key: string; must: string }[] = []
  const known = ['template', 'path', 'container', 'summary', 'tools', 'models']
  for (const key of Object.keys(d)) if (!known.includes(key)) problems.push({ key, must: `not be there (known: ${known.join(', ')})` })
  if (typeof d.template !== 'string' || d.template === '') problems.push({ key: 'template', must: 'be the path of a Handlebars template' })
  if (typeof d.path !== 'string' || !isSafePattern(d.path)) problems.push({ key: 'path', must: 'be a relative path holding `{name}`, without `..` (`{name}.md`)' })
  if (typeof d.container !== 'string' || !(CONTAINERS as readonly string[]).includes(d.container)) problems.push({ key: 'container', must: `be one of ${CONTAINERS.join(', ')}` })
  if (d.summary !== undefined && typeof d.summary !== 'string') problems.push({ key: 'summary', must: 'be a string' })
  for (const key of ['tools', 'models']) {
    const table = d[key]
    if (table !== undefined && (table === null || typeof table !== 'object' || Array.isArray(table) || !Object.values(table).every((v) => typeof v === 'string' && v !== ''))) {
      problems.push({ key, must: 'map names to non-empty names' })
    }
  }
  return problems
}

/** `{name}` once or more, relative, no `..` or empty part, no backslash: the output stays inside `<out>/<id>/`. */
function isSafePattern(pattern: string): boolean {
  if (!pattern.includes('{name}') || pattern.startsWith('/') || pattern.includes('\\')) return false
  return pattern.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
}

/** The output's file name for an agent: the pattern with `{name}` replaced. */
export function fileNameOf(pattern: string, name: string): string {
  return pattern.split('{name}').join(name)
}
