import { indexPacks } from '../engine/index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { formatProblem, parsePack } from '../pack/parse-pack.ts';
import type { ClaimPack } from '../pack/schema.ts';
import { analyzeInput, isHtml } from './analyze-input.ts';
import type { Io } from './commands.ts';
import {
  fetchText,
  MAX_INPUT_BYTES,
  readStream,
  readTextFile,
  type TextResult,
} from './read-input.ts';
import { readJsonFile } from './read-json-file.ts';
import { toJsonReport } from './report-json.ts';
import { toTextReport, type Style } from './report-text.ts';

export interface AnalyzeOptions {
  json: boolean;
  packs: string[];
  style: Style;
  /** YYYY-MM-DD; today by default. */
  today?: string;
  stdin?: AsyncIterable<Uint8Array>;
  /** --timeout: seconds to wait for an address, as typed (15 by default). */
  timeout?: string;
}

async function loadPacks(files: string[], io: Io): Promise<ClaimPack[] | null> {
  if (!files.length) return [loadEmbeddedPack()];
  const packs: ClaimPack[] = [];
  for (const file of files) {
    const read = await readJsonFile(file);
    if (!read.ok) return (io.err(`${file}: ${read.error}`), null);
    const result = parsePack(read.data);
    if (!result.ok) {
      io.err(`${file}: not a valid pack`);
      for (const problem of result.problems) io.err(`  ${formatProblem(problem)}`);
      return null;
    }
    packs.push(result.pack);
  }
  return packs;
}

async function readSource(
  source: string,
  stdin: AsyncIterable<Uint8Array> | undefined,
  timeoutMs: number,
): Promise<TextResult> {
  if (source === '-')
    return stdin
      ? readStream(stdin, MAX_INPUT_BYTES, { declared: true })
      : { ok: false, error: 'there is no standard input' };
  if (/^https?:\/\//i.test(source)) return fetchText(source, { timeoutMs });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
    return { ok: false, error: 'only http and https addresses can be fetched' };
  return readTextFile(source, MAX_INPUT_BYTES, { declared: true });
}

/** `analyze [--json] [--pack FILE]... FILE|URL|-`: 0 when the page was analysed (whatever it found), 1 when it could not be. */
export async function analyzeCommand(
  source: string,
  options: AnalyzeOptions,
  io: Io,
): Promise<number> {
  const seconds = Number(options.timeout ?? 15);
  if (!(seconds > 0) || seconds > 3600) {
    io.err(
      `sourcelight analyze: --timeout needs a number of seconds up to 3600, such as 15, not "${options.timeout}".`,
    );
    return 2;
  }
  if (source === '') {
    io.err(
      'sourcelight analyze: the input is an empty argument; give a file, an address, or - for standard input.',
    );
    return 2;
  }
  const packs = await loadPacks(options.packs, io);
  if (!packs) return 1;
  const read = await readSource(source, options.stdin, seconds * 1000);
  if (!read.ok) {
    io.err(source === '-' ? read.error : `${source}: ${read.error}`);
    return 1;
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const url = /^https?:\/\//i.test(source) ? source : undefined;
  const { analysis } = analyzeInput(read.text, indexPacks(packs, { world: worldIndex() }), {
    today,
    ...(url ? { url } : {}),
  });
  const report = toJsonReport(analysis, { source, kind: isHtml(read.text) ? 'html' : 'text' });
  io.out(options.json ? JSON.stringify(report, null, 2) : toTextReport(report, options.style));
  return 0;
}
