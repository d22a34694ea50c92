/**
 * "a captain from the X, Name,": the agency after "from" in a title is whom the person works for (compare-affiliation.ts),
 * like "of", "at", "for" and "with". The embedded pack: Jeff Scroggin of the Los Angeles County Sheriff's Department,
 * Charlie Beck of the LAPD.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const chiefs = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
  worldIndex(),
);
const judge = (sentence: string) => compareSentence(sentence, chiefs, '2016-11-25')?.outcome;

describe('a title from an agency, the holder after it', () => {
  it('is wrong for an agency the person did not work for', () => {
    expect(
      judge(
        'A captain from the Los Angeles Police Department, Jeff Scroggin, spoke with reporters.',
      ),
    ).toBe('discrepant');
  });

  it('agrees for the person\u2019s own agency', () => {
    expect(
      judge(
        'A captain from the Los Angeles County Sheriff\u2019s Department, Jeff Scroggin, spoke with reporters.',
      ),
    ).not.toBe('discrepant');
    expect(
      judge(
        'The chief from the Los Angeles Police Department, Charlie Beck, spoke with reporters.',
      ),
    ).not.toBe('discrepant');
  });
});
