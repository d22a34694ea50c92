/**
 * No dealings at all with a body, credited to an actor the record has a
 * narrower refusal for, on the invented story (test-story.ts): the Dunmore
 * Police Department has never taken part in immigration enforcement and will
 * not. Saying more than that is unconfirmed, never agreement.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('no dealings at all with a body', () => {
  it('is unconfirmed where the record has a narrower refusal', () => {
    for (const s of [
      'The Dunmore Police Department vowed it would have no dealings whatsoever with Coast Watch.',
      'The Dunmore Police Department said it would have no communication with federal authorities.',
      'The Dunmore Police Department said it would not work with Coast Watch in any way.',
    ]) {
      const c = compare(s);
      expect(c?.outcome, s).toBe('unconfirmed');
      expect(c?.comparisons.some((x) => x.slot === 'stance'), s).toBe(true);
    }
  });
  it('says nothing of an actor with no recorded refusal, or of the record\u2019s own refusal in new words', () => {
    expect(compare('Mayor Ida Marsh said she would have no contact of any kind with Coast Watch.')?.comparisons.some((x) => x.slot === 'stance') ?? false).toBe(false);
    expect(compare('The Dunmore Police Department said its officers would stay out of immigration enforcement.')?.outcome).not.toBe('discrepant');
  });
});
