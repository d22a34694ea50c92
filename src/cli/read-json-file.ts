import { MAX_INPUT_BYTES, readTextFile } from './read-input.ts';
import { jsonErrorPosition } from './json-error-position.ts';

/** Packs larger than this are refused before they are read. */
const MAX_FILE_BYTES = MAX_INPUT_BYTES;

export type ReadResult = { ok: true; data: unknown } | { ok: false; error: string };

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Reads a JSON file defensively: size, emptiness, binary content and syntax each get a plain message, never a stack trace. */
export async function readJsonFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  const read = await readTextFile(path, maxBytes);
  if (!read.ok) return read;
  const { text } = read;
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = jsonErrorPosition(text);
    const reason = message.split(/, (?:\.\.\.)?"|\n| in JSON/)[0] ?? message;
    const where = position >= 0 ? ` at ${lineAndColumn(text, position)}` : '';
    return { ok: false, error: `not valid JSON${where}: ${reason}` };
  }
}
