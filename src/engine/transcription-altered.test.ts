/**
 * A quote near another outlet's transcription of a recorded quote, with changed words, is altered (issue 15's rule),
 * as near the record's own text is: the transcription is the speaker's words too (embedded pack; the chief's words
 * are printed whole by one outlet and with an ellipsis over a sentence by another).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEmbeddedPage, ROCHESTER_PAGE } from './test-embedded-page.ts';

const finding = (line: string) =>
  analyzeEmbeddedPage(ROCHESTER_PAGE, line, {
    today: '2026-11-21',
    published: '2025-03-29',
  }).findings.find((f) => f.text === line);

describe('changed words in a quote near a transcription', () => {
  it('are altered, with the word diff', () => {
    const f = finding(
      'Chief Smith\u2019s remark has been corrected to read: \u201CWe are not to be handcuffing subjects, and we are never going to arrest anyone for Border Patrol.\u201D',
    );
    expect(f?.verdict).toBe('discrepant');
    expect(f?.diff?.join('; ')).toContain('never');
    expect(
      finding(
        '\u201CWe are not to be handcuffing subjects, and we will absolutely not be detaining them or putting them into our jails,\u201D Smith told reporters.',
      )?.verdict,
    ).toBe('discrepant');
  });
  it('the transcription itself, or the record\u2019s words, are not', () => {
    expect(
      finding(
        '\u201CWe are not to be handcuffing subjects\u2026 and we are absolutely not going to be detaining them or putting them into our cars,\u201D Smith said.',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      finding(
        'Smith said: \u201CWe are not to be handcuffing subjects. We are not to be doing pat frisks on subjects, and we are absolutely not going to be detaining them or putting them into our cars.\u201D',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      finding(
        '\u201COur policy is crystal clear, city police officers do not help or participate in federal immigration activities,\u201D Evans said.',
      )?.verdict,
    ).not.toBe('discrepant');
  });
});
