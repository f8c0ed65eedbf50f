/**
 * A file's output texts as one block of UTF-8 bytes, for a worker thread to send back
 * (./compile-worker.ts). A string posted to another thread is copied by the structured
 * clone, and the texts were JSON-escaped into the entry before that and parsed again
 * on the main thread: in a cold build of the corpus on two threads, ~5 s of CPU time
 * (the worker's `entryText` and `postMessage`, the main thread's `receiveMessageOnPort`
 * and `JSON.parse`). An `ArrayBuffer` is transferred instead, not copied, and each text is
 * decoded once, when the main thread stages it.
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
  const start = i === 0 ? 0 : packed.ends[i - 1]!
  return Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset + start, packed.ends[i]! - start).toString('utf8')
}
