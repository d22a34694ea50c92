/** A date set beside an event's name, on the invented story (test-story.ts: the council's funding vote of 18 June 2024). */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../read/read-sentence.ts';
import { apposedDateResults } from './apposed-date.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const apposed = (sentence: string) =>
  apposedDateResults(sentence, readSentence(sentence, record.gazetteer), record);

describe("a date set beside an event's name", () => {
  it('is compared with that event alone, whatever else the sentence tells of', () => {
    expect(
      apposed(
        'Mayor Ida Marsh said the raid broke the spirit of the funding vote (a measure that dates from 2019).',
      ),
    ).toMatchObject([
      { comparison: { slot: 'date', page: '2019', record: 'Tuesday 18 June 2024' } },
    ]);
    expect(
      apposed(
        'They defended the funding vote, a measure first passed in March 2021, at the briefing.',
      ),
    ).toMatchObject([{ comparison: { page: 'March 2021' } }]);
    expect(
      compareSentence(
        'Mayor Ida Marsh said the raid broke the spirit of the funding vote (a measure that dates from 2019).',
        record,
        '2024-07-01',
      )?.outcome,
    ).toBe('discrepant');
  });

  it("agrees with the event's own date, and says nothing of a change, a person's act or an aside naming another event", () => {
    expect(apposed('They defended the funding vote (a measure dating from June 2024).')).toEqual(
      [],
    );
    expect(apposed('They defended the funding vote (a measure revised in 2019).')).toEqual([]);
    expect(
      apposed('They defended the funding vote (a measure Ida Marsh first proposed in 2019).'),
    ).toEqual([]);
    expect(
      apposed('They defended the funding vote, which no one passed in 2019, at the briefing.'),
    ).toEqual([]);
    expect(
      apposed('They defended the funding vote (a measure that dates from the raid of 2019).'),
    ).toEqual([]);
    // Not right after the event's words: the aside may date something else.
    expect(
      apposed('The funding vote was about the harbor budget (a plan that dates from 2019).'),
    ).toEqual([]);
  });
});

describe('the date of a later change to the thing ("revised in 2019")', () => {
  const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-01')?.outcome;
  it("is unconfirmed, not the event's wrong date; the event's own date still is", () => {
    expect(compare('The funding vote, revised in 2019, kept the harbor unit going.')).toBe(
      'unconfirmed',
    );
    expect(compare('The funding vote (amended in 2019) kept the harbor unit going.')).toBe(
      'unconfirmed',
    );
    expect(compare('The funding vote was held in 2019.')).toBe('discrepant');
  });
});
