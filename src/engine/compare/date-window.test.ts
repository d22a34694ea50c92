/**
 * An event the record dates only within a window (pack `dateWindow`): the Alder Ledger's round-up of statements on the
 * invented story (test-review.ts), most likely of June 2024 but only known to lie between 14 June and 31 August 2024.
 * A day or weekday inside the window is unconfirmed, never a conflict; a date outside it still conflicts.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { mayLieInWindow, mentionMayLieInWindow } from './date-window.ts';
import type { Mention } from '../read/types.ts';
import {
  ALDER_LEDGER,
  parseRaidPackAdding,
  raidRecordAdding,
  roundupEvent,
} from './test-review.ts';

const windowed = { date: '2024-06', dateWindow: ['2024-06-14', '2024-08-31'] };
const story = raidRecordAdding({ entities: [ALDER_LEDGER], events: [roundupEvent(windowed)] });
const compare = (sentence: string) => compareSentence(sentence, story, '2024-12-01');
const fixed = raidRecordAdding({
  entities: [ALDER_LEDGER],
  events: [roundupEvent({ date: '2024-06' })],
});

describe('a date the record gives only as likely', () => {
  it('leaves a day inside the window unconfirmed, naming the likeliest month', () => {
    const said = compare("The Alder Ledger's round-up of statements ran on July 9, 2024.");
    expect(said).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [expect.objectContaining({ slot: 'date', page: 'July 9, 2024' })],
    });
    expect(said?.explanation).toContain('does not establish the day: most likely June 2024');
    // The same sentence against a record that dates the round-up to June without a window is a conflict.
    expect(
      compareSentence(
        "The Alder Ledger's round-up of statements ran on July 9, 2024.",
        fixed,
        '2024-12-01',
      )?.outcome,
    ).toBe('discrepant');
  });

  it('still finds a date outside the window', () => {
    expect(compare("The Alder Ledger's round-up of statements ran in March 2025.")).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'date' })],
    });
  });

  it('is checked when the pack is read: the window must hold the date and end after it starts', () => {
    const problems = (more: Record<string, unknown>) => {
      const parsed = parseRaidPackAdding({
        entities: [ALDER_LEDGER],
        events: [roundupEvent(more)],
      });
      return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(problems(windowed)).toEqual([]);
    // A window to the end of a month written as the month.
    expect(problems({ date: '2024-06', dateWindow: ['2024-06-14', '2024-06'] })).toEqual([]);
    expect(problems({ date: '2024-06', dateWindow: ['2024-08-31', '2024-06-14'] })).toEqual([
      expect.stringMatching(/dateWindow: ends before it starts$/),
    ]);
    expect(problems({ date: '2024-05', dateWindow: ['2024-06-14', '2024-08-31'] })).toEqual([
      expect.stringMatching(/dateWindow: does not hold the event's date 2024-05$/),
    ]);
  });
});

const chiefsWindow = ['2016-11-14', '2017-01-19'] as const;

describe('whether a day a page gives may lie in the record’s window', () => {
  it.each([
    ['December 2, 2016', true],
    ['Nov. 20, 2016', true],
    ['January 2017', true],
    ['in 2016', true],
    ['December 2', true],
    ['early December', true],
    ['November 9, 2016', false],
    ['November 9', false],
    ['early October', false],
    ['March 2018', false],
    ['back in 2018', false],
    ['9 November', false],
    ['the 2nd of December', true],
  ])('%s: %s', (page, expected) => {
    expect(mayLieInWindow(page, chiefsWindow)).toBe(expected);
  });

  it('cannot say for words that give no day it reads', () => {
    expect(mayLieInWindow('the week after', chiefsWindow)).toBeUndefined();
    expect(mayLieInWindow('November 45', chiefsWindow)).toBeUndefined();
  });
});

describe('a date or weekday mention against the window', () => {
  const at = { start: 0, end: 1, text: 'x', rank: 0, negated: false };
  const date = (value: Record<string, number>) =>
    ({ ...at, type: 'date', value }) as unknown as Mention;
  const weekday = (day: number) =>
    ({ ...at, type: 'weekday', value: { day } }) as unknown as Mention;
  it('reads the year, month and day it carries; a missing year is any year of the window', () => {
    expect(mentionMayLieInWindow(date({ year: 2016, month: 12, day: 2 }), chiefsWindow)).toBe(true);
    expect(mentionMayLieInWindow(date({ month: 11, day: 9 }), chiefsWindow)).toBe(false);
    expect(mentionMayLieInWindow(date({ year: 2018 }), chiefsWindow)).toBe(false);
  });

  it('finds a weekday in a window of a week or more, and only its own days in a shorter one', () => {
    expect(mentionMayLieInWindow(weekday(3), chiefsWindow)).toBe(true);
    // 14 to 16 November 2016: a Monday, a Tuesday and a Wednesday.
    expect(mentionMayLieInWindow(weekday(2), ['2016-11-14', '2016-11-16'])).toBe(true);
    expect(mentionMayLieInWindow(weekday(5), ['2016-11-14', '2016-11-16'])).toBe(false);
  });
});
