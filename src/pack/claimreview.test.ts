import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../engine/index.ts';
import {
  exportClaimReview,
  importClaimReview,
  standalone,
  summarizeSkipped,
  verdictForRating,
} from './claimreview.ts';
import { loadEmbeddedPack } from './embedded.ts';
import { parsePack } from './parse-pack.ts';
import type { ClaimPack, Source } from './schema.ts';

const feed = JSON.parse(readFileSync('test/fixtures/claimreview/datafeed.json', 'utf8'));

describe('importClaimReview', () => {
  const result = importClaimReview(feed, {
    id: 'example-desk',
    publisher: 'Example Fact Desk',
    today: '2026-11-21',
  });

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
    expect(result.pack?.stories[0]?.timeContext).toMatchObject({
      start: '2026-05-01',
      end: '2026-05-04',
    });
  });

  it('accepts a single item, an array and an @graph', () => {
    const item = feed.dataFeedElement[1].item;
    expect(importClaimReview(item).imported).toBe(1);
    expect(importClaimReview([item, item]).imported).toBe(2);
    expect(importClaimReview({ '@graph': [{ '@type': 'WebPage' }, item] }).imported).toBe(1);
  });

  it('imports nothing from junk, without throwing', () => {
    for (const junk of [
      null,
      1,
      'x',
      [],
      {},
      { '@type': 'ClaimReview' },
      { dataFeedElement: 'no' },
    ]) {
      expect(importClaimReview(junk)).toMatchObject({ pack: null, imported: 0 });
    }
  });

  it('lets the engine flag a page that repeats a claim rated false', () => {
    const index = indexPacks([result.pack!]);
    const text =
      'Drivers are worried. The Harbour Bridge will be closed to traffic permanently starting next month, a post said.';
    const analysis = analyzeText(text, index);
    expect(analysis.story?.storyId).toMatch(/^cr-/);
    expect(analysis.findings).toMatchObject([
      { verdict: 'discrepant', claimId: expect.stringMatching(/^review:/) },
    ]);
    expect(analysis.findings[0]?.sources[0]?.url).toBe(
      'https://factcheck.example/reviews/harbour-bridge-closed-forever',
    );
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

type Json = Record<string, unknown>;
const embedded = loadEmbeddedPack();
/** What a source says, without the ids and kinds a pack gives it. */
const report = (s: Source) => ({
  publisher: s.publisher,
  headline: s.headline,
  date: s.date,
  author: s.author,
  url: s.url,
  urlConfirmed: s.urlConfirmed,
  urlNote: s.urlNote,
});

describe('exportClaimReview', () => {
  it('round-trips imported reviews', () => {
    const first = importClaimReview(feed, { today: '2026-11-21' });
    const again = importClaimReview(exportClaimReview(first.pack!), { today: '2026-11-21' });
    expect(again.pack?.stories.map((s) => s.reviews)).toEqual(
      first.pack?.stories.map((s) => s.reviews),
    );
  });

  it('exports the distortions the embedded pack documents, each with its evidence', () => {
    const items = exportClaimReview(embedded);
    const claims = items.map((i) => i.claimReviewed);
    expect(claims).toContain('Eight people were arrested at the Rochester stop.');
    expect(claims).toContain('Rochester officers were fired over the Border Patrol stop.');
    expect(claims.some((c) => String(c).startsWith('Malik Evans said:'))).toBe(true);
    for (const item of items) {
      expect(item).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        reviewRating: { '@type': 'Rating' },
      });
      expect(
        (item.citation as Json[]).every(
          (work) => String(work.url).startsWith('https://') && work.datePublished,
        ),
      ).toBe(true);
    }
  });

  it('round-trips the embedded pack: every item imports back with the same claim, rating and sources', () => {
    const items = exportClaimReview(embedded);
    expect(items.length).toBeGreaterThanOrEqual(20);
    const result = importClaimReview(JSON.parse(JSON.stringify(items)), { today: '2026-11-30' });
    expect(result.skipped).toEqual([]);
    expect(result.imported).toBe(items.length);
    const sources = new Map(
      embedded.stories
        .flatMap((s) => [...s.originals, ...(s.corroborating ?? [])])
        .map((s) => [s.url, report(s)]),
    );
    result.pack!.stories.forEach((story, i) => {
      const item = items[i] as Json & { reviewRating: Json; citation: Json[]; isBasedOn: Json[] };
      const review = story.reviews![0]!;
      expect(review.claim).toBe(item.claimReviewed);
      expect(review.rating).toEqual({
        label: item.reviewRating.alternateName,
        value: item.reviewRating.ratingValue,
        best: 5,
        worst: 1,
      });
      expect(review.reviewer).toBe('Sourcelight project');
      expect(review.date).toBe(embedded.updated);
      const byId = new Map(
        [...story.originals, ...(story.corroborating ?? [])].map((s) => [s.id, s]),
      );
      // The evidence the review cites, as the pack records it: publisher, headline, date, address and whether it is confirmed.
      expect(review.sources!.map((id) => report(byId.get(id)!))).toEqual(
        item.citation.map((c) => sources.get(String(c.url))),
      );
      // The story's original reports stay its originals.
      expect(story.originals.map(report)).toEqual(
        item.isBasedOn.map((c) => sources.get(String(c.url))),
      );
    });
    const arrested = result.pack!.stories.find(
      (s) => s.title === 'Eight people were arrested at the Rochester stop.',
    )!;
    expect(arrested.reviews![0]).toMatchObject({
      rating: { label: 'False' },
      verdict: 'discrepant',
    });
    expect(arrested.originals[0]).toMatchObject({
      publisher: 'New York Post',
      url: 'https://t.co/9GlR9wPucH',
      urlConfirmed: false,
      urlNote: expect.stringContaining('could not be confirmed'),
    });
    // A second round trip changes nothing.
    const again = importClaimReview(exportClaimReview(result.pack!), { today: '2026-11-30' });
    expect(again.pack?.stories).toEqual(result.pack?.stories);
  });

  it("gives each review the pack publishes an address of its own on the pack's reviews page, and none without one", () => {
    expect(exportClaimReview(embedded).filter((item) => 'url' in item)).toEqual([]);
    const published: ClaimPack = {
      ...embedded,
      reviewsUrl: 'https://desk.example/reviews',
      homepage: 'https://desk.example/',
    };
    const items = exportClaimReview(published);
    const urls = items.map((item) => String(item.url));
    expect(
      urls.every(
        (url) =>
          url.startsWith('https://desk.example/reviews#rochester-border-patrol-backup-2025.') ||
          url.startsWith('https://desk.example/reviews#police-chiefs-immigration-2016.'),
      ),
    ).toBe(true);
    expect(new Set(urls).size).toBe(items.length);
    expect(items[0]?.author).toEqual({
      '@type': 'Organization',
      name: 'Sourcelight project',
      url: 'https://desk.example/',
    });
    const imported = importClaimReview(items, { today: '2026-11-30' });
    expect(imported.imported).toBe(items.length);
    expect(imported.pack!.stories.map((s) => s.reviews![0]!.url)).toEqual(urls);
    expect(imported.pack!.stories.every((s) => s.originals[0]?.url === s.reviews![0]!.url)).toBe(
      true,
    );
  });

  it('writes what ClaimReview consumers read: a Claim, a rating on a documented scale, and a review body that stands alone', () => {
    const items = exportClaimReview(embedded) as (Json & {
      reviewRating: Json;
      itemReviewed: Json;
      reviewBody: string;
    })[];
    for (const item of items) {
      expect(item.author).toEqual({ '@type': 'Organization', name: 'Sourcelight project' });
      expect(item.datePublished).toBe(embedded.updated);
      expect(item.itemReviewed['@type']).toBe('Claim');
      expect(item.itemReviewed).not.toHaveProperty('appearance'); // the pack does not know where these claims appeared
      const { ratingValue, bestRating, worstRating, alternateName } = item.reviewRating;
      expect([bestRating, worstRating]).toEqual([5, 1]);
      expect({ False: 1, Imprecise: 2 }[String(alternateName)]).toBe(ratingValue);
      expect(String(item.claimReviewed)).not.toMatch(/\b(false|imprecise)\b/i);
      // Not text written to annotate a page.
      expect(item.reviewBody).not.toMatch(/\b(the|this) page\b/i);
      expect(item.reviewBody).toMatch(/Sources: [^;]+, \d{4}/);
    }
    const era = items.find(
      (i) => i.claimReviewed === 'The Rochester stop happened under the Biden administration.',
    )!;
    expect(era.reviewBody).toMatch(
      /^The claim places the story under the Biden administration, but it happened under the second Trump administration\. The record: /,
    );
    const misquote = items.find((i) =>
      String(i.claimReviewed).startsWith('Tom Homan said: \u201CSanctuary policies endanger both'),
    )!;
    expect(misquote.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Rochester La Voz' },
    });
    expect(misquote.reviewRating.alternateName).toBe('False');
    expect(misquote.reviewBody).toContain(
      '\u201CSanctuary policies endanger our police and the public.\u201D',
    );
  });
});

