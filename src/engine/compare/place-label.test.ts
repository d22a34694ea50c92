/**
 * A place's name as the label of a list item ("Denver: police department statement, Monday, Nov. 14.") qualifies
 * what follows it (compare-sentence.ts), on the embedded 2016 record: the Denver Police Department's statement of
 * Monday 14 November 2016 (sources.md C8).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const record = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, record, '2017-02-06');

describe('a place as a list item\u2019s label', () => {
  it('names the body after it, so the item\u2019s day is compared with that body\u2019s event', () => {
    expect(compare('Denver: police department statement, Monday, Nov. 21.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: 'Nov. 21' }],
    });
    expect(compare('Denver: police department statement, Monday, Nov. 14.')?.outcome).toBe(
      'agrees',
    );
  });

  it('is left alone before a capitalised word or when it is no place', () => {
    expect(
      compare('Tucson: Chief Magnus\u2019s written statement, Wednesday, Nov. 16.')?.outcome,
    ).toBe('agrees');
    expect(compare('Update: police department statement, Monday, Nov. 21.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
