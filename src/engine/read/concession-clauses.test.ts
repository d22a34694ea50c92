/**
 * A concession or contrast opening the sentence ("Although …,", "Whatever X suggested …,", "Where X did …,", "Like …,")
 * is a clause of its own up to its comma (clauses.ts): what it counts, places or credits is not the main clause's.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const none = buildGazetteer([]);
const clauses = (s: string) =>
  readSentence(s, none).map((c) => ({ text: s.slice(c.start, c.end).trim(), stance: c.stance }));

describe('a concession opening the sentence', () => {
  it.each([
    ['Although the bus held forty people, six were hurt.', 'Although the bus held forty people,'],
    ['Though it rained, the parade went on.', 'Though it rained,'],
    ['Where one paper printed a photo, the other ran a map.', 'Where one paper printed a photo,'],
    [
      'Like the pledge the old mayor made in her first year, the new mayor spoke first.',
      'Like the pledge the old mayor made in her first year,',
    ],
  ])('ends at its comma: %s', (sentence, first) => {
    expect(clauses(sentence)[0]?.text).toBe(first);
    expect(clauses(sentence).length).toBeGreaterThan(1);
  });

  it('"Whatever X suggested" concedes a claim that is not the page\'s own', () => {
    expect(
      clauses('Whatever the flyer suggested with its figure of two hundred, sixty came.'),
    ).toEqual([
      { text: 'Whatever the flyer suggested with its figure of two hundred,', stance: 'reported' },
      { text: 'sixty came.', stance: 'asserted' },
    ]);
  });

  it('"Like" before a number hedges the number, and "Like" a short name compares it: no clause ends there', () => {
    expect(clauses('Like nine men, all from one town, were held.')).toHaveLength(1);
    expect(clauses('Like Albany, Ithaca became a sanctuary city in 1986.')).toHaveLength(1);
  });

  it('the words inside the sentence are not cut', () => {
    expect(clauses('The bus held forty people, although six got off.')[0]?.text).toBe(
      'The bus held forty people,',
    );
  });

  it('a comma inside a date or around an aside does not end the concession', () => {
    expect(clauses('Although Beck spoke on Monday, Nov. 14, Magnus waited.')[0]?.text).toBe(
      'Although Beck spoke on Monday, Nov. 14,',
    );
    expect(
      clauses('Although the van, a white minivan, held eight people, three were held.')[0]?.text,
    ).toBe('Although the van, a white minivan, held eight people,');
    expect(
      clauses('Unlike Charlie Beck, then chief of the LAPD, Jeff Scroggin is a captain.')[0]?.text,
    ).toBe('Unlike Charlie Beck, then chief of the LAPD,');
  });
});
