import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold, HELD_OUT_SETS, ROOT, SETS } from '../labels.ts';
import {
  LISTS_DIR,
  loadSentenceFile,
  loadStories,
  PARTS,
  partOf,
  sentenceFiles,
  slotProblems,
} from './suite.ts';

const all = PARTS.flatMap((part) =>
  sentenceFiles(part).map((file) => ({ part, file, data: loadSentenceFile(file) })),
);
const sentences = all.flatMap((f) => f.data.sentences);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('perturbation suite data', () => {
  it('has both parts for both stories, about 100 true sentences, ~30% held out', () => {
    const stories = loadStories().map((s) => s.story);
    for (const part of PARTS)
      expect(new Set(all.filter((f) => f.part === part).map((f) => f.data.story))).toEqual(
        new Set(stories),
      );
    expect(sentences.length).toBeGreaterThanOrEqual(80);
    const held = all.filter((f) => f.part === 'held-out').flatMap((f) => f.data.sentences).length;
    expect(held / sentences.length).toBeGreaterThan(0.15);
    expect(held / sentences.length).toBeLessThan(0.4);
  });

  it('stores every sentence in the part its id hashes to, once', () => {
    for (const { part, file, data } of all) {
      expect(data.part, file).toBe(part);
      for (const s of data.sentences) expect(partOf(s.id), `${s.id} in ${file}`).toBe(part);
    }
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    expect(new Set(sentences.map((s) => s.text)).size).toBe(sentences.length);
  });

  it("finds every slot's text exactly once in its sentence, on word boundaries, without overlaps", () => {
    expect(sentences.flatMap(slotProblems)).toEqual([]);
    expect(sentences.reduce((n, s) => n + s.slots.length, 0)).toBeGreaterThan(150);
  });

  it('flags a slot whose text is missing, repeated, inside a word or overlapping another', () => {
    const base = { id: 'x', ref: 'B1', voice: 'plain' as const };
    expect(
      slotProblems({
        ...base,
        text: 'Ten officers often came.',
        slots: [{ type: 'count', text: 'ten', noun: 'officers' }],
      }),
    ).toHaveLength(1);
    expect(
      slotProblems({
        ...base,
        text: 'Monday and Monday.',
        slots: [{ type: 'weekday', text: 'Monday' }],
      }),
    ).toHaveLength(1);
    expect(
      slotProblems({
        ...base,
        text: 'Patented.',
        slots: [{ type: 'count', text: 'ten', noun: 'x' }],
      }),
    ).toHaveLength(1);
    expect(
      slotProblems({
        ...base,
        text: 'On Main Street.',
        slots: [
          { type: 'street', text: 'Main Street' },
          { type: 'street', text: 'Street' },
        ],
      }),
    ).toHaveLength(1);
    expect(
      slotProblems({
        ...base,
        text: 'On Main Street.',
        slots: [{ type: 'street', text: 'Main Street' }],
      }),
    ).toEqual([]);
  });

  it('copies no sentence of the seeds, the eval pages (held out too) or the demo pages (the seeds only when ../shared/seeds exists)', () => {
    const texts = [...SETS, ...HELD_OUT_SETS].flatMap((set) => {
      try {
        return readdirSync(set.dir).map((f) =>
          fold(readFileSync(join(set.dir, f), 'utf8')).toLowerCase(),
        );
      } catch {
        return [];
      }
    });
    expect(texts.length).toBeGreaterThan(10);
    for (const sentence of sentences) {
      const folded = fold(sentence.text).toLowerCase();
      expect(
        texts.some((t) => t.includes(folded)),
        sentence.id,
      ).toBe(false);
    }
  });

  it('keeps its replacement lists apart from the engine data: not in or linked to src/ or packs/, no identical file there, not read from there', () => {
    const lists = readdirSync(LISTS_DIR).map((f) => join(LISTS_DIR, f));
    expect(lists.length).toBeGreaterThanOrEqual(6);
    const engineFiles = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'packs'))];
    const engineContents = new Set(engineFiles.map((f) => readFileSync(f, 'utf8')));
    for (const list of lists) {
      const real = relative(ROOT, realpathSync(list));
      expect(real.startsWith('src') || real.startsWith('packs'), list).toBe(false);
      expect(statSync(list).nlink, `${list} is hard-linked`).toBe(1);
      expect(
        engineContents.has(readFileSync(list, 'utf8')),
        `${list} is a copy of an engine file`,
      ).toBe(false);
    }
    // Only score.ts calls the engine, through its public API; nothing here reads packs/ or the engine's data.
    for (const file of ['suite.ts', 'generate.ts', 'values.ts', 'prng.ts']) {
      const source = readFileSync(join(import.meta.dirname, file), 'utf8');
      expect(source, file).not.toMatch(/from '[^']*(src|packs)\//);
      expect(source, file).not.toMatch(/packs/);
    }
  });
});
