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

describe("a line of the page's own schedule", () => {
  it('is no claim: a weekday, a label, its clock time in brackets and a colon', () => {
    expect(blanked('Thursday truck unload (10:00): Gary, Dave P.', '2025-03-29')).toEqual([
      'Thursday truck unload (10:00): Gary, Dave P.',
    ]);
    expect(
      blanked('Tuesdays van pickup (9 to 11 a.m.): Rosa, two spots open', '2025-03-29'),
    ).toHaveLength(1);
  });

  it('a sentence that only opens on a weekday and a time, or has no bracketed clock, is judged', () => {
    expect(blanked('Thursday (6 p.m.): the van was stopped on Elm Street.', '2025-03-29')).toEqual(
      [],
    );
    expect(
      blanked('Thursday the truck was stopped at 10:00: agents took two men.', '2025-03-29'),
    ).toEqual([]);
  });
});
