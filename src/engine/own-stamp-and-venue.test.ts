/**
 * Two readings a blind page showed wrong (the embedded pack): a line saying when the page itself went out
 * ("sent Thursday evening", on a page dated that Thursday) stamps the page and tells nothing of the story;
 * a name inside a possessive phrase after a preposition ("at yesterday's White House briefing Homan said")
 * is the venue, not who spoke.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.ts';
import { embeddedIndex, ROCHESTER_PAGE } from './test-embedded-page.ts';

const index = embeddedIndex();
const head = ROCHESTER_PAGE;
const finding = (line: string, fragment: string, published: string) =>
  analyzeText(`${head}\n${line}`, index, { today: '2026-11-21', published }).findings.find((f) =>
    f.text.includes(fragment),
  );

describe('a line stamping when the page went out', () => {
  it('is no claim when the day is the page\u2019s own', () => {
    expect(
      finding(
        'Campaign email to supporters, sent Thursday evening by the campaign team.',
        'supporters',
        '2025-03-27',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      finding('Posted Thursday by the newsroom staff.', 'newsroom', '2025-03-27')?.verdict,
    ).not.toBe('discrepant');
  });

  it('still compares a story event\u2019s day told with the same words', () => {
    expect(
      finding(
        'The mayor and the chief held their press conference on Thursday, March 27.',
        'Thursday, March 27',
        '2025-03-27',
      )?.verdict,
    ).toBe('discrepant');
  });
});

describe('a name inside a possessive phrase after a preposition', () => {
  // (The briefing's venue is in the pack since this fix: "at an FBI briefing" is now another venue, rightly flagged.)
  it('is not who spoke', () => {
    const f = finding(
      'At yesterday\u2019s White House briefing Homan said the Rochester officers "got disciplined."',
      'briefing',
      '2025-04-29',
    );
    expect(f?.verdict).not.toBe('discrepant');
    expect(f?.explanation ?? '').not.toMatch(/not White House/);
  });
});
