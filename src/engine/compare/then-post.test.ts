/** "then-" with a year of the clause, against the world's terms (the invented world: Ned Cole mayor 2012-2020, Ida Marsh since 2020). */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('then-<title> <name> in a year of the clause', () => {
  it.each([
    'The 2018 harbor ordinance was put forward by then-Mayor Ida Marsh.',
    'In 2015, then-Mayor Ida Marsh proposed the harbor plan.',
  ])('%s: the world has Ned Cole as mayor that year', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([
        {
          slot: 'person',
          page: expect.stringContaining('Ida Marsh'),
          record: expect.stringContaining('Ned Cole'),
        },
      ]),
    });
  });

  it('the holder that year, a later year, two years, a later time or no year: no alarm', () => {
    for (const s of [
      'The 2018 harbor ordinance was put forward by then-Mayor Ned Cole.',
      'The 2021 harbor ordinance was put forward by then-Mayor Ida Marsh.',
      'The 2020 harbor ordinance was put forward by then-Mayor Ida Marsh.',
      'Between 2018 and 2021, then-Mayor Ida Marsh proposed the harbor plan.',
      'In 2015 the council met; years later, then-Mayor Ida Marsh proposed the harbor plan.',
      'The harbor ordinance was put forward by then-Mayor Ida Marsh.',
      'The 2018 harbor ordinance was put forward by the then-mayor.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
