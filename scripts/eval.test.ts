import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../src/cli/analyze-input.ts';
import { indexPacks, splitSentences } from '../src/engine/index.ts';
import { loadEmbeddedPack } from '../src/pack/embedded.ts';
import {
  contains,
  countsTowardTargets,
  fold,
  HELD_OUT_SETS,
  loadLabels,
  MAX_ANCHOR_WORDS,
  NEW_VOICE_PAGES_NO_TARGET_YET,
  occurrences,
  pageSetsFor,
  SETS,
  seedsAvailable,
  wordCount,
  type LabelSet,
} from './eval/labels.ts';

const index = indexPacks([loadEmbeddedPack()]);
/** The text the engine reads, as `npm run eval` gets it. */
const analysedText = (set: LabelSet, file: string) =>
  analyzeInput(readFileSync(join(set.dir, file), 'utf8'), index, { today: '2026-11-21' }).text;

const [seeds, pages, demo] = SETS as [LabelSet, LabelSet, LabelSet];
const [heldOut] = HELD_OUT_SETS as [LabelSet];
const NO_SEEDS = '../shared/seeds not found: seed anchors not checked';

// These read every page and seed: slow on a shared machine, not timing checks.
describe('eval label files', { timeout: 120_000 }, () => {
  it.each([...SETS, ...HELD_OUT_SETS].map((s) => [s.name, s] as const))(
    '%s labels parse, with anchors of at most six words',
    (_name, set) => {
      const labelled = loadLabels(set.labelFile);
      expect(labelled.length).toBeGreaterThan(0);
      for (const page of labelled) {
        for (const label of page.labels)
          expect(wordCount(label.anchor), `${page.file}: "${label.anchor}"`).toBeLessThanOrEqual(
            MAX_ANCHOR_WORDS,
          );
      }
      expect(new Set(labelled.map((p) => p.file)).size, 'one entry per page').toBe(labelled.length);
    },
  );

  it.each([pages, demo, heldOut].map((s) => [s.name, s] as const))(
    'every %s anchor occurs exactly once in its page',
    (_name, set) => {
      for (const page of loadLabels(set.labelFile)) {
        const text = analysedText(set, page.file);
        for (const label of page.labels)
          expect(
            occurrences(text, label.anchor),
            `${set.name}/${page.file}: "${label.anchor}"`,
          ).toBe(1);
      }
    },
    120_000,
  );

  it.skipIf(!seedsAvailable())(
    `every seed anchor occurs exactly once in its seed (skipped when ${NO_SEEDS})`,
    () => {
      for (const page of loadLabels(seeds.labelFile)) {
        const text = readFileSync(join(seeds.dir, page.file), 'utf8');
        for (const label of page.labels)
          expect(occurrences(text, label.anchor), `${page.file}: "${label.anchor}"`).toBe(1);
      }
    },
  );

  it('labels every page in eval/pages: at least four retellings and four unrelated pages', () => {
    const labelled = loadLabels(pages.labelFile).map((p) => p.file);
    expect(labelled.sort()).toEqual(
      readdirSync(pages.dir)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    );
    const own = loadLabels(pages.labelFile);
    expect(own.filter((p) => p.story !== null).length).toBeGreaterThanOrEqual(4);
    expect(own.filter((p) => p.story === null).length).toBeGreaterThanOrEqual(4);
  });

  // Anchors only: the engine's sentence split, never its verdicts (nobody looks at those before the one held-out run).
  it.each([pages, heldOut].map((s) => [s.name, s] as const))(
    'every %s anchor lies inside one sentence as the engine splits it',
    (_name, set) => {
      for (const page of loadLabels(set.labelFile)) {
        const sentences = splitSentences(analysedText(set, page.file));
        const holders = page.labels.map((label) =>
          sentences.findIndex((s) => contains(s.text, label.anchor)),
        );
        page.labels.forEach((label, i) =>
          expect(
            holders[i],
            `${set.name}/${page.file}: "${label.anchor}" crosses a sentence boundary`,
          ).not.toBe(-1),
        );
        expect(new Set(holders).size, `${set.name}/${page.file}: two anchors in one sentence`).toBe(
          holders.length,
        );
      }
    },
  );

  it('labels every held-out page: retellings of both stories, apart from the development pages', () => {
    const labelled = loadLabels(heldOut.labelFile);
    expect(labelled.map((p) => p.file).sort()).toEqual(
      readdirSync(heldOut.dir)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    );
    expect(new Set(labelled.map((p) => p.story))).toEqual(
      new Set(['rochester-border-patrol-backup-2025', 'police-chiefs-immigration-2016']),
    );
    const development = new Set(
      SETS.flatMap((s) => (s.name === 'seeds' ? [] : loadLabels(s.labelFile).map((p) => p.file))),
    );
    for (const page of labelled) expect(development.has(page.file), page.file).toBe(false);
  });

  it('scores the development part by default and only the held-out pages with --held-out', () => {
    expect(pageSetsFor(false)).toBe(SETS);
    expect(
      pageSetsFor(false).some((s) => s.dir === heldOut.dir || s.labelFile === heldOut.labelFile),
    ).toBe(false);
    expect(pageSetsFor(true)).toEqual([heldOut]);
  });

  it('reports the new-voice pages apart from the targets: each is a labelled retelling in eval/pages', () => {
    const retellings = loadLabels(pages.labelFile)
      .filter((p) => p.story !== null)
      .map((p) => p.file);
    expect(NEW_VOICE_PAGES_NO_TARGET_YET.length).toBeGreaterThan(0);
    for (const file of NEW_VOICE_PAGES_NO_TARGET_YET) {
      expect(retellings, file).toContain(file);
      expect(countsTowardTargets('pages', file), file).toBe(false);
    }
    expect(countsTowardTargets('pages', 'rochester-ice-showdown.html')).toBe(true);
    expect(countsTowardTargets('demo', NEW_VOICE_PAGES_NO_TARGET_YET[0]!)).toBe(true);
  });

  it.skipIf(!seedsAvailable() || !existsSync(pages.dir))(
    `eval pages (held out too) copy no sentence of a seed or a demo page (skipped when ${NO_SEEDS})`,
    () => {
      const demoText = readdirSync(demo.dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => fold(analysedText(demo, f)))
        .join('\n');
      const seedText = readdirSync(seeds.dir)
        .map((f) => fold(readFileSync(join(seeds.dir, f), 'utf8')))
        .join('\n');
      // Named speakers' recorded words may be quoted verbatim (../shared/sources.md section C): those are not copies.
      const record = fold(readFileSync(join(seeds.dir, '..', 'sources.md'), 'utf8'));
      for (const [set, page] of [pages, heldOut].flatMap((s) =>
        loadLabels(s.labelFile).map((p) => [s, p] as const),
      )) {
        for (const sentence of splitSentences(analysedText(set, page.file))) {
          if (wordCount(sentence.text) < 6) continue;
          const folded = fold(sentence.text);
          if (record.includes(folded.replace(/^["\u201C]|["\u201D]$/g, '').trim())) continue;
          expect(
            seedText.includes(folded),
            `${set.name}/${page.file} copies a seed: ${sentence.text}`,
          ).toBe(false);
          expect(
            demoText.includes(folded),
            `${set.name}/${page.file} copies a demo page: ${sentence.text}`,
          ).toBe(false);
        }
      }
    },
  );
});
