import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../engine/index.ts';
import { exportClaimReview, importClaimReview, verdictForRating } from './claimreview.ts';
import { loadEmbeddedPack } from './embedded.ts';
import { parsePack } from './parse-pack.ts';

const feed = JSON.parse(readFileSync('test/fixtures/claimreview/datafeed.json', 'utf8'));

describe('importClaimReview', () => {
  const result = importClaimReview(feed, { id: 'example-desk', publisher: 'Example Fact Desk', today: '2026-11-21' });

  it('imports every usable ClaimReview from a DataFeed and says why it skipped the rest', () => {
    expect(result.imported).toBe(2);
    expect(result.skipped).toEqual([{ index: 2, reason: 'no https url for the review' }]);
    expect(result.pack && parsePack(result.pack).ok).toBe(true);
  });

  it('keeps the claim, the rating, the reviewer, the claimant and where the claim appeared', () => {
    const review = result.pack?.stories[0]?.reviews?.[0];
    expect(review).toMatchObject({
      claim: 'The Harbour Bridge will be closed to traffic permanently starting next month.',
      claimant: 'A viral post',
      rating: { label: 'False', value: 1, best: 5, worst: 1 },
      verdict: 'discrepant',
      reviewer: 'Example Fact Desk',
      url: 'https://factcheck.example/reviews/harbour-bridge-closed-forever',
      date: '2026-05-04',
      appearances: ['https://social.example/post/123'],
    });
    expect(result.pack?.stories[0]?.timeContext).toMatchObject({ start: '2026-05-01', end: '2026-05-04' });
  });

  it('accepts a single item, an array and an @graph', () => {
    const item = feed.dataFeedElement[1].item;
    expect(importClaimReview(item).imported).toBe(1);
    expect(importClaimReview([item, item]).imported).toBe(2);
    expect(importClaimReview({ '@graph': [{ '@type': 'WebPage' }, item] }).imported).toBe(1);
  });

  it('imports nothing from junk, without throwing', () => {
    for (const junk of [null, 1, 'x', [], {}, { '@type': 'ClaimReview' }, { dataFeedElement: 'no' }]) {
      expect(importClaimReview(junk)).toMatchObject({ pack: null, imported: 0 });
    }
  });

  it('lets the engine flag a page that repeats a claim rated false', () => {
    const index = indexPacks([result.pack!]);
    const text = 'Drivers are worried. The Harbour Bridge will be closed to traffic permanently starting next month, a post said.';
    const analysis = analyzeText(text, index);
    expect(analysis.story?.storyId).toMatch(/^cr-/);
    expect(analysis.findings).toMatchObject([{ verdict: 'discrepant', claimId: expect.stringMatching(/^review:/) }]);
    expect(analysis.findings[0]?.sources[0]?.url).toBe('https://factcheck.example/reviews/harbour-bridge-closed-forever');
  });
});

describe('verdictForRating', () => {
  it('trusts only clear labels', () => {
    expect(verdictForRating('False')).toBe('discrepant');
    expect(verdictForRating('Pants on Fire!')).toBe('discrepant');
    expect(verdictForRating('True')).toBe('consistent');
    expect(verdictForRating('Mostly false')).toBe('unverified');
    expect(verdictForRating('Half true')).toBe('unverified');
    expect(verdictForRating('Missing context')).toBe('unverified');
    expect(verdictForRating('Misleading')).toBe('unverified');
  });

  it('reads a numeric rating only at the ends of its scale', () => {
    expect(verdictForRating('', 1, 5, 1)).toBe('discrepant');
    expect(verdictForRating('', 5, 5, 1)).toBe('consistent');
    expect(verdictForRating('', 3, 5, 1)).toBe('unverified');
  });
});

describe('exportClaimReview', () => {
  it('round-trips imported reviews', () => {
    const first = importClaimReview(feed, { today: '2026-11-21' });
    const again = importClaimReview(exportClaimReview(first.pack!), { today: '2026-11-21' });
    expect(again.pack?.stories.map((s) => s.reviews)).toEqual(first.pack?.stories.map((s) => s.reviews));
  });

  it('exports the distortions the embedded pack documents, each with its evidence', () => {
    const items = exportClaimReview(loadEmbeddedPack());
    const claims = items.map((i) => i.claimReviewed);
    expect(claims).toContain('Eight people were arrested at the Rochester stop.');
    expect(claims).toContain('Rochester officers were fired over the Border Patrol stop.');
    expect(claims.some((c) => String(c).startsWith('Malik Evans said:'))).toBe(true);
    for (const item of items) {
      expect(item).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', reviewRating: { '@type': 'Rating' } });
      expect((item.citation as string[]).every((url) => url.startsWith('https://'))).toBe(true);
    }
  });
});
