/**
 * "…, who had by then been in office for weeks": a person told as in office at the time of the event the clause before
 * told of, where the world file has that person taking office only later (in-office-then.ts). The police-chiefs
 * record: LAPD Chief Beck spoke to the Los Angeles Times on Monday 14 November 2016 (sources.md C6); the world file
 * has Donald Trump taking office as president on 20 January 2017.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const chiefs = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, chiefs, '2019-06-01');

describe('in office at the time of an earlier-told event', () => {
  it('is wrong when the person took office only later', () => {
    expect(
      compare(
        'The LAPD chief gave his interview to the Los Angeles Times as a rebuke to Trump, who had already been in office for a month.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'when' }] });
    expect(
      compare(
        'Beck spoke to the Los Angeles Times that Monday, and by then Donald Trump had been in power for two weeks.',
      )?.outcome,
    ).toBe('discrepant');
  });
  it('a denial, the present perfect, or no earlier-told event is never discrepant', () => {
    for (const s of [
      'The LAPD chief gave his interview to the Los Angeles Times as a rebuke to Trump, who had not yet been in office.',
      'The LAPD chief gave his interview to the Los Angeles Times as a rebuke to Trump, who has been in office for years since.',
      'Trump, who had been in office for a month, signed the orders.',
      'The LAPD chief gave his interview to the Los Angeles Times as a rebuke to Trump, who had won the election days before.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
