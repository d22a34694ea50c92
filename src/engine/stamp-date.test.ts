import { describe, expect, it } from 'vitest';
import { noClaimSpans } from './no-claim-spans.ts';

const blanked = (s: string, page: string) => noClaimSpans(s, page).map(([a, b]) => s.slice(a, b));

describe('a posting stamp by its full date', () => {
  it('is no claim when the date is the page\u2019s own', () => {
    expect(
      blanked('Posted March 20, 2026, ahead of the first public screening', '2026-03-20'),
    ).toEqual(['Posted March 20, 2026']);
    expect(
      blanked(
        'Voter Guide \u00b7 Published May 20, 2025 \u00b7 Answers are printed as submitted',
        '2025-05-20',
      ),
    ).toEqual(['Published May 20, 2025']);
    expect(blanked('Last updated on 2 April 2025 at noon.', '2025-04-02')).toEqual([
      'updated on 2 April 2025',
    ]);
  });

  it('is a claim on another day, and a date of the story stays one', () => {
    expect(blanked('Homan posted March 28, 2025 that help was coming.', '2026-03-20')).toEqual([]);
    expect(blanked('The video was posted March 20, 2026.', '2026-04-01')).toEqual([]);
  });
});
