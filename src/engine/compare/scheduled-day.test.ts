/** A day the page has not reached, told as to come, on the invented story (raid 11 June 2024, briefing the 12th). */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string, pageDate: string | undefined) =>
  compareSentence(sentence, record, pageDate);

describe("compareSentence: a scheduled day after the page's date", () => {
  it('is no wrong date for the event whose word it shares', () => {
    for (const s of [
      'Our next safety briefing is Saturday, June 22, at the yard.',
      'The warehouse open day will be held on June 29.',
      'Sign-ups for the press conference workshop close on July 3.',
    ]) {
      const r = compare(s, '2024-06-15');
      expect(r?.outcome, s).not.toBe('discrepant');
    }
  });

  it("is still a wrong date when told in the past, or when the day is not after the page's", () => {
    expect(compare('The briefing was on June 22.', '2024-06-15')?.outcome).toBe('discrepant');
    expect(
      compare('The police briefing is on June 2, the mayor says.', '2024-06-15')?.outcome,
    ).toBe('discrepant');
  });

  it("is still a wrong date when the day, read in the story's year, is before the page's (a page a year on)", () => {
    expect(compare('The briefing is on June 22.', '2025-06-01')?.outcome).toBe('discrepant');
  });

  it("needs the page's date", () => {
    expect(compare('The briefing is on June 22.', undefined)?.outcome).toBe('discrepant');
    expect(compare('The briefing is on June 22.', '2024-06-15')?.outcome).toBe('unconfirmed');
  });
});
