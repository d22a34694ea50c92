import { describe, expect, it } from 'vitest';
import { boundOfSpan, commonDate, resolveDate, weekdayBefore } from './dates.ts';

describe('dates resolved against the report date', () => {
  it("a weekday is the last such day on or before the report (the report's own weekday is that day)", () => {
    expect(weekdayBefore('2026-10-07', 2)).toBe('2026-10-06'); // Tuesday before Wednesday 7 October
    expect(weekdayBefore('2026-10-07', 3)).toBe('2026-10-07');
    expect(weekdayBefore('2026-10-07', 4)).toBe('2026-10-01'); // Thursday: the week before
    expect(resolveDate([], [{ day: 5 }], '2026-10-07')).toMatchObject({ date: '2026-10-02' });
  });

  it('checks a weekday written with a date, and says when they disagree', () => {
    expect(resolveDate([{ year: 2026, month: 10, day: 6 }], [{ day: 2 }], '2026-10-07')).toEqual({
      date: '2026-10-06',
      how: 'a full date, its weekday checked',
    });
    const wrong = resolveDate([{ year: 2026, month: 10, day: 6 }], [{ day: 1 }], '2026-10-07');
    expect(wrong?.conflict).toBe('the sentence says Monday, but 2026-10-06 was a Tuesday');
  });

  it('puts a day or month without a year in the last year that keeps it on or before the report', () => {
    expect(resolveDate([{ month: 12, day: 30 }], [], '2026-01-04')?.date).toBe('2025-12-30');
    expect(resolveDate([{ month: 8, relation: 'in' }], [], '2026-10-07')?.date).toBe('2026-08');
    expect(resolveDate([{ month: 11, relation: 'in' }], [], '2026-10-07')?.date).toBe('2025-11');
    expect(resolveDate([{ year: 2019, relation: 'in' }], [], '2026-10-07')?.date).toBe('2019');
  });

  it('reads nothing where the sentence gives no date, or only a weekday and the report has no date', () => {
    expect(resolveDate([], [], '2026-10-07')).toBeNull();
    expect(resolveDate([], [{ day: 2 }], undefined)).toBeNull();
    expect(resolveDate([{ month: 10, day: 6, relation: 'before' }], [], '2026-10-07')).toBeNull();
  });

  it('keeps what two dates share', () => {
    expect(commonDate('2026-10-06', '2026-10-07')).toBe('2026-10');
    expect(commonDate('2026-10-06', '2026-10')).toBe('2026-10');
    expect(commonDate('2026-10-06', '2025-10-06')).toBeNull();
  });
});

describe('days ahead and bounds of a stretch of time', () => {
  it("keeps a day and month after the report in the report's year when the weekday printed with it is that year's", () => {
    // Friday 16 October 2026 (a Friday), in a report of 8 October 2026: not 16 October 2025 (a Thursday).
    expect(resolveDate([{ month: 10, day: 16 }], [{ day: 5 }], '2026-10-08')).toMatchObject({
      date: '2026-10-16',
    });
    expect(
      resolveDate([{ month: 10, day: 16 }], [{ day: 5 }], '2026-10-08')?.conflict,
    ).toBeUndefined();
    // With no weekday, or with the year before's weekday, the last such day on or before the report.
    expect(resolveDate([{ month: 10, day: 16 }], [], '2026-10-08')?.date).toBe('2025-10-16');
    expect(resolveDate([{ month: 10, day: 16 }], [{ day: 4 }], '2026-10-08')?.date).toBe(
      '2025-10-16',
    );
  });

  it('takes "through", "until", "since" and "starting" before a day as the bound of a stretch, not the day of an event', () => {
    expect(boundOfSpan('suspended all trips through Friday, ')).toBe(true);
    expect(boundOfSpan('the road stays closed until ')).toBe(true);
    expect(boundOfSpan('four round trips a day starting ')).toBe(true);
    expect(boundOfSpan('the crash on ')).toBe(false);
    expect(boundOfSpan('released by ')).toBe(false);
  });
});
