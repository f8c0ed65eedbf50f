/**
 * Where `../shared` (seeds, corpus, schemas: read, never copied) is: `AGENTDEF_SHARED`
 * when set, else the folder beside the repository root.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SHARED = process.env.AGENTDEF_SHARED
  ? resolve(process.env.AGENTDEF_SHARED)
  : fileURLToPath(new URL('../../shared/', import.meta.url))
