/**
 * A file's output texts as one block of UTF-8 bytes: how a worker thread sends them back
 * (./compile-worker.ts) and how the build cache stores them (./cache-entry.ts). A string
 * posted to another thread is copied by the structured clone, and the texts were
 * JSON-escaped into the entry before that and parsed again on the main thread: in a cold
 * build of the corpus on two threads, ~5 s of CPU time (the worker's `entryText` and
 * `postMessage`, the main thread's `receiveMessageOnPort` and `JSON.parse`). An
 * `ArrayBuffer` is transferred instead, not copied, and a text is written to the output
 * folder as these bytes (`TEXT_BYTES`), decoded only when something reads it.
 */

/** Texts packed: `bytes` holds each text's UTF-8 in order, `ends[i]` where the i-th ends. */
export interface PackedTexts {
  bytes: Uint8Array
  ends: number[]
}

const encoder = new TextEncoder()

/** `texts` as one block of bytes, in a buffer of its own (transferable). */
export function packTexts(texts: readonly string[]): PackedTexts {
  let total = 0
  for (const text of texts) total += Buffer.byteLength(text, 'utf8')
  const bytes = new Uint8Array(total)
  const ends: number[] = []
  let at = 0
  for (const text of texts) {
    at += encoder.encodeInto(text, bytes.subarray(at)).written
    ends.push(at)
  }
  return { bytes, ends }
}

/** The i-th text of a block, decoded when asked for. */
export function textOf(packed: PackedTexts, i: number): string {
  return bytesOf(packed, i).toString('utf8')
}

/** The i-th text of a block as its bytes (a view, not a copy). */
export function bytesOf(packed: PackedTexts, i: number): Buffer {
  const start = i === 0 ? 0 : packed.ends[i - 1]!
  return Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset + start, packed.ends[i]! - start)
}

/**
 * An output restored from such a block gives its text's bytes under this key, while its
 * text has not been decoded: the write stage writes them as they are (./stage.ts), not
 * decoded to a string and encoded back.
 */
export const TEXT_BYTES = Symbol('agentdef.textBytes')

/** An output's text as UTF-8 bytes, when it has them at hand (`TEXT_BYTES`). */
export function textBytes(output: object): Uint8Array | undefined {
  return (output as { [TEXT_BYTES]?: () => Uint8Array | undefined })[TEXT_BYTES]?.()
}
