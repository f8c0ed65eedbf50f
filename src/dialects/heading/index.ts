/** Heading-structured documents: `# Title`, `## Description`, `## System Prompt`, `## Tools`, activation sections. */
import { claudeCodeTools } from '../../vocabulary/tools.js'
import type { DialectDefinition } from '../types.js'
import { readHeading } from './read.js'

export const heading = {
  summary: 'Heading-structured document without frontmatter: `# Title`, `## Description`, `## System Prompt`, `## Tools`, trigger sections',
  markdown: { read: readHeading },
  tools: claudeCodeTools,
} as const satisfies DialectDefinition
