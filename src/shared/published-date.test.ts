import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { publishedDate, type DocumentLike } from './published-date.ts';

const doc = (head: string, body = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as DocumentLike;

describe('publishedDate', () => {
  it('reads article meta tags, keeping the day of a timestamp', () => {
    expect(publishedDate(doc('<meta property="article:published_time" content="2016-11-18T09:30:00-05:00">'))).toBe('2016-11-18');
    expect(publishedDate(doc('<meta name="date" content="2025-03-28">'))).toBe('2025-03-28');
  });

  it('reads JSON-LD datePublished, in a @graph or a list too', () => {
    expect(publishedDate(doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-11-18T10:00:00Z"}</script>'))).toBe('2016-11-18');
    expect(publishedDate(doc('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2025-03-27"}]}</script>'))).toBe('2025-03-27');
    expect(publishedDate(doc('<script type="application/ld+json">[{"@type":"Article","datePublished":"2025-04-01"}]</script>'))).toBe('2025-04-01');
  });

  it('falls back to a <time datetime>, and says nothing for broken or missing dates', () => {
    expect(publishedDate(doc('', '<p>Posted <time datetime="2025-03-29">Saturday</time></p>'))).toBe('2025-03-29');
    expect(publishedDate(doc('<script type="application/ld+json">{ not json</script><meta name="date" content="yesterday">'))).toBeNull();
    expect(publishedDate(doc(''))).toBeNull();
  });

  it('does not read a JSON-LD block larger than its cap', () => {
    const padding = ' '.repeat(100_001);
    expect(publishedDate(doc(`<script type="application/ld+json">{"datePublished":"2025-03-27"}${padding}</script>`))).toBeNull();
  });
});
