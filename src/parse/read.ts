/**
 * Stage 1, read: bytes to a VFile holding LF-normalised UTF-8 text.
 * Binary, non-UTF-8, empty and oversized files become an error on the file,
 * each with the line and column it was found at.
 */
import { VFile } from 'vfile'
import { report } from '../diagnostics/report.js'

export const DEFAULT_MAX_BYTES = 1024 * 1024

export interface ReadOptions {
  maxBytes?: number
}

const START = { line: 1, column: 1 }

/** Byte-order marks of encodings that are not UTF-8, longest first (UTF-32LE starts like UTF-16LE). */
const FOREIGN_BOMS: [string, number[]][] = [
  ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16LE', [0xff, 0xfe]],
  ['UTF-16BE', [0xfe, 0xff]],
]

/** Returns a VFile; when it carries an error its value is empty and it must not be parsed. */
export function readSource(path: string, bytes: Uint8Array, options: ReadOptions = {}): VFile {
  const file = new VFile({ path, value: '' })
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes) {
    report(file, 'file-too-large', { bytes: bytes.length, limit: maxBytes }, START)
    return file
  }
  if (bytes.length === 0) {
    report(file, 'file-empty', { whitespace: false }, START)
    return file
  }
  const foreign = FOREIGN_BOMS.find(([, bom]) => bom.every((b, i) => bytes[i] === b))
  if (foreign) {
    report(file, 'file-encoding', { bom: foreign[0] }, START)
    return file
  }
  // The whole file, not a prefix: a NUL anywhere would reach the outputs.
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    report(file, 'file-binary', { offset: nul }, placeOfByte(bytes, nul))
    return file
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const at = bad === -1 ? bytes.length : bad
    report(file, 'file-encoding', { byte: bytes[at] ?? 0, offset: at }, placeOfByte(bytes, at))
    return file
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1)
    report(file, 'source-bom', {}, START)
  }
  if (text.includes('\r')) {
    const first = text.indexOf('\r')
    text = text.replace(/\r\n?/g, '\n')
    report(file, 'source-crlf', {}, placeOf(text, first))
  }
  if (text.trim() === '') {
    report(file, 'file-empty', { whitespace: true }, START)
    return file
  }
  file.value = text
  return file
}

/** 1-based line and column of a character offset. */
function placeOf(text: string, offset: number) {
  if (offset < 0) return START
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** 1-based line and column (in characters, a byte-order mark not counted) of a byte offset. */
function placeOfByte(bytes: Uint8Array, offset: number) {
  let before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset))
  if (before.charCodeAt(0) === 0xfeff) before = before.slice(1)
  return placeOf(before, before.length)
}

/** Byte offset where the first ill-formed UTF-8 sequence starts, or -1 (Unicode 15, table 3-7). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0) return i
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf
    const second = bytes[i + 1]
    if (second === undefined || second < low || second > high) return i
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]
      if (next === undefined || next < 0x80 || next > 0xbf) return i
    }
    i += length
  }
  return -1
}
