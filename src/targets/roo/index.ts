/** Roo Code custom modes: one `.roomodes` (YAML `customModes:`) holding every agent of the build as a mode, tools as tool groups. */
import type { Target } from '../types.js'
import { checkRoo } from './check.js'
import { gatherModes, rooView, type RooMode } from './view.js'

export const roo: Target<RooMode> = {
  id: 'roo',
  summary: 'Roo Code custom modes (one .roomodes for every agent, tools as tool groups)',
  extension: '.roomodes',
  template: 'roo.hbs',
  toView: rooView,
  verify: checkRoo,
  combine: { file: '.roomodes', gather: gatherModes },
  // Roo Code reads a project's modes from `.roomodes` at its root (CustomModesManager.ts, 2026-04).
  nativePath: () => '.roomodes',
  readBack: 'roo',
}
