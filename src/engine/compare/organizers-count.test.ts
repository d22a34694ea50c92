/** A count given as organizers' own estimate is theirs, not the page's (compare-values.ts; embedded 2025 record: about 100 protesters at City Hall on 31 March). */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const record = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.events?.some((e) => e.id === 'protest'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, record, '2025-04-02');

describe('a crowd counted by its organizers', () => {
  it('is not confirmed, never wrong', () => {
    expect(
      compare('Organizers of the protest at City Hall put their crowd at several hundred.')
        ?.outcome,
    ).toBe('unconfirmed');
    expect(
      compare('According to organizers, about 400 protesters rallied at City Hall.')?.outcome,
    ).toBe('unconfirmed');
  });
  it('nor a count where the clause puts the crowd at a linked event that counts no one', () => {
    // The 29 April protests at the Public Safety Building record no count; the 31 March one at City Hall does.
    expect(
      compare('Several hundred people protested outside the Public Safety Building that afternoon.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Several hundred people protested at City Hall on March 31.')?.outcome).toBe(
      'discrepant',
    );
  });
  it('while the page\u2019s own count is compared', () => {
    expect(compare('About 400 protesters rallied at City Hall on March 31.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: '400' }],
    });
  });
});
