import { describe, expect, it } from 'vitest';
import { firstDay, isCalendarDate, lastDay } from './partial-dates.ts';
import type { Holder } from './schema.ts';
import { termStatus, termsOverlap } from './terms.ts';

describe('partial dates', () => {
  it('stand for every day they may be', () => {
    expect([firstDay('2016'), lastDay('2016')]).toEqual(['2016-01-01', '2016-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02'), lastDay('2023-02')]).toEqual([
      '2024-02-01',
      '2024-02-29',
      '2023-02-28',
    ]);
    expect([firstDay('2017-01-30'), lastDay('2017-01-30')]).toEqual(['2017-01-30', '2017-01-30']);
  });

  it('are on the calendar', () => {
    expect(['2024-02-29', '2016', '2016-12'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '2016-13', '16-01-01', '2016-1-1', ''].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('termStatus', () => {
  const exact: Holder = { person: 'p', start: '2017-01-20', end: '2021-01-20' };
  const yearly: Holder = { person: 'p', start: '2016', end: '2021-12' };
  const open: Holder = { person: 'p', start: '2022-01-01', confirmedThrough: '2025-04' };
  const startless: Holder = {
    person: 'p',
    confirmedFrom: '2024-06',
    confirmedThrough: '2025-04',
    note: 'n',
  };

  it('runs from the start day up to, not including, the end day', () => {
    expect(
      ['2017-01-19', '2017-01-20', '2021-01-19', '2021-01-20'].map((d) => termStatus(exact, d)),
    ).toEqual(['out', 'in', 'in', 'out']);
  });

  it('is unknown where a partial date leaves the day open', () => {
    expect(
      ['2015-12-31', '2016-06-01', '2017-01-01', '2021-11-30', '2021-12-15', '2022-01-01'].map(
        (d) => termStatus(yearly, d),
      ),
    ).toEqual(['out', 'unknown', 'in', 'in', 'unknown', 'out']);
  });

  it('is unknown after the last confirmed date of an open term, and before the first of a start-less one', () => {
    expect(
      ['2021-12-31', '2022-01-01', '2025-04-01', '2025-04-02', '2030'].map((d) =>
        termStatus(open, d),
      ),
    ).toEqual(['out', 'in', 'in', 'unknown', 'unknown']);
    expect(
      ['2010', '2024-06-15', '2024-06-30', '2025-01'].map((d) => termStatus(startless, d)),
    ).toEqual(['unknown', 'unknown', 'in', 'in']);
  });

  it('asks about a partial date as every day of it', () => {
    expect([
      termStatus(exact, '2018'),
      termStatus(exact, '2017'),
      termStatus(exact, '2022'),
    ]).toEqual(['in', 'unknown', 'out']);
  });

  it('is unknown for a date that is not one', () => {
    expect(termStatus(exact, '2018-02-30')).toBe('unknown');
    expect(termStatus(exact, 'yesterday')).toBe('unknown');
  });
});

describe('termsOverlap', () => {
  it('compares at the precision both dates have', () => {
    expect(
      termsOverlap(
        { person: 'a', start: '2016', end: '2021-12' },
        { person: 'b', start: '2021-12-13' },
      ),
    ).toBe(false);
    expect(
      termsOverlap(
        { person: 'a', start: '2016', end: '2021-12' },
        { person: 'b', start: '2021-11' },
      ),
    ).toBe(true);
    expect(
      termsOverlap(
        { person: 'a', start: '2016', confirmedThrough: '2020' },
        { person: 'b', start: '2021' },
      ),
    ).toBe(true);
    expect(
      termsOverlap(
        { person: 'a', confirmedFrom: '2020', note: 'n', end: '2022' },
        { person: 'b', start: '2010', end: '2019' },
      ),
    ).toBe(false);
  });
});
