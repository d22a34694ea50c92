/**
 * A list item or timeline entry headed by a date with the weekday abbreviated ("Tue., June 11, 2024: …") dates the
 * event it tells, as a head with the weekday in full does: the invented raid story (the Harbor Unit raided the Quay
 * Street warehouse on Tuesday 11 June 2024).
 */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../read/index.ts';
import { splitSentences } from '../sentences.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a date head with an abbreviated weekday', () => {
  it.each([
    'Fri., June 14, 2024: Harbor Unit officers raid the warehouse on Quay Street.',
    'Fri. June 14, 2024: Harbor Unit officers raid the warehouse on Quay Street.',
    'Thurs., 13 June 2024: Harbor Unit officers raid the warehouse on Quay Street.',
    // The weekday alone is wrong.
    'Wed., June 11, 2024: Harbor Unit officers raid the warehouse on Quay Street.',
  ])('wrong: %s', (s) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([
        expect.objectContaining({ slot: expect.stringMatching(/date|weekday/) }),
      ]),
    });
  });

  it.each([
    'Tue., June 11, 2024: Harbor Unit officers raid the warehouse on Quay Street.',
    'Tues. June 11, 2024 — Harbor Unit officers raid the Quay Street warehouse.',
  ])('not wrong: %s', (s) => {
    expect(compare(s)?.outcome).toBe('agrees');
  });

  it('reads the abbreviation as a weekday only before a date', () => {
    const weekdays = (s: string) =>
      readSentence(s, record.gazetteer)
        .flatMap((c) => c.mentions)
        .filter((m) => m.type === 'weekday')
        .map((m) => m.value);
    expect(weekdays('Tue., June 11, 2024: officers raid a warehouse.')).toEqual([{ day: 2 }]);
    expect(weekdays('Sat. 15 June: the council meets.')).toEqual([{ day: 6 }]);
    expect(weekdays('The pair will wed. Officers raid a warehouse.')).toEqual([]);
    expect(weekdays('He read it in the Baltimore Sun. June 11 was quiet.')).toEqual([]);
  });

  it('ends no sentence after the abbreviation before a date', () => {
    expect(
      splitSentences('Tue. June 11, 2024: officers raid a warehouse.').map((s) => s.text),
    ).toHaveLength(1);
    expect(
      splitSentences('He read it in the Baltimore Sun. June 11 was quiet.').map((s) => s.text),
    ).toHaveLength(2);
    expect(
      splitSentences('They met on Sat. The next day they left.').map((s) => s.text),
    ).toHaveLength(2);
  });
});
