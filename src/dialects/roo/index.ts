/** Roo Code custom modes: `.roomodes`, or YAML/JSON with `customModes:` (or one mode). */
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'
import type { DialectDefinition } from '../types.js'
import { isRooData, readRoo } from './read.js'

export const roo = {
  summary: 'Roo Code custom modes (`.roomodes`, YAML or JSON `customModes:`): one agent per mode, tool groups read as tools',
  data: {
    names: /(\.(ya?ml|json)|^\.roomodes)$/i,
    sniff: (name: string, head: string) =>
      /^\.roomodes$/i.test(name) ||
      /^(customModes|slug)[ \t]*:/m.test(head) ||
      // JSON, pretty-printed or minified.
      /"(customModes|roleDefinition)"\s*:/.test(head) ||
      /^[ \t{]*"slug"[ \t]*:/m.test(head),
    expected: 'Roo Code modes (`customModes:` or a mode with `slug:`)',
    claims: isRooData,
    read: readRoo,
  },
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
