/**
 * A recorded wish turned round: Councilmember Stanley Martin called for the officers to be fired (sources.md B22;
 * pack: local-reaction's `demands`), told as a view that they should keep their jobs or should not be fired. A modal
 * of opinion ("should", "ought to", "deserve to") carries the wish; its "not" is the wish's polarity.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const rochester = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'local-reaction'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, rochester, '2025-04-30', { page: s });

describe('a wish for the people the record has someone calling to be fired', () => {
  it.each([
    'Stanley Martin, on the other hand, thinks the officers should keep their jobs.',
    'Stanley Martin said the officers should not be fired.',
    "Councilmember Stanley Martin believes the officers shouldn't lose their jobs over this.",
    'Martin said they deserved to keep their badges.',
    'According to Stanley Martin, the cops ought to be allowed to keep their jobs.',
  ])('is discrepant: %s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons.some((c) => c.slot === 'demand')).toBe(true);
  });

  it.each([
    // The record's own wish in other words.
    'Stanley Martin said the officers should be fired.',
    'Stanley Martin thinks the officers should lose their jobs.',
    'Councilmember Stanley Martin said the officers deserve to be fired.',
    // A wish about someone else, or by someone the record has no demand of.
    'Stanley Martin said the chief should keep his job.',
    'Steve Brew said the officers should keep their jobs.',
    'Some residents said the officers should not be fired.',
    // Denied, or a condition of the wish.
    'Stanley Martin never said the officers should keep their jobs.',
    'Stanley Martin said the officers should not be fired without a hearing.',
    'Stanley Martin said the officers should not be fired while the inquiry runs.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('a wish credited to one who spoke where another made it (embedded 2025 record: Martin called for firing, Meléndez spoke of profiling)', () => {
  it.each([
    'Council President Miguel Meléndez said the officers should be fired.',
    'Miguel Meléndez already came out and said they should be fired.',
    'Council President Miguel Meléndez said the officers should be fired, while Steve Brew stood behind them.',
  ])('%s', (s) => {
    const result = compare(s);
    expect(result).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'demand' }] });
    expect(result?.explanation).toMatch(
      /Stanley Martin calling for the officers to be fired; Miguel Meléndez spoke of profiling of Latinos; the wish was not Miguel Meléndez's\.$/,
    );
  });

  it.each([
    'Councilmember Stanley Martin said the officers should be fired.',
    'Miguel Meléndez said the chief should be fired.',
    'Miguel Meléndez said the officers should keep their jobs.',
  ])('never wrong: %s', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});
