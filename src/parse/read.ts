/**
 * Stage 1, read: bytes to a VFile holding LF-normalised UTF-8 text.
 * Binary, non-UTF-8, empty and oversized files become an error on the file.
 */
import { VFile } from 'vfile'
import { report } from '../report/rules.js'

export const DEFAULT_MAX_BYTES = 1024 * 1024

export interface ReadOptions {
  maxBytes?: number
}

/** Returns a VFile; when it carries an error its value is empty and it must not be parsed. */
export function readSource(path: string, bytes: Uint8Array, options: ReadOptions = {}): VFile {
  const file = new VFile({ path, value: '' })
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes) {
    report(file, 'error', 'file-too-large', `File is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`)
    return file
  }
  if (bytes.length === 0) {
    report(file, 'error', 'file-empty', 'File is empty')
    return file
  }
  const nul = bytes.subarray(0, 8192).indexOf(0)
  if (nul !== -1) {
    report(file, 'error', 'file-binary', `File holds a NUL byte at offset ${nul}: binary data, not text`)
    return file
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes)
    report(file, 'error', 'file-encoding', 'File is not valid UTF-8', placeOf(loose, loose.indexOf('\uFFFD')))
    return file
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1)
    report(file, 'info', 'source-bom', 'Removed a byte-order mark', { line: 1, column: 1 })
  }
  if (text.includes('\r')) {
    const first = text.indexOf('\r')
    text = text.replace(/\r\n?/g, '\n')
    report(file, 'info', 'source-crlf', 'Normalised CRLF line endings to LF', placeOf(text, first))
  }
  if (text.trim() === '') {
    report(file, 'error', 'file-empty', 'File holds only whitespace')
    return file
  }
  file.value = text
  return file
}

function placeOf(text: string, offset: number) {
  if (offset < 0) return { line: 1, column: 1 }
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}
