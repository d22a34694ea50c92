import { describe, expect, it } from 'vitest';
import { datesIn, monthDaysIn, writtenDate } from './dates.ts';

const starts = (text: string) => datesIn(text).map((p) => p.start);

describe('datesIn', () => {
  it('reads full dates in either order, with or without commas and ordinals, and ISO dates', () => {
    expect(starts('It happened on March 24, 2025 in the evening.')).toEqual(['2025-03-24']);
    expect(starts('It happened on 24 March 2025.')).toEqual(['2025-03-24']);
    expect(starts('On 3rd Sept. 2016, and on 2016-11-14.')).toEqual(['2016-09-03', '2016-11-14']);
  });

  it('reads a month and a year, and a year after a word of time', () => {
    expect(starts('Back in November 2016, chiefs spoke out.')).toEqual(['2016-11']);
    expect(starts('The policy has stood since 1986.')).toEqual(['1986']);
    expect(starts('In 2024 the city changed course.')).toEqual(['2024']);
  });

  it('keeps the label as the page wrote it', () => {
    expect(datesIn('On March 24, 2025 officers went.')).toEqual([
      { start: '2025-03-24', label: 'March 24, 2025' },
    ]);
  });

  it('takes no bare number for a year, no year that names something else, and no impossible date', () => {
    expect(starts('About 2000 people marched; 1999 signed.')).toEqual([]);
    expect(starts('Before the 2024 election, and in 2024 election coverage.')).toEqual([]);
    expect(starts('On February 30, 2025 nothing happened.')).toEqual([]);
    expect(starts('May 2025 and may 5 be there')).toEqual(['2025-05']);
  });

  it('returns dates in the order the sentence gives them, at most three', () => {
    expect(starts('In 2017, in 2018, in 2019 and in 2020.')).toEqual(['2017', '2018', '2019']);
  });
});

describe('monthDaysIn', () => {
  it('reads a month and day with no year, either way round, and leaves dated days alone', () => {
    expect(monthDaysIn('signed on January 25 and again on 3rd of March')).toEqual([
      '01-25',
      '03-03',
    ]);
    expect(monthDaysIn('signed on January 25, 2017')).toEqual([]);
    expect(monthDaysIn('on February 30')).toEqual([]);
  });
});

describe('writtenDate', () => {
  it('writes a pack date in words, to the precision it has', () => {
    expect(writtenDate('2025-03-26')).toBe('26 March 2025');
    expect(writtenDate('2016-11')).toBe('November 2016');
    expect(writtenDate('2016')).toBe('2016');
  });
});
