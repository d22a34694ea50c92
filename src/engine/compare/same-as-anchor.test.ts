/** ", the same year as <another event>": the other event is the time's point (same-as-anchor.ts). Invented story: raid 11 June 2024, Mayor Ida Marsh's briefing 12 June, funding vote 18 June. */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { withoutSameAsAnchor } from './same-as-anchor.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) =>
  compareSentence(sentence, record, '2024-07-20', { pageYear: 2024 })?.outcome;

describe('the same time as another event, in apposition', () => {
  it('blanks the apposition after a written time, offsets kept', () => {
    const s = 'The order dates from 1986, the same year as the first declaration.';
    expect(withoutSameAsAnchor(s)).toBe(`The order dates from 1986${' '.repeat(s.length - 26)}.`);
    expect(withoutSameAsAnchor(s)).toHaveLength(s.length);
    expect(withoutSameAsAnchor('The council acted the same year as the vote.')).toBe(
      'The council acted the same year as the vote.',
    );
  });

  it("dates the clause's own event, not the point", () => {
    expect(
      compare(
        'Mayor Ida Marsh held her press conference on June 18, the same day as the funding vote.',
      ),
    ).toBe('discrepant');
    // True wordings stay unflagged.
    expect(
      compare(
        'Mayor Ida Marsh held her press conference on June 12, the same week as the funding vote.',
      ),
    ).not.toBe('discrepant');
    expect(
      compare('Mayor Ida Marsh held her press conference on June 12, the day after the raid.'),
    ).not.toBe('discrepant');
  });
});
