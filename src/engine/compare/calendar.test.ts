/**
 * The calendar check on the invented story (test-story.ts: a raid on
 * Tuesday 11 June 2024, a briefing the next day): a weekday written with a
 * date must be the weekday that date fell on, whatever event the sentence is
 * about, or none.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../read/gazetteer.ts';
import { readSentence } from '../read/read-sentence.ts';
import { calendarConflicts, candidateYears } from './calendar.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string, pageYear?: number) =>
  compareSentence(sentence, record, '2024-06-20', { pageYear });
const conflicts = (sentence: string, pageYear?: number) =>
  calendarConflicts(
    readSentence(sentence, buildGazetteer([])).flatMap((c) => c.mentions),
    sentence,
    record.events,
    pageYear,
  );

describe('calendarConflicts', () => {
  it('finds a weekday the written date did not fall on, in every way of writing the pair', () => {
    expect(conflicts('It happened on Wednesday, June 11, 2024.')[0]?.explanation).toBe(
      '11 June 2024 was a Tuesday, not a Wednesday.',
    );
    expect(conflicts('When: the evening of Friday, 11 June 2024')).toHaveLength(1);
    expect(conflicts('It happened on Monday June 11, 2024.')).toHaveLength(1);
    expect(conflicts('It happened on June 11, 2024, a Thursday.')).toHaveLength(1);
    // A part of the day between them.
    expect(conflicts('It happened on the Friday evening of 11 June 2024.')).toHaveLength(1);
    expect(conflicts('It happened on Friday morning, June 11, 2024.')).toHaveLength(1);
    expect(conflicts('It happened on the Tuesday evening of 11 June 2024.')).toEqual([]);
  });

  it('says nothing when the weekday is right, or when the weekday and the date are apart', () => {
    expect(conflicts('It happened on Tuesday, June 11, 2024.')).toEqual([]);
    expect(conflicts('It happened on Tuesday, June 11.')).toEqual([]);
    expect(conflicts('On Friday the mayor said the raid of June 11, 2024 was lawful.')).toEqual([]);
    expect(conflicts('It happened on Friday, February 30, 2024.')).toEqual([]);
  });

  it("tries a yearless date in the years of the story's events it fits, else every year of the story", () => {
    expect(conflicts('It happened on Monday, June 11.')[0]?.explanation).toBe(
      '11 June 2024 was a Tuesday, not a Monday.',
    );
    // June 20 fits no event: the story's years (2024) are tried.
    expect(conflicts('They met again on Friday, June 20.')[0]?.explanation).toBe(
      '20 June 2024 was a Thursday, not a Friday.',
    );
    expect(candidateYears(6, 11, record.events)).toEqual([2024]);
  });

  it("with the page's own year, flags only a weekday wrong in every candidate year", () => {
    // 11 June 2025 was a Wednesday: on a page dated 2025 the pair may be that year's.
    expect(conflicts('It happened on Wednesday, June 11.', 2025)).toEqual([]);
    expect(conflicts('It happened on Friday, June 11.', 2025)[0]?.explanation).toBe(
      '11 June 2024 was a Tuesday and 11 June 2025 was a Wednesday: never a Friday.',
    );
  });
});

describe('compareSentence: the calendar check', () => {
  it('fires in a clause linked to an event', () => {
    expect(compare('The warehouse was raided on Wednesday, June 11, 2024.')).toMatchObject({
      outcome: 'discrepant',
      calendar: true,
      comparisons: [{ slot: 'weekday', page: 'Wednesday', record: 'Tuesday 11 June 2024' }],
    });
  });

  it('fires in a clause linked to no event', () => {
    expect(compare('Residents gathered on Sunday, June 16, 2024.')?.outcome).not.toBe('discrepant');
    expect(compare('Residents gathered on Saturday, June 16, 2024.')).toMatchObject({
      outcome: 'discrepant',
      calendar: true,
      explanation: '16 June 2024 was a Sunday, not a Saturday.',
    });
  });

  it('fires next to a recorded quote (a fixed event), not inside the quotation marks', () => {
    const quote = record.events.find((e) => e.event.id === 'briefing')!;
    expect(
      compareSentence(
        '\u201CThe raid was lawful,\u201D Marsh said on Thursday, June 12, 2024.',
        record,
        '2024-06-20',
        { events: [quote] },
      ),
    ).toMatchObject({ outcome: 'discrepant', calendar: true });
    expect(
      compare('\u201CWe came on Friday, June 11, 2024,\u201D a neighbour said.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('says what differs when the date is wrong too', () => {
    // Sunday 16 June is the calendar's; the record has the raid on the 11th.
    const shifted = compare('The warehouse was raided on Tuesday, June 16, 2024.');
    expect(shifted?.outcome).toBe('discrepant');
    expect(shifted?.explanation).toBe(
      '16 June 2024 was a Sunday, not a Tuesday. The record dates it Tuesday 11 June 2024, not June 16, 2024.',
    );
  });

  it("a right pair with a wrong date is the record's conflict, not the calendar's, named in one phrase", () => {
    const result = compare('The warehouse was raided on Sunday, June 16, 2024.');
    expect(result).toMatchObject({
      outcome: 'discrepant',
      explanation: 'The record dates it Tuesday 11 June 2024, not Sunday, June 16, 2024.',
    });
    expect(result?.comparisons.map((c) => c.slot)).toEqual(['weekday', 'date']);
    expect(result?.calendar).toBeUndefined();
  });
});
