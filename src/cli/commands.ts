import { writeFile } from 'node:fs/promises';
import { exportClaimReview, importClaimReview, summarizeSkipped } from '../pack/claimreview.ts';
import { formatProblem, parsePack } from '../pack/parse-pack.ts';
import type { ClaimPack } from '../pack/schema.ts';
import { readJsonFile } from './read-json-file.ts';

/** Where a command writes: standard output and error, injectable for tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

function describePack(pack: ClaimPack): string {
  const count = (pick: (s: ClaimPack['stories'][number]) => unknown[] | undefined) =>
    pack.stories.reduce((n, s) => n + (pick(s)?.length ?? 0), 0);
  const parts = [
    `${pack.stories.length} ${pack.stories.length === 1 ? 'story' : 'stories'}`,
    `${count((s) => s.facts)} facts`,
    `${count((s) => s.quotes)} quotes`,
    `${count((s) => s.unverified)} unverified claims`,
  ];
  const reviews = count((s) => s.reviews);
  if (reviews) parts.push(`${reviews} reviews`);
  return `${pack.id} ${pack.version}: ${parts.join(', ')}`;
}

/** `pack validate FILE...`: 0 when every file is a valid pack, 1 otherwise. */
export async function validateCommand(files: string[], io: Io): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const read = await readJsonFile(file);
    if (!read.ok) {
      io.err(`${file}: ${read.error}`);
      failed++;
      continue;
    }
    const result = parsePack(read.data);
    if (result.ok) {
      io.out(`${file}: valid (${describePack(result.pack)})`);
      continue;
    }
    failed++;
    const n = result.problems.length;
    io.err(`${file}: invalid, ${n}${n >= 50 ? ' or more' : ''} problem${n === 1 ? '' : 's'}`);
    for (const problem of result.problems) io.err(`  ${formatProblem(problem)}`);
  }
  return failed ? 1 : 0;
}

async function emit(json: unknown, out: string | undefined, io: Io): Promise<void> {
  const text = `${JSON.stringify(json, null, 2)}\n`;
  if (out) await writeFile(out, text);
  else io.out(text.trimEnd());
}

/** `pack import-claimreview FILE [--out PACK] [--id ID] [--publisher NAME]`. */
export async function importCommand(
  file: string,
  options: { out?: string; id?: string; publisher?: string },
  io: Io,
): Promise<number> {
  const read = await readJsonFile(file);
  if (!read.ok) {
    io.err(`${file}: ${read.error}`);
    return 1;
  }
  const result = importClaimReview(read.data, options);
  for (const line of summarizeSkipped(result.skipped)) io.err(`${file}: ${line}`);
  if (!result.pack) {
    io.err(
      `${file}: nothing imported${result.problems.length ? '' : ' (no usable ClaimReview items found)'}`,
    );
    for (const problem of result.problems) io.err(`  ${formatProblem(problem)}`);
    return 1;
  }
  await emit(result.pack, options.out, io);
  io.err(
    `${file}: imported ${result.imported} claim review${result.imported === 1 ? '' : 's'}${options.out ? ` into ${options.out}` : ''}`,
  );
  return 0;
}

/** `pack export-claimreview PACK [--out FILE]`. */
export async function exportCommand(
  file: string,
  options: { out?: string },
  io: Io,
): Promise<number> {
  const read = await readJsonFile(file);
  if (!read.ok) {
    io.err(`${file}: ${read.error}`);
    return 1;
  }
  const result = parsePack(read.data);
  if (!result.ok) {
    io.err(`${file}: not a valid pack; run \`sourcelight pack validate ${file}\``);
    return 1;
  }
  const items = exportClaimReview(result.pack);
  await emit(items, options.out, io);
  io.err(`${file}: exported ${items.length} ClaimReview item${items.length === 1 ? '' : 's'}`);
  const noUrl = items.filter((item) => !item.url).length;
  if (noUrl) {
    io.err(
      `${file}: ${noUrl} of them have no url (the page of the review), which ClaimReview consumers such as Google's ask for; give the pack a "reviewsUrl", the https page where you publish its reviews`,
    );
  }
  return 0;
}