describe('standalone', () => {
  it('turns an explanation about "the page" into one about the claim', () => {
    expect(standalone('The page says officers lost their jobs; the record shows otherwise.')).toBe(
      'The claim says officers lost their jobs; the record shows otherwise.',
    );
    expect(
      standalone("an HSI unit was there, and the page leaves Border Patrol out; this page's date"),
    ).toBe("an HSI unit was there, and the claim leaves Border Patrol out; the claim's date");
    expect(standalone('The pager and the pages stay.')).toBe('The pager and the pages stay.');
  });
});

describe('importClaimReview reads any schema.org JSON-LD context', () => {
  const item = (type: unknown, context?: unknown, extra: Json = {}): Json => ({
    ...(context === undefined ? {} : { '@context': context }),
    '@type': type,
    url: 'https://checker.example/r/1',
    claimReviewed: 'The moon is made of cheese.',
    datePublished: '2026-01-02',
    author: { '@type': 'Organization', name: 'Checker' },
    reviewRating: { '@type': 'Rating', alternateName: 'False' },
    ...extra,
  });
  const claims = (data: unknown) =>
    importClaimReview(data).pack?.stories.map((s) => s.reviews?.[0]?.claim) ?? [];

  it('accepts http and https schema.org types, compact IRIs, and string, object and array contexts', () => {
    for (const data of [
      item('ClaimReview', 'https://schema.org'),
      item('ClaimReview', 'http://schema.org'),
      item('ClaimReview', 'http://schema.org/'),
      item('http://schema.org/ClaimReview'),
      item('https://schema.org/ClaimReview'),
      item('https://www.schema.org/ClaimReview'),
      item('schema:ClaimReview'),
      item('ClaimReview', { '@vocab': 'http://schema.org/' }),
      item('ClaimReview', ['http://schema.org', { '@language': 'en' }]),
      item('sdo:ClaimReview', { sdo: 'http://schema.org/' }),
      item(['Review', 'ClaimReview'], 'https://schema.org'),
      { '@context': 'http://schema.org', '@graph': [item('ClaimReview')] },
      {
        '@context': { '@vocab': 'https://schema.org/' },
        '@type': 'DataFeed',
        dataFeedElement: [{ '@type': 'DataFeedItem', item: item('ClaimReview') }],
      },
    ]) {
      expect(claims(data), JSON.stringify(data)).toEqual(['The moon is made of cheese.']);
    }
  });

  it('reads prefixed and full-IRI properties, @value objects and node references', () => {
    const data = {
      '@context': [{ s: 'https://schema.org/', cheese: 'https://schema.org/claimReviewed' }],
      '@graph': [
        { '@id': '#checker', '@type': 's:Organization', 's:name': 'Checker' },
        {
          '@type': 's:ClaimReview',
          's:url': { '@id': 'https://checker.example/r/2' },
          cheese: { '@value': 'The moon is made of cheese.' },
          'http://schema.org/datePublished': '2026-01-02',
          's:author': { '@id': '#checker' },
          's:reviewRating': { '@type': 's:Rating', 's:alternateName': 'False' },
        },
      ],
    };
    const review = importClaimReview(data).pack?.stories[0]?.reviews?.[0];
    expect(review).toMatchObject({
      claim: 'The moon is made of cheese.',
      reviewer: 'Checker',
      url: 'https://checker.example/r/2',
      date: '2026-01-02',
      verdict: 'discrepant',
    });
  });

  it('ignores types of other vocabularies', () => {
    expect(claims(item('https://example.org/vocab/ClaimReview'))).toEqual([]);
    expect(claims(item('other:ClaimReview', { other: 'https://example.org/vocab/' }))).toEqual([]);
  });

  it('imports a review with no page of its own when it cites dated https reports, and skips it otherwise', () => {
    const cites = {
      citation: [
        {
          '@type': 'CreativeWork',
          headline: 'Moon survey',
          url: 'https://science.example/moon',
          datePublished: '2025-12',
          publisher: { name: 'Science Desk' },
        },
      ],
    };
    const withEvidence = importClaimReview(
      item('ClaimReview', undefined, { url: undefined, ...cites }),
    );
    const story = withEvidence.pack!.stories[0]!;
    expect(story.reviews?.[0]).not.toHaveProperty('url');
    expect(story.originals).toEqual([
      {
        id: 'source-1',
        publisher: 'Science Desk',
        headline: 'Moon survey',
        date: '2025-12',
        url: 'https://science.example/moon',
        urlConfirmed: true,
      },
    ]);
    expect(story.reviews?.[0]?.sources).toEqual(['source-1']);
    const undated = {
      citation: [{ url: 'https://science.example/moon' }, 'https://science.example/moon'],
    };
    expect(
      importClaimReview(item('ClaimReview', undefined, { url: undefined, ...undated })).skipped,
    ).toEqual([{ index: 0, reason: 'no https url for the review' }]);
    expect(
      importClaimReview(item('ClaimReview', undefined, { url: 'http://checker.example/r/1' }))
        .skipped,
    ).toEqual([{ index: 0, reason: 'no https url for the review' }]);
    // An address the pack schema would refuse skips its item, not the whole feed.
    const broken = importClaimReview([
      item('ClaimReview', undefined, { url: 'https://xn--a.example/r' }),
      item('ClaimReview'),
    ]);
    expect(broken).toMatchObject({
      imported: 1,
      skipped: [{ index: 0, reason: 'no https url for the review' }],
    });
  });
});

describe('summarizeSkipped', () => {
  it('reports each reason once, with how many items it skipped', () => {
    const skipped = [0, 1, 2, 3, 4, 5, 6].map((index) => ({
      index,
      reason: 'no https url for the review',
    }));
    expect(summarizeSkipped([...skipped, { index: 7, reason: 'no rating' }])).toEqual([
      '7 items skipped: no https url for the review (#1, #2, #3, #4, #5, \u2026)',
      '1 item skipped: no rating (#8)',
    ]);
    expect(summarizeSkipped([])).toEqual([]);
  });
});

describe('reviews in the engine', () => {
  it('cites the reports a review is based on when the review has no page of its own', () => {
    const pack = importClaimReview(exportClaimReview(embedded), { today: '2026-11-30' }).pack!;
    const analysis = analyzeText(
      'Officials confirmed it. Eight people were arrested at the Rochester stop, the post claimed.',
      indexPacks([pack]),
    );
    expect(analysis.findings).toMatchObject([
      { verdict: 'discrepant', claimId: expect.stringMatching(/^review:/) },
    ]);
    expect(analysis.findings[0]?.sources.map((s) => s.publisher)).toEqual([
      'Spectrum News',
      'WXXI News',
      'New York Post',
    ]);
  });
});
