/**
 * Stress sets of true sentences written blind from sources.md alone (eval/true-sentences/stress-*.json: 140, 140, then 120
 * sentences each, written from stop 52 on, with the page date each is true on): none may be judged discrepant, but for a set's
 * `knownFlagged`, which must stay flagged until fixed (then moved back). Each is read on a page of its own
 * after a neutral opening that lets the story be recognised.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const DIR = new URL('../../eval/true-sentences/', import.meta.url);
const sets = readdirSync(DIR)
  .filter((f) => /^stress-\d+\.json$/.test(f))
  .sort()
  .map((file) => ({
    file,
    set: JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as {
      stories: Record<string, { sentence: string; pageDate: string }[]>;
      knownFlagged?: Record<string, { sentence: string; pageDate: string }[]>;
    },
  }));
const OPENING: Record<string, string> = {
  'rochester-border-patrol-backup-2025':
    "Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.",
  'police-chiefs-immigration-2016':
    'Police chiefs in Los Angeles, Tucson and Denver said in November 2016 that their officers would not take part in immigration enforcement, Police1 reported.',
};

describe('true sentences written blind', () => {
  it('reads every stress set', () => {
    expect(sets.map((s) => s.file)).toEqual(
      expect.arrayContaining([
        'stress-52.json',
        'stress-53.json',
        'stress-54.json',
        'stress-55.json',
        'stress-56.json',
        'stress-57.json',
        'stress-58.json',
        'stress-59.json',
        'stress-60.json',
        'stress-62.json',
        'stress-63.json',
      ]),
    );
  });
  const flaggedOf = (story: string, items: readonly { sentence: string; pageDate: string }[]) =>
    items.filter(({ sentence, pageDate }) =>
      analyzeText(`${OPENING[story]}\n${sentence}`, index, {
        today: pageDate,
        published: pageDate,
      }).findings.some((f) => f.verdict === 'discrepant' && sentence.includes(f.text.slice(0, 40))),
    );
  for (const { file, set } of sets) {
    for (const [story, items] of Object.entries(set.stories))
      it(`${file} ${story}: none of ${items.length} is discrepant`, () => {
        expect(flaggedOf(story, items).map((x) => x.sentence)).toEqual([]);
      });
    // True sentences the engine still flags, listed with why: each must still be flagged, so a fix moves it back.
    for (const [story, items] of Object.entries(set.knownFlagged ?? {}))
      it(`${file} ${story}: the ${items.length} known to be flagged still are`, () => {
        expect(flaggedOf(story, items).map((x) => x.sentence)).toEqual(
          items.map((x) => x.sentence),
        );
      });
  }
});
