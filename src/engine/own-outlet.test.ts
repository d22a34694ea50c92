/**
 * A page crediting its own outlet (analyze.ts, outlet-credit.ts isOwnOutlet):
 * on the invented story with its reporting (test-story.ts outletPack), the
 * Kells Courier is not the outlet the record has first reporting the raid, so
 * a page crediting it with the first report is wrong, unless the page is the
 * Courier's own.
 */
import { describe, expect, it } from 'vitest';
import { isOwnOutlet } from './compare/outlet-credit.ts';
import { outletPack } from './compare/test-story.ts';
import { analyzeText, indexPacks } from './index.ts';

const { pack, world } = outletPack();
const index = indexPacks([pack], { world });
const page = [
  'Dawn raid in Port Alder',
  'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn.',
  'The Kells Courier first reported that Harbor Unit officers raided the warehouse on Quay Street.',
].join('\n');
const verdict = (outlets?: string[]) =>
  analyzeText(page, index, { today: '2024-06-20', ...(outlets ? { outlets } : {}) }).findings.find(
    (f) => f.text.includes('Kells Courier'),
  )?.verdict;

describe("the page's own outlet", () => {
  it('the first report of the raid credited to another outlet is wrong on any other page', () => {
    expect(verdict()).toBe('discrepant');
    expect(verdict(['Tidewatch'])).toBe('discrepant');
  });

  it("on the outlet's own page (its site name, or its address) it is only unverified", () => {
    expect(verdict(['The Kells Courier'])).toBe('unverified');
    expect(verdict(['kellscourier'])).toBe('unverified');
  });

  it('matches the names a page gives itself', () => {
    expect(isOwnOutlet('the Courier', ['The Kells Courier'])).toBe(true);
    expect(isOwnOutlet('Kells Courier', ['kellscourier'])).toBe(true);
    expect(isOwnOutlet('Kells Courier', ['The Kells Gazette'])).toBe(false);
    expect(isOwnOutlet('Brackwater Post', ['The Kells Post'])).toBe(false);
  });
});

describe('a sentence crediting what the sentence before told of', () => {
  const findings = (lines: string[]) =>
    analyzeText(['Dawn raid in Port Alder', ...lines].join('\n'), index, { today: '2024-06-20' })
      .findings;
  const verdictOf = (lines: string[], fragment: string) =>
    findings(lines).find((f) => f.text.includes(fragment))?.verdict;

  // A statement the record has one outlet printing, said printed by another: wrong (statement-print.ts). Any other event
  // credited to another outlet is not confirmed (outlets re-report), never wrong; it is never green either.
  it('"The statement was printed by X" after a sentence about the briefing: X against the outlet the record has printing it', () => {
    const lines = [
      'Mayor Ida Marsh spoke about the raid at a briefing on June 12.',
      'The statement was printed by the newspaper Brackwater Lantern.',
    ];
    expect(verdictOf(lines, 'Brackwater Lantern')).toBe('discrepant');
    expect(findings(lines).find((f) => f.text.includes('Brackwater Lantern'))?.explanation).toBe(
      'The record has the statement printed by Alder Ledger, not Brackwater Lantern.',
    );
    // "reported it" after the raid, which is no statement: whatever the sentence before told of, not confirmed.
    expect(
      verdictOf(
        [
          'Harbor Unit officers raided a warehouse on Quay Street.',
          'The Brackwater Sentinel reported it the same day.',
        ],
        'Brackwater Sentinel',
      ),
    ).toBe('unverified');
    // Over one sentence that places nothing ("She said that …").
    expect(
      verdictOf(
        [
          'Mayor Ida Marsh spoke about the raid at a briefing on June 12.',
          'She said that it was lawful.',
          'The Brackwater Lantern ran her statement.',
        ],
        'Brackwater Lantern',
      ),
    ).toBe('discrepant');
  });

  it('never a false alarm: the recorded outlet, a statement after a sentence where nobody spoke, two sentences that place nothing, a sentence that places its own event', () => {
    expect(
      verdictOf(
        [
          'Mayor Ida Marsh spoke about the raid at a briefing on June 12.',
          'The statement was printed by the Alder Ledger.',
        ],
        'Alder Ledger',
      ),
    ).toBeUndefined();
    // The heading before it is about the raid, where nobody spoke: "the statement" is not the raid's.
    expect(
      verdictOf(
        ['The statement was printed by the newspaper Brackwater Lantern.'],
        'Brackwater Lantern',
      ),
    ).toBeUndefined();
    expect(
      verdictOf(
        [
          'Mayor Ida Marsh spoke about the raid at a briefing on June 12.',
          'She said that it was lawful.',
          'Others disagreed.',
          'The statement was printed by the newspaper Brackwater Lantern.',
        ],
        'Brackwater Lantern',
      ),
    ).toBeUndefined();
    // The sentence places its own event (the council's vote, which no outlet the record names reported).
    expect(
      verdictOf(
        [
          'Mayor Ida Marsh spoke about the raid at a briefing on June 12.',
          'The statement on the council vote was printed by the newspaper Brackwater Lantern.',
        ],
        'Brackwater Lantern',
      ),
    ).not.toBe('discrepant');
  });

  it('"That statement was released on <day>": the day of the issuing, against the day of what the sentence before told of', () => {
    const spoke = 'Mayor Ida Marsh spoke about the raid at a briefing.';
    expect(
      verdictOf([spoke, 'That statement was released on Friday, June 14.'], 'released on'),
    ).toBe('discrepant');
    expect(
      verdictOf([spoke, 'That statement was issued on Wednesday, June 12.'], 'issued on'),
    ).not.toBe('discrepant');
    // Not the issuing: a report of it may come days later.
    expect(
      verdictOf([spoke, 'That statement was reported on Friday, June 14.'], 'reported on'),
    ).not.toBe('discrepant');
  });
});
