/** "last <month>" counted back from the page's date (last-month.ts). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { buildGazetteer, readSentence } from '../read/index.ts';
import { lastMonthYear, withLastMonths } from './last-month.ts';

const dates = (sentence: string, pageDate?: string) =>
  withLastMonths(readSentence(sentence, buildGazetteer([])), sentence, pageDate).flatMap((c) =>
    c.mentions.filter((m) => m.type === 'date').map((m) => ({ text: m.text, ...m.value })),
  );

describe('last <month>', () => {
  it("is the latest such month before the page's month", () => {
    expect(lastMonthYear(11, '2025-10-06')).toBe(2024);
    expect(lastMonthYear(3, '2025-10-06')).toBe(2025);
    expect(lastMonthYear(10, '2025-10-06')).toBeNull();
    expect(dates('The council spoke out last November.', '2025-10-06')).toEqual([
      { text: 'last November', year: 2024, month: 11, counted: true },
    ]);
    expect(dates('This past March the council voted.', '2025-10-06')).toEqual([
      { text: 'This past March', year: 2025, month: 3, counted: true },
    ]);
    // "from" gives a time, not a span's start, when no end follows.
    expect(
      dates('The pictures from this past March still hang in the hall.', '2025-10-06'),
    ).toEqual([{ text: 'this past March', year: 2025, month: 3, counted: true }]);
  });

  it("leaves bounds, another noun's month, a written date and an undated page alone", () => {
    expect(dates('The council spoke out last November.')).toEqual([]);
    expect(dates('The council has met since last November.', '2025-10-06')).toEqual([]);
    expect(dates('The council met weekly from last May to July.', '2025-10-06')).toEqual([]);
    expect(dates("The council met after last November's election.", '2025-10-06')).toEqual([]);
    expect(dates('The last May of his term was quiet.', '2025-10-06')).toEqual([]);
    expect(dates('The council met last November 4.', '2025-10-06').some((d) => d.counted)).toBe(
      false,
    );
    expect(dates('The council met last week.', '2025-10-06')).toEqual([]);
  });
});
