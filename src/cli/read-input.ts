import { open, stat } from 'node:fs/promises';
import { exactBytes, megabytes } from '../shared/megabytes.ts';
import { readCapped, type CappedRead } from '../shared/read-capped.ts';
import { decodeText, type DecodeOptions, type TextResult } from './decode-text.ts';
import { fetchFailure } from './fetch-failure.ts';

export type { TextResult };

/** Inputs larger than this are refused before they are read. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** "the file is 20,971,521 bytes; the limit is 20,971,520 (20 MB)": exact, since a file can miss by one byte. */
const tooLarge = (what: string, size: number, maxBytes: number) =>
  `${what} is ${exactBytes(size)}; the limit is ${maxBytes.toLocaleString('en-US')} (${megabytes(maxBytes, 0)})`;
const overLimit = (what: string, maxBytes: number) =>
  `${what} is over the limit of ${exactBytes(maxBytes)} (${megabytes(maxBytes, 0)})`;

/** Reads a text file defensively: missing, not a file, too large, empty, binary or not UTF-8 each get one plain message. */
export async function readTextFile(
  path: string,
  maxBytes = MAX_INPUT_BYTES,
  decode: Omit<DecodeOptions, 'what'> = {},
): Promise<TextResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: 'not a file' };
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error:
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot read it (${code ?? 'unknown error'})`,
    };
  }
  if (size > maxBytes) return { ok: false, error: tooLarge('the file', size, maxBytes) };
  const handle = await open(path, 'r');
  try {
    return decodeText(await handle.readFile(), decode);
  } finally {
    await handle.close();
  }
}

/** Reads all of a stream (standard input), stopping at the size limit. */
export async function readStream(
  stream: AsyncIterable<Uint8Array>,
  maxBytes = MAX_INPUT_BYTES,
  decode: Omit<DecodeOptions, 'what'> = {},
): Promise<TextResult> {
  const read = await readCapped(stream, maxBytes);
  if (read.over) return { ok: false, error: overLimit('standard input', maxBytes) };
  return decodeText(read.bytes, { ...decode, what: 'standard input' });
}

/** Fetches a page over http(s) with a timeout and the size limit; only asked for by the user on the command line. */
export async function fetchText(
  url: string,
  { timeoutMs = 15_000, maxBytes = MAX_INPUT_BYTES } = {},
): Promise<TextResult> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/html, text/plain;q=0.9' },
    });
  } catch (error) {
    return { ok: false, error: fetchFailure(error, url, timeoutMs) };
  }
  if (!response.ok)
    return {
      ok: false,
      error: `the server answered ${response.status} ${response.statusText}`.trim(),
    };
  const type = response.headers.get('content-type') ?? '';
  if (type && !/^(text\/|application\/(xhtml\+xml|xml))/i.test(type))
    return { ok: false, error: `it is ${type.split(';')[0]}, not a web page` };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return { ok: false, error: tooLarge('the page', declared, maxBytes) };
  if (!response.body) return { ok: false, error: 'the page is empty' };
  let read: CappedRead;
  try {
    read = await readCapped(response.body, maxBytes);
  } catch (error) {
    return { ok: false, error: fetchFailure(error, url, timeoutMs) };
  }
  if (read.over) return { ok: false, error: overLimit('the page', maxBytes) };
  return decodeText(read.bytes, { what: 'the page', declared: true, contentType: type });
}
