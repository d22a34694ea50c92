/**
 * Reads a whole stream of bytes, but never more than a cap: a 100 MB answer
 * costs at most the cap, because reading stops (and the stream is cancelled)
 * as soon as it goes over. For the extension's feed fetch (a web stream) and
 * the CLI's standard input and pages (a Node stream, a web stream).
 */

/** The bytes read, or `over` when the stream held more than the cap. Errors while reading are thrown. */
export type CappedRead = { over: false; bytes: Uint8Array<ArrayBuffer> } | { over: true };

export async function readCapped(
  source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<CappedRead> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  if ('getReader' in source) {
    const reader = source.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxBytes) {
        void reader.cancel();
        return { over: true };
      }
      chunks.push(value);
    }
  } else {
    // Leaving the loop early ends the stream (a Node stream is destroyed).
    for await (const chunk of source) {
      length += chunk.length;
      if (length > maxBytes) return { over: true };
      chunks.push(chunk);
    }
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { over: false, bytes };
}
