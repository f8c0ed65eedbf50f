/** Kiro CLI (formerly Amazon Q Developer CLI) agents: `.kiro/agents/<name>.json`, the prompt, tools as Kiro tool names, MCP servers, model. */
import type { Target } from '../types.js'
import { checkKiro } from './check.js'
import { kiroView, type KiroView } from './view.js'

export const kiro: Target<KiroView> = {
  id: 'kiro',
  summary: 'Kiro CLI / Amazon Q Developer CLI agent (.kiro/agents/<name>.json, tools as Kiro tool names)',
  extension: '.json',
  template: 'kiro.hbs',
  toView: kiroView,
  verify: checkKiro,
  // Kiro CLI reads a project's agents from `.kiro/agents/` (kiro.dev docs, configuration-reference, 2026-02).
  nativePath: (name) => `.kiro/agents/${name}.json`,
  readBack: 'kiro',
}
