/** Time counted from the page's own date, on the invented story (briefing on 12 June 2024). */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string, pageDate: string) => compareSentence(sentence, record, pageDate);

describe('compareSentence: "this week", "yesterday" against the page\'s date', () => {
  it('agrees on a page from the event\'s own days', () => {
    expect(compare('At a press conference this week, Mayor Ida Marsh spoke about the raid.', '2024-06-14')?.outcome).toBe('agrees');
    expect(compare('At a press conference yesterday, Mayor Ida Marsh spoke about the raid.', '2024-06-13')?.outcome).toBe('agrees');
  });

  it('is wrong on a page dated long after: an old story told as new', () => {
    const result = compare('At a press conference this week, Mayor Ida Marsh spoke about the raid.', '2025-09-01');
    expect(result).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'when', page: 'this week' }] });
    expect(result?.explanation).toMatch(/^The page speaks from .*2025; the record dates it .*2024, which is not “this week”/);
    expect(compare('At a press conference two months ago, Mayor Ida Marsh spoke about the raid.', '2024-06-20')?.outcome).toBe('discrepant');
  });

  it('says nothing without a linked event or a page date', () => {
    expect(compare('This week the mood in Kells was tense.', '2025-09-01')?.outcome).not.toBe('discrepant');
    expect(compareSentence('At a press conference this week, Mayor Ida Marsh spoke about the raid.', record, undefined)?.outcome).not.toBe('discrepant');
  });
});
