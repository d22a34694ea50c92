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
      expect(
        c?.comparisons.some((x) => x.slot === 'stance'),
        s,
      ).toBe(true);
    }
  });
  it('says nothing of an actor with no recorded refusal, or of the record\u2019s own refusal in new words', () => {
    expect(
      compare(
        'Mayor Ida Marsh said she would have no contact of any kind with Coast Watch.',
      )?.comparisons.some((x) => x.slot === 'stance') ?? false,
    ).toBe(false);
    expect(
      compare(
        'The Dunmore Police Department said its officers would stay out of immigration enforcement.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('no dealings at all, refused, by a class or against recorded work with federal partners', () => {
  it('is unconfirmed, as overstated, for a class of the record\u2019s refusers as the subject', () => {
    for (const s of [
      'Bottom line: small-town police refused to cooperate with Coast Watch in any way.',
      'Taken together, harbor-city departments have made clear they will refuse any cooperation at all with Coast Watch.',
      'Police departments there declined to work with Coast Watch at all.',
    ]) {
      const c = compare(s);
      expect(c?.outcome, s).toBe('unconfirmed');
      expect(
        c?.comparisons.some((x) => x.slot === 'stance'),
        s,
      ).toBe(true);
      expect(c?.explanation, s).toMatch(/overstated/);
    }
  });
  it('says nothing of a class the record has no refusal for, or of police as the object', () => {
    for (const s of [
      'Harbor mayors refused to cooperate with Coast Watch in any way.',
      'Talks with police refused to cooperate with Coast Watch in any way.',
    ]) {
      expect(compare(s)?.comparisons.some((x) => x.slot === 'stance') ?? false, s).toBe(false);
    }
  });
  it('is discrepant when the one named is recorded going on working with federal partners', () => {
    const c = compare('Ida Marsh would have no dealings whatsoever with federal agencies.');
    expect(c?.outcome).toBe('discrepant');
    expect(c?.comparisons.some((x) => x.slot === 'stance')).toBe(true);
    expect(
      compare('Mayor Ida Marsh said she would refuse any cooperation with Coast Watch.')?.outcome,
    ).not.toBe('discrepant');
  });
});
