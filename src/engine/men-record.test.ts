/**
 * The men's criminal record, on which the sources disagree (sources.md B12: WXXI reported no known criminal record;
 * the Justice Department says the driver had been deported before and charged him with illegal re-entry): the
 * pack's unverified claim keeps any statement of it from green, and never calls it wrong.
 */
import { describe, expect, it } from 'vitest';
import { rochesterVerdict } from './test-embedded-page.ts';

describe('a record the sources disagree on', () => {
  it.each([
    'The three men taken into custody had no criminal record.',
    'None of the men had any prior convictions, according to one station.',
    'The driver had a clean record.',
    'WXXI reported that the men had no known criminal record.',
  ])('is unverified, never discrepant: %s', (line) => {
    expect(rochesterVerdict(line)).toBe('unverified');
  });
});
