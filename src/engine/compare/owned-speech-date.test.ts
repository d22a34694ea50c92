/**
 * A day between a speaker's possessive and a noun for what they said dates the speaking (owned-speech-date.ts), not
 * the event the words go on to name. Wordings of our own. The embedded Rochester pack: the stop on Monday 24 March
 * 2025; State Sen. Samra Brouk's statement on Saturday 29 March; Sarah Galvan, at the scene, with no speaking of hers
 * recorded.
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
const judge = (sentence: string) => compareSentence(sentence, rochester, '2025-09-01');

describe('a day written before an owned noun of speech', () => {
  it('is the speaker\u2019s day: the right one agrees, though the words go on to name the stop', () => {
    expect(
      judge(
        'The exhibit reprints Senator Samra Brouk\u2019s Saturday, March 29 statement faulting the traffic stop.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      judge('We framed Samra Brouk\u2019s Saturday statement denouncing the van stop.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('a wrong day of the speaker\u2019s is still found, and named as hers', () => {
    const r = judge(
      'The exhibit reprints Senator Samra Brouk\u2019s Thursday, March 27 statement faulting the traffic stop.',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('Saturday 29 March 2025');
    expect(r?.explanation).toContain('Thursday, March 27');
  });

  it('an owner the record has not speaking: the day is nobody\u2019s here, and not the stop\u2019s', () => {
    expect(
      judge('The panel quotes Sarah Galvan\u2019s Friday message about the traffic stop.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('a day of the event itself is still compared', () => {
    expect(
      judge('Samra Brouk\u2019s statement faulted the traffic stop on Friday, March 28.')?.outcome,
    ).toBe('discrepant');
  });
});
