/** Two times written as one phrase (time-phrase.ts), and what the comparer makes of them on the invented story. */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a day written inside the month beside it is one time', () => {
  it.each([
    // Wednesday is the day of the briefing, another event of the story: still wrong for the raid, in June 2024.
    [
      'It was a Wednesday morning in June 2024 when the warehouse was raided.',
      'weekday',
      'Wednesday',
    ],
    ['The warehouse was raided on a Wednesday, in June 2024.', 'weekday', 'Wednesday'],
    ['The warehouse was raided early on a Wednesday in June 2024.', 'weekday', 'Wednesday'],
  ])('%s', (sentence, slot, page) => {
    const result = compare(sentence);
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons).toMatchObject([{ slot, page }]);
  });

  it("agrees when the day and the month are the event's", () => {
    expect(
      compare('It was a Tuesday morning in June 2024 when the warehouse was raided.')?.outcome,
    ).toBe('agrees');
  });

  it("two times apart in the clause may be two events' days: not wrong", () => {
    // The briefing was on Wednesday 12 June; the raid on Tuesday 11 June.
    expect(
      compare(
        'Officers raided the warehouse on June 11, 2024 and the mayor praised them on Wednesday.',
      )?.outcome,
    ).toBe('unconfirmed');
  });
});
