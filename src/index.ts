/**
 * The library: `compile` a source in memory, `build` files and folders, `readAgent`
 * into the model; the model's types, the registries and the JSON Schemas. Plain
 * objects in and out, the shapes `--format json` prints. The command line runs the
 * same pipeline. (Tests, benches and scripts reach the internals through internal.ts.)
 */
export type * from './model/agent.js'
export { compile, readAgent, type Compiled, type CompiledOutput } from './api/compile.js'
export { build, type BuildSettings } from './api/build.js'
export type { Options } from './api/options.js'
export { dialects, targets, rules, agentSchema, configSchema, type RegistryEntry } from './api/registries.js'
export type { Report, ReportFile, ReportMessage, ReportTotals } from './report/types.js'
export type { Severity } from './diagnostics/catalogue.js'
export type { RuleSeverity } from './report/types.js'
export type { CustomTargetDefinition } from './targets/custom/definition.js'
