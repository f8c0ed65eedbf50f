/** Heading-structured documents: `# Title`, `## Description`, `## System Prompt`, `## Tools`, activation sections. */
import { claudeCodeTools } from '../../vocabulary/tools.js'
import type { DialectDefinition } from '../types.js'
import { readHeading } from './read.js'

export const heading = {
  summary: 'Heading-structured document without frontmatter: `# Title`, `## Description`, `## System Prompt`, `## Tools`, trigger sections',
  markdown: { read: readHeading },
  tools: claudeCodeTools,
  // Names go into Claude output as written, where the Claude dialect reads Copilot's names: read them so here too (idempotence).
  borrowsTools: 'copilot',
} as const satisfies DialectDefinition
