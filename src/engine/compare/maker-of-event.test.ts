/**
 * Who made what a clause's words name ("signed", "proposed", "put forward"): read against those events, not against the
 * named person's own other events (embedded Rochester record: then-Mayor Lovely Warren proposed Resolution 2017-5; the
 * nine council members signed the 2025 proclamation; Mayor Malik Evans held a roundtable the same day).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const outcome = (s: string) => compareSentence(s, rochester, '2025-05-01')?.outcome;

describe('the maker of an event the words name', () => {
  it.each([
    'Malik Evans signed the 2017 resolution.',
    'Malik Evans proposed the 2017 resolution.',
    'Malik Evans signed the proclamation.',
  ])('is never confirmed by the person’s own other events: %s', (s) => {
    expect(outcome(s)).not.toBe('agrees');
  });

  it('is wrong when the title the page gives was another’s at the event’s time', () => {
    expect(outcome('The 2017 resolution was put forward by then-Mayor Malik Evans.')).toBe(
      'discrepant',
    );
  });

  it.each([
    'Then-Mayor Lovely Warren proposed the 2017 resolution.',
    'The 2017 resolution was put forward by Mayor Lovely Warren.',
    'Evans held a community roundtable.',
  ])('agrees with the recorded maker: %s', (s) => {
    expect(outcome(s)).toBe('agrees');
  });
});
