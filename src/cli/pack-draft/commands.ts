/**
 * The `pack draft`, `pack review` and `pack test` commands (issue 17): file
 * reading and writing around draft-story.ts, review.ts and pack-test.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { formatProblem, parsePack } from '../../pack/parse-pack.ts';
import type { ClaimPack } from '../../pack/schema.ts';
import { worldIndex } from '../../world/embedded.ts';
import type { Io } from '../commands.ts';
import { parseLabels, type PageLabels } from '../eval-labels.ts';
import { fetchText, MAX_INPUT_BYTES, readTextFile, type TextResult } from '../read-input.ts';
import { readJsonFile } from '../read-json-file.ts';
import { draftPack, type DraftInput } from './draft-story.ts';
import { formatPackTest, runPackTest } from './pack-test.ts';
import { provenancePath, ProvenanceSchema, type Provenance } from './provenance.ts';
import { reviewHtml, reviewText } from './review.ts';

async function readPage(source: string): Promise<TextResult> {
  if (/^https?:\/\//i.test(source)) return fetchText(source);
  return readTextFile(source, MAX_INPUT_BYTES, { declared: true });
}

async function readInput(source: string, io: Io): Promise<DraftInput | null> {
  const read = await readPage(source);
  if (!read.ok) {
    io.err(`${source}: ${read.error}`);
    return null;
  }
  return { name: source, content: read.text };
}

/** `pack draft ORIGINAL [--corroborate FILE]... --out story.json`. */
export async function draftCommand(
  original: string,
  options: { corroborate: string[]; out?: string; today: string },
  io: Io,
): Promise<number> {
  if (!options.out) {
    io.err(
      'sourcelight pack draft: give --out story.json (the provenance is written beside it, as story.provenance.json)',
    );
    return 2;
  }
  const input = await readInput(original, io);
  if (!input) return 1;
  const others: DraftInput[] = [];
  for (const file of options.corroborate) {
    const other = await readInput(file, io);
    if (!other) return 1;
    others.push(other);
  }
  const result = draftPack(input, others, {
    world: worldIndex(),
    today: options.today,
    packFile: options.out,
  });
  if (!result.ok) {
    io.err(result.error);
    return 1;
  }
  const sidecar = provenancePath(options.out);
  await writeFile(options.out, `${JSON.stringify(result.pack, null, 2)}\n`);
  await writeFile(sidecar, `${JSON.stringify(result.provenance, null, 2)}\n`);
  const story = result.pack.stories[0];
  for (const note of result.notes) io.err(note);
  for (const left of result.provenance.leftOut) io.err(`${left.file}: left out: ${left.reason}`);
  io.out(
    `${options.out}: drafted story "${story?.id}": ${story?.entities?.length ?? 0} entities, ${story?.events?.length ?? 0} events, ` +
      `${story?.quotes?.length ?? 0} quotes; ${result.provenance.unsettled.length} unsettled value(s). Provenance: ${sidecar}. ` +
      `Next: sourcelight pack review ${options.out}`,
  );
  return 0;
}

async function loadPack(file: string, io: Io): Promise<ClaimPack | null> {
  const read = await readJsonFile(file);
  if (!read.ok) return (io.err(`${file}: ${read.error}`), null);
  const parsed = parsePack(read.data);
  if (!parsed.ok) {
    io.err(`${file}: not a valid pack`);
    for (const problem of parsed.problems) io.err(`  ${formatProblem(problem)}`);
    return null;
  }
  return parsed.pack;
}

/** `pack review story.json [--html out.html]`. */
export async function reviewCommand(
  file: string,
  options: { html?: string },
  io: Io,
): Promise<number> {
  const pack = await loadPack(file, io);
  if (!pack) return 1;
  const sidecar = provenancePath(file);
  let provenance: Provenance | null = null;
  if (existsSync(sidecar)) {
    const read = await readJsonFile(sidecar);
    const parsed = read.ok ? v.safeParse(ProvenanceSchema, read.data) : null;
    if (parsed?.success) provenance = parsed.output;
    else io.err(`${sidecar}: not a provenance file; reviewing the pack without it`);
  } else {
    io.err(`${sidecar}: not found; the review lists the pack's values without their sources`);
  }
  if (options.html) {
    await writeFile(options.html, reviewHtml(pack, provenance));
    io.err(`${options.html}: written`);
  }
  io.out(reviewText(pack, provenance));
  return 0;
}

async function loadLabelDir(path: string, io: Io): Promise<PageLabels[] | null> {
  let files: string[];
  try {
    files = statSync(path).isDirectory()
      ? (await readdir(path)).filter((f) => f.endsWith('.json')).map((f) => join(path, f))
      : [path];
  } catch {
    io.err(`${path}: no such file or folder`);
    return null;
  }
  const pages: PageLabels[] = [];
  for (const f of files) {
    try {
      pages.push(...parseLabels(JSON.parse(await readFile(f, 'utf8')), f));
    } catch (error) {
      io.err(`${f}: not a label file: ${(error as Error).message}`);
      return null;
    }
  }
  return pages;
}

/** `pack test story.json PAGES... [--labels DIR]`. */
export async function testCommand(
  args: string[],
  options: { labels?: string; today: string },
  io: Io,
): Promise<number> {
  const [file, ...pageFiles] = args;
  const pack = await loadPack(file as string, io);
  if (!pack) return 1;
  const labels = options.labels ? await loadLabelDir(options.labels, io) : null;
  if (options.labels && !labels) return 1;
  const pages = [];
  for (const page of pageFiles) {
    const input = await readInput(page, io);
    if (!input) return 1;
    pages.push(input);
  }
  const run = runPackTest(pack, pages, labels, { world: worldIndex(), today: options.today });
  io.out(formatPackTest(run));
  return 0;
}
