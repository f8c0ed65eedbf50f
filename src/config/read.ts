import { readBounded } from '../inputs/read-bounded.js'

/** A config is a few settings: one past this size is refused, not read. */
export const CONFIG_LIMIT = 1024 * 1024

/** The text of a config file, read as the inputs are: a regular file, at most `CONFIG_LIMIT` bytes. Throws with the reason. */
export function readConfigText(path: string): string {
  const read = readBounded(path, CONFIG_LIMIT)
  if ('bytes' in read) return Buffer.from(read.bytes).toString('utf8').replace(/^\uFEFF/, '')
  if ('tooLarge' in read) throw new Error(`it is ${read.tooLarge} bytes, over the limit of ${CONFIG_LIMIT} bytes for a config`)
  if ('notFile' in read) throw new Error(`it is ${read.notFile}, not a file`)
  throw new Error(read.error)
}
