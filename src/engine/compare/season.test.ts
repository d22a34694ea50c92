/**
 * "Last summer", "this past winter" counted back from the page's date (season.ts, compare-recency.ts), on the
 * invented story (Mayor Ida Marsh's press conference on 12 June 2024).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { lastSeasonWindow, thisSeasonWindow } from './season.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string, pageDate: string) => compareSentence(sentence, record, pageDate);

describe('lastSeasonWindow', () => {
  it('is the latest such season ended before the page, with a month either side', () => {
    expect(lastSeasonWindow('summer', '2025-03-01')?.shown).toBe('June to August 2024');
    expect(lastSeasonWindow('winter', '2025-06-01')?.shown).toBe('December 2024 to February 2025');
  });

  it('allows the year before as well within the season or the month after it', () => {
    expect(lastSeasonWindow('summer', '2025-09-10')?.shown).toBe(
      'June to August 2024 or June to August 2025',
    );
    expect(lastSeasonWindow('summer', '2025-09-10')?.ahead).toBe(-1);
  });
});

describe('compareSentence: "last <season>" against the page\'s date', () => {
  const said = 'Last summer, Mayor Ida Marsh spoke about the raid at a press conference.';

  it('agrees when the season holds the event', () => {
    expect(compare(said, '2025-02-10')?.outcome).toBe('agrees');
    expect(
      compare(
        'This past summer, Mayor Ida Marsh spoke about the raid at a press conference.',
        '2024-07-20',
      )?.outcome,
    ).toBe('agrees');
  });

  it('is an old story told as new when the season counted from the page is years later', () => {
    const result = compare(said, '2027-02-10');
    expect(result).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'when', page: 'Last summer' }],
    });
    expect(result?.explanation).toMatch(
      /which is not “last summer” \(June to August 2026, counted from the page's date\)/,
    );
  });
});

describe('compareSentence: "last <season>" that is no season counted from the page', () => {
  it('says nothing of a noun\'s "last fall" or a bound', () => {
    expect(
      compare(
        'Mayor Ida Marsh spoke about the raid at a press conference after her last fall on the ice.',
        '2027-02-10',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'Since last summer, Mayor Ida Marsh has spoken about the raid at a press conference.',
        '2027-02-10',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('thisSeasonWindow', () => {
  it("is the season of the page's own year: the one it falls in, gone by, or to come", () => {
    expect(thisSeasonWindow('summer', '2025-07-10')?.shown).toBe('June to August 2025');
    expect(thisSeasonWindow('summer', '2025-10-09')?.shown).toBe('June to August 2025');
    expect(thisSeasonWindow('summer', '2025-03-01')?.shown).toBe('June to August 2025');
    expect(thisSeasonWindow('winter', '2025-01-20')?.shown).toBe('December 2024 to February 2025');
    expect(thisSeasonWindow('winter', '2025-04-01')?.shown).toBe('December 2024 to February 2025');
    expect(thisSeasonWindow('winter', '2025-10-20')?.shown).toBe('December 2025 to February 2026');
  });
});

describe('compareSentence: "this <season>" against the page\'s date', () => {
  const said = 'This summer, Mayor Ida Marsh spoke about the raid at a press conference.';

  it('agrees when the season holds the event', () => {
    expect(compare(said, '2024-10-01')?.outcome).toBe('agrees');
    expect(
      compare(
        'Earlier this summer, Mayor Ida Marsh spoke about the raid at a press conference.',
        '2024-07-20',
      )?.outcome,
    ).toBe('agrees');
  });

  it("conflicts when the season of the page's year does not hold it", () => {
    expect(compare(said, '2025-10-01')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'when', page: 'This summer' }],
    });
    expect(
      compare(
        'This winter, Mayor Ida Marsh spoke about the raid at a press conference.',
        '2024-11-20',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'when' }] });
  });

  it('says nothing of a bound ("since this spring")', () => {
    expect(
      compare(
        'Since this spring, Mayor Ida Marsh has spoken about the raid at a press conference.',
        '2026-10-01',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
