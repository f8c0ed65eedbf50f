import { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'
import type { BoundedRead } from './read-bounded.js'

const START = { line: 1, column: 1 }

/** The file of an input that was not read, carrying why: over the size limit, no regular file, or an error of the system. */
export function unreadFile(path: string, read: Exclude<BoundedRead, { bytes: Uint8Array }>, limit: number): VFile {
  const file = new VFile({ path, value: '' })
  if ('tooLarge' in read) report(file, 'file-too-large', { bytes: read.tooLarge, limit }, START)
  else if ('notFile' in read) report(file, 'file-read', { reason: `${read.notFile}, not a file` }, START)
  else if (read.code === 'ENOENT') report(file, 'input-missing', { path }, START)
  else report(file, 'file-read', { reason: read.error }, START)
  return file
}
