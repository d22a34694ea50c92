/**
 * An outlet named as a journalist's employer (staff-outlet.ts, compareStaff in compare-outlet.ts), on the embedded
 * Rochester pack: Brett Davidsen interviewed Tom Homan for WHEC (News10NBC) in April 2025 (sources.md B28).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const compare = (sentence: string) =>
  compareSentence(sentence, rochester, '2025-06-01', { page: sentence });

describe('the outlet a journalist of the story works for', () => {
  it.each([
    [
      'In April he told WXXI\u2019s Brett Davidsen he didn\u2019t believe RPD had taken the lead at all.',
      'WXXI',
    ],
    ['Homan sat down with WXXI reporter Brett Davidsen.', 'WXXI'],
    [
      'The border czar, speaking to WXXI\u2019s own Brett Davidsen, said he would come to Rochester.',
      'WXXI',
    ],
    ['It was Spectrum News anchor Brett Davidsen who pressed him on the stop.', 'Spectrum News'],
    ['Brett Davidsen, a WXXI reporter, pressed the border czar on the stop.', 'WXXI'],
    ['Homan answered Brett Davidsen, a Spectrum News staff reporter.', 'Spectrum News'],
    ['Brett Davidsen, WXXI\u2019s reporter, pressed the border czar on the stop.', 'WXXI'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page, record: 'WHEC-TV' }],
    });
  });

  it('names the journalist and both outlets', () => {
    expect(compare('Homan sat down with WXXI reporter Brett Davidsen.')?.explanation).toBe(
      'The record has Brett Davidsen working for WHEC-TV, not WXXI.',
    );
  });

  it('agrees with the recorded outlet under any of its names, and leaves other outlets of the clause alone', () => {
    for (const sentence of [
      'In April he told WHEC\u2019s Brett Davidsen he didn\u2019t believe RPD had taken the lead at all.',
      'Homan sat down with News10NBC reporter Brett Davidsen.',
      'Brett Davidsen of WHEC asked the border czar about the stop.',
      'WHEC\u2019s Brett Davidsen asked him whether RPD took the lead.',
      // WXXI is what someone read, not Davidsen's employer.
      'Brett Davidsen said he had read WXXI\u2019s account of the stop.',
      'Brett Davidsen, a WHEC reporter, pressed the border czar on the stop.',
      // A former employer, or a noun phrase that goes on: not plainly where he worked then.
      'Brett Davidsen, a former WXXI reporter, pressed the border czar on the stop.',
      'Brett Davidsen, a WXXI reporter\u2019s guest, pressed the border czar on the stop.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});
