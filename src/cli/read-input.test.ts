import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchText, readStream } from './read-input.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
async function* chunks(...texts: string[]) {
  for (const text of texts) yield utf8(text);
}

afterEach(() => vi.unstubAllGlobals());

describe('readStream', () => {
  it('reads standard input up to the limit', async () => {
    expect(await readStream(chunks('Hello, ', 'world'), 12)).toEqual({
      ok: true,
      text: 'Hello, world',
    });
  });

  it('refuses standard input over the limit', async () => {
    expect(await readStream(chunks('Hello, ', 'world!'), 12)).toEqual({
      ok: false,
      error: 'standard input is over the limit of 12 bytes (0 MB)',
    });
  });
});

describe('fetchText', () => {
  const serve = (body: BodyInit) =>
    vi.stubGlobal(
      'fetch',
      async () => new Response(body, { headers: { 'content-type': 'text/html' } }),
    );

  it('reads a page up to the limit', async () => {
    serve('<p>Hello</p>');
    expect(await fetchText('https://news.example/a', { maxBytes: 12 })).toEqual({
      ok: true,
      text: '<p>Hello</p>',
    });
  });

  it('stops reading a page that sends more than the limit', async () => {
    serve('<p>Hello!</p>');
    expect(await fetchText('https://news.example/a', { maxBytes: 12 })).toEqual({
      ok: false,
      error: 'the page is over the limit of 12 bytes (0 MB)',
    });
  });
});
