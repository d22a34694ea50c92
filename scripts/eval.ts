/**
 * `npm run eval`: scores the engine on the labelled development set (the seed
 * files in ../shared/seeds when present, eval/pages and the demo pages; HTML is read as
 * the extension reads the page, through the CLI's src/cli/read-html.ts), then
 * runs the perturbation suite (eval/perturb; its figures are reported, not yet
 * a target). Prints a table per page and totals (`--json`: one JSON object instead).
 * The new-voice pages (NEW_VOICE_PAGES_NO_TARGET_YET) get their own totals, reported
 * without a target. Exits 1 while a target is unmet or a label or suite file is wrong;
 * it is a development tool, so the report says which.
 *
 * Flags: `--perturb-only` runs only the perturbation suite; `--held-out` scores the
 * held-out pages (eval/pages-held-out) and the suite's held-out part instead of the
 * development part, with a warning (once, at the end of issue 14; its figures are
 * reported, only a label or suite file error fails the run);
 * `--verbose` lists every perturbation case the engine got wrong (in JSON: every case).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInput } from '../src/cli/analyze-input.ts';
import { indexPacks } from '../src/engine/index.ts';
import { loadEmbeddedPack } from '../src/pack/embedded.ts';
import { worldIndex } from '../src/world/embedded.ts';
import { countsTowardTargets, loadLabels, pageSetsFor, seedsAvailable } from './eval/labels.ts';
import { formatPerturbReport, HELD_OUT_WARNING } from './eval/perturb/report.ts';
import { formatPageReport, runPageSuite } from './eval/perturb/page-sentences.ts';
import {
  formatQuoteReport,
  runQuotePerturbations,
  type QuoteReport,
} from './eval/perturb/quotes.ts';
import { runPerturbations, type PerturbReport } from './eval/perturb/score.ts';
import { formatReport, HELD_OUT_PAGES_WARNING } from './eval/report.ts';
import { scorePage, targetsOf, totalsOf, type PageResult } from './eval/score.ts';

/** Fixed, so that "old story" signals do not change from day to day. */
const TODAY = '2026-11-21';

const json = process.argv.includes('--json');
const perturbOnly = process.argv.includes('--perturb-only');
const heldOut = process.argv.includes('--held-out');
const verbose = process.argv.includes('--verbose');
/** Opt-in (it reads every development page again per change, about a minute): perturbations of the pages' true sentences. */
const pagePerturbations = process.argv.includes('--page-perturbations') && !heldOut;
const embedded = loadEmbeddedPack();
const index = indexPacks([embedded], { world: worldIndex() });
const notes: string[] = [];
const errors: string[] = [];
const results: PageResult[] = [];

for (const set of perturbOnly ? [] : pageSetsFor(heldOut)) {
  if (set.name === 'seeds' && !seedsAvailable()) {
    notes.push(
      'seeds: ../shared/seeds not found — the seed part of the development set was skipped',
    );
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
    for (const file of readdirSync(set.dir).filter(
      (f) => f.endsWith('.html') && f !== 'index.html' && !labelled.has(f),
    )) {
      notes.push(`${set.name}: ${file} has no labels and was not scored`);
    }
  }
  for (const page of pages) {
    const path = join(set.dir, page.file);
    if (!existsSync(path)) {
      errors.push(`${set.name}/${page.file}: labelled page not found (${path})`);
      continue;
    }
    const result = scorePage(
      set.name,
      page,
      analyzeInput(readFileSync(path, 'utf8'), index, { today: TODAY }),
    );
    errors.push(...result.errors.map((e) => `${set.name}/${page.file}: ${e}`));
    results.push(result);
  }
}

let perturb: PerturbReport | undefined;
try {
  perturb = runPerturbations(index, heldOut ? 'held-out' : 'development', TODAY);
  errors.push(...perturb.errors.map((e) => `perturbation suite: ${e}`));
} catch (error) {
  errors.push(`perturbation suite: ${(error as Error).message}`);
}

// The quote suite draws on the pack's recorded quotes (development only; reported, no target yet).
let quoteSuite: QuoteReport | undefined;
if (!heldOut) {
  quoteSuite = runQuotePerturbations(index, TODAY);
  errors.push(...quoteSuite.errors);
}

const pageSuite = pagePerturbations ? runPageSuite(index, embedded, TODAY) : undefined;

// Held out: every page is reported (no target gates the run). Development: the new voices are a separate, reported block.
const targeted = heldOut ? results : results.filter((r) => countsTowardTargets(r.set, r.file));
const newVoices = heldOut ? [] : results.filter((r) => !countsTowardTargets(r.set, r.file));
const totals = totalsOf(targeted);
const targets = perturbOnly ? [] : targetsOf(totals);
const newVoiceTotals = newVoices.length ? totalsOf(newVoices) : undefined;
const ok = errors.length === 0 && (heldOut || targets.every((t) => t.met));

if (json) {
  const { cases, errors: _suiteErrors, ...figures } = perturb ?? { cases: [], errors: [] };
  const suite = perturb
    ? {
        ...figures,
        ...(heldOut ? { warning: HELD_OUT_WARNING } : {}),
        ...(verbose ? { cases } : {}),
      }
    : null;
  const newVoiceBlock = newVoiceTotals
    ? {
        newVoices: {
          pages: newVoices.map((r) => `${r.set}/${r.file}`),
          totals: newVoiceTotals,
          targets: targetsOf(newVoiceTotals),
        },
      }
    : {};
  const part = heldOut
    ? { part: 'held-out', warning: HELD_OUT_PAGES_WARNING }
    : { part: 'development' };
  console.log(
    JSON.stringify(
      {
        today: TODAY,
        ...part,
        ok,
        notes,
        errors,
        targets,
        totals,
        ...newVoiceBlock,
        pages: results,
        perturbations: suite,
        quotePerturbations: quoteSuite
          ? {
              quotes: quoteSuite.quotes,
              byCase: quoteSuite.byCase,
              ...(verbose ? { cases: quoteSuite.cases } : {}),
            }
          : null,
        ...(pageSuite ? { pagePerturbations: pageSuite } : {}),
      },
      null,
      2,
    ),
  );
} else {
  if (!perturbOnly)
    console.log(
      formatReport(targeted, totals, targets, notes, {
        heldOut,
        newVoices: newVoiceTotals
          ? { results: newVoices, totals: newVoiceTotals, targets: targetsOf(newVoiceTotals) }
          : undefined,
      }),
    );
  if (perturb) console.log(`\n${formatPerturbReport(perturb, verbose)}`);
  if (quoteSuite) console.log(`\n${formatQuoteReport(quoteSuite, verbose)}`);
  if (pageSuite) console.log(`\n${formatPageReport(pageSuite, verbose)}`);
  if (errors.length)
    console.log(
      [
        '',
        `Label or suite file errors (${errors.length}) — fix them:`,
        ...errors.map((e) => `  ${e}`),
      ].join('\n'),
    );
  const unmet = heldOut ? [] : targets.filter((t) => !t.met).map((t) => t.name);
  const passed = perturbOnly
    ? 'The perturbation suite ran without errors (its figures are not a target yet).'
    : heldOut
      ? `Held-out part scored (reported, not gating). ${HELD_OUT_PAGES_WARNING}`
      : 'All targets met.';
  console.log(
    `\n${ok ? passed : `Failing: ${[...unmet, ...(errors.length ? ['label or suite file errors'] : [])].join('; ')}.`}`,
  );
}
process.exitCode = ok ? 0 : 1;
