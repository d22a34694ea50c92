import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importClaimReview } from './claimreview.ts';
import { STOP_WORDS } from './stop-words.ts';

const feed = JSON.parse(readFileSync('test/fixtures/claimreview/datafeed.json', 'utf8'));

describe('STOP_WORDS', () => {
  it('holds common words that name no claim, in lower case', () => {
    for (const word of ['that', 'their', 'which', 'said', 'also'])
      expect(STOP_WORDS.has(word)).toBe(true);
    expect([...STOP_WORDS].every((word) => word === word.toLowerCase())).toBe(true);
    expect(STOP_WORDS.has('bridge')).toBe(false);
  });

  it("leaves the shared stop words and ClaimReview's own out of an imported claim's cues", () => {
    const item = structuredClone(feed.dataFeedElement[1].item);
    item.claimReviewed = 'Officials said their harbour would close after these claims about tolls';
    const cues = importClaimReview(item).pack?.stories[0]?.recognition.cues ?? [];
    expect(cues.flatMap((cue) => (cue.id === 'claimant' ? [] : cue.terms))).toEqual([
      'officials',
      'harbour',
      'close',
      'tolls',
    ]);
  });
});
