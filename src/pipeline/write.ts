/**
 * Stage 5, write: only inside the output folder, each file atomically
 * (temporary file + rename), or compared byte for byte in check mode.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

/** The absolute path of `rel` inside `outDir`, or undefined when it would leave it. */
export function insideOut(outDir: string, rel: string): string | undefined {
  if (isAbsolute(rel) || rel.split(/[\\/]/).some((part) => part === '..' || part === '')) return undefined
  const root = resolve(outDir)
  const full = resolve(root, rel)
  const back = relative(root, full)
  return back === '' || back.startsWith('..') || isAbsolute(back) ? undefined : full
}

export type WriteState = 'written' | 'unchanged' | 'drift'

export function writeOutput(outDir: string, rel: string, content: string, check: boolean): WriteState {
  const full = insideOut(outDir, rel)
  if (!full) throw new Error(`refusing to write outside the output folder: ${rel}`)
  const bytes = Buffer.from(content, 'utf8')
  if (existsSync(full) && readFileSync(full).equals(bytes)) return 'unchanged'
  if (check) return 'drift'
  mkdirSync(dirname(full), { recursive: true })
  const temp = join(dirname(full), `.agentdef-tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    writeFileSync(temp, bytes)
    renameSync(temp, full)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  return 'written'
}

/** Files under `outDir/<dir>` for each dir, as paths relative to `outDir` with `/` separators. */
export function listOutputs(outDir: string, dirs: string[]): string[] {
  const out: string[] = []
  const walk = (abs: string) => {
    let entries
    try {
      entries = readdirSync(abs, { withFileTypes: true })
    } catch {
      // Absent, or not a folder (`<out>/claude` is a file): nothing agentdef wrote is there; writing into it says why.
      return
    }
    for (const entry of entries) {
      const path = join(abs, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && !entry.name.startsWith('.agentdef-tmp-')) out.push(relative(outDir, path).split(sep).join('/'))
    }
  }
  for (const dir of dirs) walk(join(outDir, dir))
  return out.sort()
}

export function removeOutput(outDir: string, rel: string): void {
  const full = insideOut(outDir, rel)
  if (full) rmSync(full, { force: true })
}
