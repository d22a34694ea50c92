/**
 * Relative time against the record, on the invented story (test-story.ts)
 * with two more events: protesters marching a week after the raid (18 June
 * 2024) and a council hearing four weeks after it (9 July 2024).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { offsetDays } from './offset-days.ts';
import { COUNCIL_HEARING, PROTEST_MARCH, raidRecordWith } from './test-raid-record.ts';

const record = raidRecordWith([PROTEST_MARCH, COUNCIL_HEARING]);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');

describe('offsetDays', () => {
  it('is exact for a few days and tolerant for longer or hedged offsets', () => {
    expect(offsetDays('days', 2, false)).toEqual([2, 2]);
    expect(offsetDays('weeks', 1, false)).toEqual([5, 9]);
    expect(offsetDays('weeks', 5, true)).toEqual([28, 42]);
    expect(offsetDays('days', 10, true)).toEqual([8, 12]);
  });
});

describe('compareSentence: an offset from a named event', () => {
  it.each([
    [
      'Two days after the raid, Mayor Ida Marsh held a press conference.',
      'Two days after',
      '1 day later',
    ],
    [
      'Three days after the raid, protesters marched to city hall.',
      'Three days after',
      '7 days later',
    ],
    [
      'About ten weeks after the raid, the council held a hearing.',
      'ten weeks after',
      '28 days later',
    ],
    ['Protesters marched to city hall the day before the raid.', 'the day before', '7 days later'],
  ])('%s', (sentence, page, recorded) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page, record: recorded }],
    });
  });

  it('names both events and their dates', () => {
    expect(
      compare('Three days after the raid, protesters marched to city hall.')?.explanation,
    ).toBe(
      'The record dates \u201CHarbor Unit officers raid a warehouse on Quay Street\u201D Tuesday 11 June 2024 and \u201CProtesters march to city hall\u201D Tuesday 18 June 2024 (7 days later), not \u201CThree days after\u201D.',
    );
  });

  it.each([
    'The day after the raid, Mayor Ida Marsh held a press conference.',
    'A week after the raid, protesters marched to city hall.',
    'About four weeks after the raid, the council held a hearing.',
    'Protesters marched to city hall a week after the raid.',
  ])('agrees: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('agrees');
  });
});

describe('compareSentence: an offset from an event named earlier in the sentence', () => {
  it('"later", "the next day" and "that same evening" count from the event the sentence named before', () => {
    expect(
      compare('The warehouse was raided on June 11; a week later, protesters marched to city hall.')
        ?.outcome,
    ).toBe('agrees');
    expect(
      compare(
        'The warehouse was raided on June 11; the next day, protesters marched to city hall.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ page: 'the next day', record: '7 days later' }],
    });
    expect(
      compare(
        'Officers raided the warehouse at dawn, and that same evening protesters marched to city hall.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ page: 'evening', record: '7 days later' }],
    });
    // "that evening", "later that night": the same day too, without "same".
    for (const part of ['that evening', 'later that night'])
      expect(
        compare(
          `Officers raided the warehouse at dawn, and ${part} protesters marched to city hall.`,
        ),
        part,
      ).toMatchObject({ outcome: 'discrepant', comparisons: [{ record: '7 days later' }] });
  });
});

describe('compareSentence: an offset whose events are not both certain says nothing', () => {
  it.each([
    ['no first event in the sentence', 'Two days later, protesters marched to city hall.'],
    [
      'two candidate first events',
      'Two days after the raid and the press conference, protesters marched to city hall.',
    ],
    ['no other event', 'Three days after the raid, residents were still angry.'],
    ['the same event again', 'Two days after the raid, officers raided another warehouse.'],
    [
      'two candidate events in the clause',
      'Three days after the raid, protesters marched to the hearing.',
    ],
  ])('%s', (_, sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('compareSentence: "that <weekday>" is the event\'s day', () => {
  it('is compared like any weekday of the event; "next" and "last" still are not', () => {
    expect(compare('The warehouse was raided that Thursday.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Thursday' }],
    });
    expect(compare('The warehouse was raided that Tuesday.')?.outcome).toBe('agrees');
    // (On this page, dated 20 July, "last week" is itself wrong: compare-recency.ts; the weekday after "next" is not compared.)
    expect(
      compare('The warehouse raided last week reopened next Thursday.')?.comparisons.map(
        (c) => c.slot,
      ),
    ).not.toContain('weekday');
  });
});
