/** Heading-structured documents: `# Title`, `## Description`, `## System Prompt`, `## Tools`, activation sections. */
import { CLAUDE_TOOL_NAMES } from '../shared/claude-tool-names.js'
import type { DialectDefinition } from '../types.js'
import { readHeading } from './read.js'

export const heading = {
  summary: 'Heading-structured document without frontmatter: `# Title`, `## Description`, `## System Prompt`, `## Tools`, trigger sections',
  markdown: { read: readHeading },
  ...CLAUDE_TOOL_NAMES,
} as const satisfies DialectDefinition
