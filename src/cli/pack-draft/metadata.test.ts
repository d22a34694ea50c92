import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../read-html.ts';
import { bylineAuthor, readMetadata } from './metadata.ts';

const page = (head: string, body = '') =>
  htmlDocument(
    `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`,
  );

describe("a report's metadata, as the page states it", () => {
  it('reads JSON-LD first, with where each value came from', () => {
    const doc = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Bridge closed","datePublished":"2026-03-02T08:00:00Z","author":[{"@type":"Person","name":"Ana Ruiz"}],"publisher":{"@type":"Organization","name":"Valley Times"},"mainEntityOfPage":{"@id":"https://valley.example/bridge"}}]}</script>`,
    );
    expect(readMetadata(doc)).toEqual({
      headline: { value: 'Bridge closed', where: 'JSON-LD headline' },
      author: { value: 'Ana Ruiz', where: 'JSON-LD author' },
      publisher: { value: 'Valley Times', where: 'JSON-LD publisher' },
      url: { value: 'https://valley.example/bridge', where: 'JSON-LD mainEntityOfPage' },
      date: { value: '2026-03-02', where: 'publication date (meta, JSON-LD or date line)' },
    });
  });

  it('falls back to meta tags, the canonical link, the h1 and the byline', () => {
    const doc = page(
      '<meta property="og:site_name" content="Valley Times"><meta property="article:published_time" content="2026-03-02"><link rel="canonical" href="https://valley.example/b">',
      '<h1>Bridge closed</h1><p class="byline">By Ana Ruiz · Valley Times</p>',
    );
    expect(readMetadata(doc)).toMatchObject({
      headline: { value: 'Bridge closed', where: 'the page headline (h1)' },
      publisher: { value: 'Valley Times', where: 'meta og:site_name' },
      author: { value: 'Ana Ruiz', where: 'byline' },
      url: { value: 'https://valley.example/b', where: 'link rel=canonical' },
      date: { value: '2026-03-02' },
    });
  });

  it('states nothing the page does not: no invented author, publisher or address; an http address is no confirmed one', () => {
    const meta = readMetadata(
      page(
        '<link rel="canonical" href="http://valley.example/b"><script type="application/ld+json">{broken</script>',
        '<p>Text.</p>',
      ),
    );
    expect(meta).toEqual({});
  });

  it('reads a byline name', () => {
    expect(bylineAuthor('By Marisol Quint · Spokane Ledger · October 7, 2026')).toBe(
      'Marisol Quint',
    );
    expect(bylineAuthor('Staff report')).toBeUndefined();
  });
});
