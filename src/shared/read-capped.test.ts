import { describe, expect, it } from 'vitest';
import { readCapped } from './read-capped.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

function webStream(chunks: Uint8Array[], log: string[] = []): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      log.push('cancelled');
    },
  });
}

async function* iterable(chunks: Uint8Array[], log: string[] = []) {
  try {
    for (const chunk of chunks) yield chunk;
  } finally {
    log.push('ended');
  }
}

describe('readCapped', () => {
  it('joins every chunk of a web stream or an async iterable', async () => {
    const chunks = () => [bytes(1, 2), bytes(3), bytes(4, 5, 6)];
    for (const source of [webStream(chunks()), iterable(chunks())])
      expect(await readCapped(source, 6)).toEqual({ over: false, bytes: bytes(1, 2, 3, 4, 5, 6) });
  });

  it('reads an empty stream as no bytes', async () => {
    expect(await readCapped(webStream([]), 10)).toEqual({ over: false, bytes: bytes() });
    expect(await readCapped(iterable([]), 10)).toEqual({ over: false, bytes: bytes() });
  });

  it('stops at the first chunk over the cap and ends the stream', async () => {
    const log: string[] = [];
    const chunks = [bytes(1, 2, 3), bytes(4, 5), bytes(6)];
    expect(await readCapped(webStream(chunks, log), 4)).toEqual({ over: true });
    expect(await readCapped(iterable(chunks, log), 4)).toEqual({ over: true });
    expect(log).toEqual(['cancelled', 'ended']);
  });

  it('throws what the stream throws', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    await expect(readCapped(broken, 10)).rejects.toThrow('connection reset');
    async function* failing() {
      yield bytes(1);
      throw new Error('read error');
    }
    await expect(readCapped(failing(), 10)).rejects.toThrow('read error');
  });
});
