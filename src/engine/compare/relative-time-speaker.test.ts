/**
 * Relative time where an event is named by its speaker, not by its words
 * (relative-time.ts linkedBySpeaker): "a week before the election" for a
 * statement the record dates after it. Record (sources.md A2, C6-C8): the
 * election on 8 November 2016; Beck's interview and the Denver police
 * statement on 14 November; Magnus's written statement on 16 November.
 * Rochester (B18): Evans and Smith spoke on 26 March 2025, two days after the
 * stop of 24 March.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs, rochester } from './test-embedded-stories.ts';

const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30');
const dateConflict = (s: string, record = chiefs, day = '2016-11-30') =>
  compareSentence(s, record, day)?.comparisons.some((c) => c.slot === 'date') ?? false;

describe('an offset against an event named by its speaker', () => {
  it.each([
    [
      "And Denver's statement came out a week before the election, which people forget.",
      'a week before',
    ],
    [
      'Denver police said a week before the election that they would stay out of immigration work.',
      'a week before',
    ],
    [
      'The Denver Police Department put out its statement three weeks after the election.',
      'three weeks after',
    ],
    ['Magnus issued his statement a week after Beck spoke.', 'a week after'],
    ['Ten days before Magnus issued his statement, Beck spoke to the Times.', 'Ten days before'],
    [
      'Two weeks after the election, Beck told the Los Angeles Times his officers would not help.',
      'Two weeks after',
    ],
    ['In Tucson, Magnus released a statement three weeks after the election.', 'three weeks after'],
    ['A week before Beck spoke, Magnus put out his written statement.', 'A week before'],
  ])('is discrepant: %s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([expect.objectContaining({ slot: 'date', page })]),
    });
  });

  it('names both events and their dates', () => {
    expect(
      compare("Denver's statement came out a week before the election.")?.explanation,
    ).toContain('Tuesday 8 November 2016');
  });

  it.each([
    'Magnus issued his statement two days after Beck spoke.',
    'Two days after Beck spoke, Magnus put out his statement.',
    'Two days before Magnus issued his statement, Beck spoke to the Times.',
    "Denver's statement came out less than a week after the election.",
    'Denver police said a week after the election that they would not take part in immigration enforcement.',
    'Beck spoke to the Los Angeles Times six days after the election.',
    'Magnus released his statement about a week after the election.',
  ])('agrees: %s', (sentence) => {
    expect(dateConflict(sentence)).toBe(false);
  });

  it.each([
    // The offset is inside what was said, or in an attribution after it.
    'Beck told the Times he joined the LAPD 40 years before the election.',
    'Magnus said his department adopted the policies ten years before the election.',
    'Beck said that officers had been trained two years before the election.',
    'A week before the election, officers were trained, Beck said.',
    // Another occasion of the same speaker.
    'Beck also spoke about it a year before the election.',
    'Magnus had spoken on the subject once before, two years before the election.',
    // No word of speech: another act of the same person.
    'Beck became chief eight years before the election.',
    // A place that is no speaker.
    'Voters in Denver went to the polls a week before Beck spoke.',
  ])('says nothing of the date: %s', (sentence) => {
    expect(dateConflict(sentence)).toBe(false);
  });

  it('works on another story: the mayor spoke two days after the stop (Rochester)', () => {
    expect(
      dateConflict('Mayor Evans spoke two days after the stop.', rochester, '2025-04-10'),
    ).toBe(false);
    expect(
      dateConflict(
        'State Sen. Samra Brouk said the day after the stop that it was wrong.',
        rochester,
        '2025-04-10',
      ),
    ).toBe(true);
    expect(
      dateConflict(
        'State Sen. Samra Brouk said five days after the stop that it was wrong.',
        rochester,
        '2025-04-10',
      ),
    ).toBe(false);
    // Evans spoke on several days in the record: no one statement to compare with.
    expect(dateConflict('Mayor Evans spoke a week after the stop.', rochester, '2025-04-10')).toBe(
      false,
    );
  });
});
