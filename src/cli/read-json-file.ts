import { open, stat } from 'node:fs/promises';
import { jsonErrorPosition } from './json-error-position.ts';

/** Packs larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; data: unknown } | { ok: false; error: string };

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Reads a JSON file defensively: size, emptiness, binary content and syntax each get a plain message, never a stack trace. */
export async function readJsonFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: 'not a file' };
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read it (${code ?? 'unknown error'})` };
  }
  if (size === 0) return { ok: false, error: 'the file is empty' };
  if (size > maxBytes) {
    return { ok: false, error: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; packs are limited to ${maxBytes / 1024 / 1024} MB` };
  }
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (bytes.subarray(0, 65536).includes(0)) return { ok: false, error: 'the file is binary, not JSON text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'the file is not UTF-8 text' };
  }
  if (!text.trim()) return { ok: false, error: 'the file is empty' };
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = (error as Error).message;
    const position = jsonErrorPosition(text);
    const reason = message.split(/, (?:\.\.\.)?"|\n| in JSON/)[0] ?? message;
    const where = position >= 0 ? ` at ${lineAndColumn(text, position)}` : '';
    return { ok: false, error: `not valid JSON${where}: ${reason}` };
  }
}
