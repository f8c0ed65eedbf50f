/**
 * The manifest: what agentdef wrote in an output folder, by path, with each file's
 * target and hash (`<out>/.agentdef-manifest.json`). agentdef owns those files and
 * no others: it never overwrites a file it did not write, and `--clean` removes only
 * manifest files whose source has gone. A manifest that cannot be read is treated
 * as empty, with a note: files are then adopted only when they already hold what
 * agentdef would write.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const MANIFEST_FILE = '.agentdef-manifest.json'

export interface ManifestEntry {
  target: string
  sha256: string
}

export type Manifest = Record<string, ManifestEntry>

export const sha256 = (content: Uint8Array | string): string => createHash('sha256').update(content).digest('hex')

/** The manifest of `out`: empty when there is none; `problem` when one is there but unreadable. */
export function readManifest(out: string): { files: Manifest; problem?: string } {
  let text: string
  try {
    text = readFileSync(join(out, MANIFEST_FILE), 'utf8')
  } catch {
    return { files: {} }
  }
  try {
    const data = JSON.parse(text) as { files?: unknown }
    const files: Manifest = Object.create(null) as Manifest
    if (data === null || typeof data !== 'object' || data.files === null || typeof data.files !== 'object') throw new Error('no `files` map')
    for (const [path, entry] of Object.entries(data.files as Record<string, unknown>)) {
      const e = entry as Partial<ManifestEntry> | null
      if (e && typeof e.target === 'string' && typeof e.sha256 === 'string') files[path] = { target: e.target, sha256: e.sha256 }
    }
    return { files }
  } catch (error) {
    return { files: {}, problem: (error as Error).message }
  }
}

/** The manifest as written: paths sorted, so that it changes only when the outputs do. */
export function manifestText(files: Manifest): string {
  const sorted = Object.fromEntries(Object.keys(files).sort().map((path) => [path, files[path]!]))
  return JSON.stringify({ generator: 'agentdef', version: 1, files: sorted }, null, 2) + '\n'
}
