import { open, stat } from 'node:fs/promises';
import { megabytes } from '../shared/megabytes.ts';

/** Inputs larger than this are refused before they are read. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type TextResult = { ok: true; text: string } | { ok: false; error: string };

/** Decodes bytes as UTF-8 text, refusing binary data and other encodings with a plain message. */
export function decodeText(bytes: Uint8Array, what = 'the file'): TextResult {
  if (bytes.length === 0) return { ok: false, error: `${what} is empty` };
  if (bytes.subarray(0, 65536).includes(0)) return { ok: false, error: `${what} is binary, not text` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: `${what} is not UTF-8 text` };
  }
  text = text.replace(/^\uFEFF/, '');
  return text.trim() ? { ok: true, text } : { ok: false, error: `${what} is empty` };
}

/** Reads a text file defensively: missing, not a file, too large, empty, binary or not UTF-8 each get one plain message. */
export async function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<TextResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: 'not a file' };
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read it (${code ?? 'unknown error'})` };
  }
  if (size > maxBytes) return { ok: false, error: `the file is ${megabytes(size)}; the limit is ${maxBytes / 1024 / 1024} MB` };
  const handle = await open(path, 'r');
  try {
    return decodeText(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** Reads all of a stream (standard input), stopping at the size limit. */
export async function readStream(stream: AsyncIterable<Uint8Array>, maxBytes = MAX_INPUT_BYTES): Promise<TextResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) return { ok: false, error: `standard input is over the ${maxBytes / 1024 / 1024} MB limit` };
    chunks.push(chunk);
  }
  return decodeText(Buffer.concat(chunks), 'standard input');
}

/** Fetches a page over http(s) with a timeout and the size limit; only asked for by the user on the command line. */
export async function fetchText(url: string, { timeoutMs = 15_000, maxBytes = MAX_INPUT_BYTES } = {}): Promise<TextResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'text/html, text/plain;q=0.9' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : cause ?? (error as Error).message;
    return { ok: false, error: `cannot fetch it (${reason})` };
  }
  if (!response.ok) return { ok: false, error: `the server answered ${response.status} ${response.statusText}`.trim() };
  const type = response.headers.get('content-type') ?? '';
  if (type && !/^(text\/|application\/(xhtml\+xml|xml))/i.test(type)) return { ok: false, error: `it is ${type.split(';')[0]}, not a web page` };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return { ok: false, error: `the page is ${megabytes(declared)}; the limit is ${maxBytes / 1024 / 1024} MB` };
  if (!response.body) return { ok: false, error: 'the page is empty' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.length;
    if (total > maxBytes) return { ok: false, error: `the page is over the ${maxBytes / 1024 / 1024} MB limit` };
    chunks.push(chunk);
  }
  return decodeText(Buffer.concat(chunks), 'the page');
}
