/**
 * Years of a post told in an aside on a person (tenure-years.ts): read as the post's, not an event's date, and the
 * post judged on them. The embedded stories (sources.md B and C; the world file has Tom Homan as acting ICE director
 * from January 2017 to June 2018).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from '../compare/compare-sentence.ts';
import { rochester } from '../compare/test-embedded-stories.ts';
import { readSentence } from './read-sentence.ts';

const gazetteer = rochester.gazetteer;
const read = (s: string) => readSentence(s, gazetteer).flatMap((c) => c.mentions);

describe('years of a post in an aside', () => {
  it('are no date of the sentence, and the body led is no participant', () => {
    const m = read('Tom Homan (who led ICE in 2017 and 2018) was in Rochester on April 29.');
    expect(m.filter((x) => x.type === 'date').map((x) => x.text)).toEqual(['April 29']);
    expect(m.some((x) => x.type === 'agency')).toBe(false);
  });
  it('go to the title the aside names, a range with both ends', () => {
    const title = read('Homan — acting ICE director from 2017 to 2018 — came to Rochester.').find(
      (x) => x.type === 'title',
    );
    expect(title?.value).toMatchObject({ during: { from: 2017, to: 2018 } });
    const person = read('Homan, acting director of ICE in 2017, visited the union hall.').find(
      (x) => x.type === 'person',
    );
    expect(person?.value).toMatchObject({ during: { from: 2017, to: 2017 } });
  });
  it('are not taken from an aside that names no post, or from a title given before the name', () => {
    expect(read('Homan, who visited in 2025, spoke.').some((x) => x.type === 'date')).toBe(true);
    expect(read('Homan, who was arrested in 2019, spoke.').some((x) => x.type === 'date')).toBe(
      true,
    );
    const person = read('Border czar Tom Homan, who led ICE in 2017, visited the union hall.').find(
      (x) => x.type === 'person',
    );
    expect(person?.value).not.toHaveProperty('during');
  });
  it('are not an aside when the clause goes on past them', () => {
    expect(
      read('Homan, who led ICE in 2017 and the Rochester visit, spoke.').some(
        (x) => x.type === 'date',
      ),
    ).toBe(true);
    // Nor is the body such a clause names taken out.
    expect(
      read('Homan, who led ICE in 2017 and the Rochester visit, spoke.').some(
        (x) => x.type === 'agency',
      ),
    ).toBe(true);
  });
});

describe('judged on the years given', () => {
  it('never flags the event with the tenure', () => {
    for (const s of [
      'Tom Homan (who led ICE in 2017 and 2018) was in Rochester on April 29.',
      'Homan, acting director of ICE in 2017, visited the union hall on April 29.',
      'Tom Homan, the White House border czar, served as acting ICE director from 2017 to 2018.',
    ])
      expect(compareSentence(s, rochester, '2025-05-02')?.outcome, s).not.toBe('discrepant');
    expect(
      compareSentence(
        'Homan, acting director of ICE in 2017, visited the union hall on April 29.',
        rochester,
        '2025-05-02',
      )?.outcome,
    ).toBe('agrees');
  });
  it('is wrong for years the world has the person out of the post', () => {
    const r = compareSentence(
      'Homan, acting director of ICE in 2020, visited the union hall on April 29.',
      rochester,
      '2025-05-02',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(JSON.stringify(r)).toContain('not in 2020');
  });
});
