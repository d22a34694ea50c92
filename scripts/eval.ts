/**
 * `npm run eval`: scores the engine on the labelled development set (the seed
 * files in ../shared/seeds when present, eval/pages and the demo pages).
 * Prints a table per page and totals (`--json`: one JSON object instead).
 * Exits 1 while a target is unmet or a label file is wrong; it is a
 * development tool, so the report says which.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInput } from '../src/cli/analyze-input.ts';
import { indexPacks } from '../src/engine/index.ts';
import { loadEmbeddedPack } from '../src/pack/embedded.ts';
import { loadLabels, SETS, seedsAvailable } from './eval/labels.ts';
import { formatReport } from './eval/report.ts';
import { scorePage, targetsOf, totalsOf, type PageResult } from './eval/score.ts';

/** Fixed, so that "old story" signals do not change from day to day. */
const TODAY = '2026-11-21';

const json = process.argv.includes('--json');
const index = indexPacks([loadEmbeddedPack()]);
const notes: string[] = [];
const errors: string[] = [];
const results: PageResult[] = [];

for (const set of SETS) {
  if (set.name === 'seeds' && !seedsAvailable()) {
    notes.push('seeds: ../shared/seeds not found — the seed part of the development set was skipped');
    continue;
  }
  let pages;
  try {
    pages = loadLabels(set.labelFile);
  } catch (error) {
    errors.push(`${set.name}: ${(error as Error).message}`);
    continue;
  }
  const labelled = new Set(pages.map((p) => p.file));
  if (set.name !== 'seeds') {
    for (const file of readdirSync(set.dir).filter((f) => f.endsWith('.html') && f !== 'index.html' && !labelled.has(f))) {
      notes.push(`${set.name}: ${file} has no labels and was not scored`);
    }
  }
  for (const page of pages) {
    const path = join(set.dir, page.file);
    if (!existsSync(path)) {
      errors.push(`${set.name}/${page.file}: labelled page not found (${path})`);
      continue;
    }
    const result = scorePage(set.name, page, analyzeInput(readFileSync(path, 'utf8'), index, { today: TODAY }));
    errors.push(...result.errors.map((e) => `${set.name}/${page.file}: ${e}`));
    results.push(result);
  }
}

const totals = totalsOf(results);
const targets = targetsOf(totals);
const ok = errors.length === 0 && targets.every((t) => t.met);

if (json) {
  console.log(JSON.stringify({ today: TODAY, ok, notes, errors, targets, totals, pages: results }, null, 2));
} else {
  console.log(formatReport(results, totals, targets, notes));
  if (errors.length) console.log(['', `Label file errors (${errors.length}) — fix the labels:`, ...errors.map((e) => `  ${e}`)].join('\n'));
  const unmet = targets.filter((t) => !t.met).map((t) => t.name);
  console.log(`\n${ok ? 'All targets met.' : `Failing: ${[...unmet, ...(errors.length ? ['label file errors'] : [])].join('; ')}.`}`);
}
process.exitCode = ok ? 0 : 1;
