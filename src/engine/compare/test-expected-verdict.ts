/** The verdicts expected of sentences that give another outlet or another place than the record, for tests. */
import { expect } from 'vitest';

/** A verdict of `outcome` whose one comparison is the outlet `page` against the Alder Ledger of the record. */
export function outletNotLedger(outcome: 'discrepant' | 'unconfirmed', page: string) {
  return { outcome, comparisons: [{ slot: 'outlet', page, record: 'Alder Ledger' }] };
}

/** A discrepant verdict whose one comparison is of the place, its `side` (the page's or the record's) matching `pattern`. */
export function placeConflict(side: 'page' | 'record', pattern: RegExp) {
  return {
    outcome: 'discrepant',
    comparisons: [
      expect.objectContaining({ slot: 'place', [side]: expect.stringMatching(pattern) }),
    ],
  };
}
