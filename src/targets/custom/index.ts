/** A target from configuration: the user's template, output path and container, with optional tool and model tables. */
import { resolve } from 'node:path'
import type { Target } from '../types.js'
import { checkContainer } from './check.js'
import { fileNameOf, type CustomTargetDefinition } from './definition.js'
import { customView, type CustomView } from './view.js'

export { CONTAINERS, CUSTOM_ID, definitionProblems, type Container, type CustomTargetDefinition } from './definition.js'
export type { CustomView } from './view.js'

export function customTarget(id: string, definition: CustomTargetDefinition): Target<CustomView> {
  return {
    id,
    summary: definition.summary ?? `custom target (${definition.container}, from ${definition.template})`,
    extension: '',
    // Relative to the working folder, for a library caller; the config loader resolves it against the config's folder.
    template: resolve(definition.template),
    toView: (agent, options, notes) => customView(agent, options, notes, definition),
    verify: (text) => checkContainer(definition.container, text),
    fileName: (name) => fileNameOf(definition.path, name),
  }
}
