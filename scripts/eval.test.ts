import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../src/cli/analyze-input.ts';
import { indexPacks, splitSentences } from '../src/engine/index.ts';
import { loadEmbeddedPack } from '../src/pack/embedded.ts';
import { fold, loadLabels, MAX_ANCHOR_WORDS, occurrences, SETS, seedsAvailable, wordCount, type LabelSet } from './eval/labels.ts';

const index = indexPacks([loadEmbeddedPack()]);
/** The text the engine reads, as `npm run eval` gets it. */
const analysedText = (set: LabelSet, file: string) => analyzeInput(readFileSync(join(set.dir, file), 'utf8'), index, { today: '2026-11-21' }).text;

const [seeds, pages, demo] = SETS as [LabelSet, LabelSet, LabelSet];
const NO_SEEDS = '../shared/seeds not found: seed anchors not checked';

describe('eval label files', () => {
  it.each(SETS.map((s) => [s.name, s] as const))('%s labels parse, with anchors of at most six words', (_name, set) => {
    const labelled = loadLabels(set.labelFile);
    expect(labelled.length).toBeGreaterThan(0);
    for (const page of labelled) {
      for (const label of page.labels) expect(wordCount(label.anchor), `${page.file}: "${label.anchor}"`).toBeLessThanOrEqual(MAX_ANCHOR_WORDS);
    }
    expect(new Set(labelled.map((p) => p.file)).size, 'one entry per page').toBe(labelled.length);
  });

  it.each([pages, demo].map((s) => [s.name, s] as const))('every %s anchor occurs exactly once in its page', (_name, set) => {
    for (const page of loadLabels(set.labelFile)) {
      const text = analysedText(set, page.file);
      for (const label of page.labels) expect(occurrences(text, label.anchor), `${set.name}/${page.file}: "${label.anchor}"`).toBe(1);
    }
  });

  it.skipIf(!seedsAvailable())(`every seed anchor occurs exactly once in its seed (skipped when ${NO_SEEDS})`, () => {
    for (const page of loadLabels(seeds.labelFile)) {
      const text = readFileSync(join(seeds.dir, page.file), 'utf8');
      for (const label of page.labels) expect(occurrences(text, label.anchor), `${page.file}: "${label.anchor}"`).toBe(1);
    }
  });

  it('labels every page in eval/pages: at least four retellings and four unrelated pages', () => {
    const labelled = loadLabels(pages.labelFile).map((p) => p.file);
    expect(labelled.sort()).toEqual(readdirSync(pages.dir).filter((f) => f.endsWith('.html')).sort());
    const own = loadLabels(pages.labelFile);
    expect(own.filter((p) => p.story !== null).length).toBeGreaterThanOrEqual(4);
    expect(own.filter((p) => p.story === null).length).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!seedsAvailable() || !existsSync(pages.dir))(`eval pages copy no sentence of a seed or a demo page (skipped when ${NO_SEEDS})`, () => {
    const demoText = readdirSync(demo.dir).filter((f) => f.endsWith('.html')).map((f) => fold(analysedText(demo, f))).join('\n');
    const seedText = readdirSync(seeds.dir).map((f) => fold(readFileSync(join(seeds.dir, f), 'utf8'))).join('\n');
    for (const page of loadLabels(pages.labelFile)) {
      for (const sentence of splitSentences(analysedText(pages, page.file))) {
        if (wordCount(sentence.text) < 6) continue;
        const folded = fold(sentence.text);
        expect(seedText.includes(folded), `${page.file} copies a seed: ${sentence.text}`).toBe(false);
        expect(demoText.includes(folded), `${page.file} copies a demo page: ${sentence.text}`).toBe(false);
      }
    }
  });
});
